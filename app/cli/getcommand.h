#pragma once

#include <QStringList>

namespace MeshEntry::GetCommand {

/// `meshentry get FILE [DOC PATH]`; args[0] is "get".
int run(const QStringList &args);

} // namespace MeshEntry::GetCommand
