#pragma once

#include <QStringList>

namespace MeshEntry {

/// Runs `meshentry <subcommand> …` headless. args starts with the program name.
/// Returns the exit code, or -1 when args name no subcommand (start the GUI).
int runCommandLine(const QStringList &args);

} // namespace MeshEntry
