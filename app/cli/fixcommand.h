#pragma once

#include <QStringList>

namespace MeshEntry::FixCommand {

/// `meshentry fix [--rule ID]... [--in-place] PATH...`; args[0] is "fix".
int run(const QStringList &args);

} // namespace MeshEntry::FixCommand
