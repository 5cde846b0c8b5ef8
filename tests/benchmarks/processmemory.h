#pragma once

#include <QtGlobal>

namespace MeshEntry {

/// Resident memory of this process, from /proc/self/status (Linux).
class ProcessMemory
{
public:
    /// Peak resident set size (VmHWM) in bytes since start or since the last resetPeak().
    static qint64 peakBytes();
    /// Resident set size now (VmRSS) in bytes.
    static qint64 currentBytes();
    /// Returns free heap memory to the system and resets the peak to the current size (writes 5
    /// to /proc/self/clear_refs), so that a step's peak does not include what earlier steps
    /// used and freed. False when unsupported.
    static bool resetPeak();
};

} // namespace MeshEntry
