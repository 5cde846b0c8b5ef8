#pragma once

namespace MeshEntry {

/// Errors and warnings of a document or a file, for badges and the status bar.
struct DiagnosticCounts {
    int errors = 0;
    int warnings = 0;
};

} // namespace MeshEntry
