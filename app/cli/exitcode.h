#pragma once

namespace MeshEntry {

/// Exit codes of every subcommand (DESIGN.md §7).
enum ExitCode {
    ExitOk = 0,       ///< nothing at or above the failure threshold
    ExitFindings = 1, ///< findings, or the requested document or path does not exist
    ExitUnreadable =
        2,          ///< a file could not be read, or holds a YAML syntax error where one matters
    ExitUsage = 64, ///< bad usage
};

} // namespace MeshEntry
