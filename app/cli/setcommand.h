#pragma once

#include <QStringList>

namespace MeshEntry::SetCommand {

/// `meshentry set [--in-place] [--delete|--append] FILE DOC PATH [VALUE]`; args[0] is "set".
int run(const QStringList &args);

} // namespace MeshEntry::SetCommand
