#pragma once

#include <QStringList>

namespace MeshEntry::RouteCommand {

/// `meshentry route`: where a request from a sidecar in a namespace goes, and why.
int run(const QStringList &args);

} // namespace MeshEntry::RouteCommand
