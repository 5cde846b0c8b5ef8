#pragma once

#include <QStringList>

namespace MeshEntry::VisibleCommand {

/// `meshentry visible`: the ServiceEntry hosts a sidecar in a namespace sees, and why not.
int run(const QStringList &args);

} // namespace MeshEntry::VisibleCommand
