#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace MeshEntry {

/**
 * Runs a program to its end and measures it as `/usr/bin/time -v` would: wall time, CPU time
 * (user + system) and peak RSS of the child alone (wait4), with its standard output captured or
 * thrown away. Linux only, like the rest of the benchmark's memory figures.
 */
class ChildProcess
{
public:
    struct Result {
        bool started = false;
        int exitCode = -1;
        double wallSeconds = 0;
        double cpuSeconds = 0;
        qint64 peakBytes = 0;
        QByteArray output; ///< standard output, when captured
        QString error;     ///< why it did not start or was killed
    };

    /// Runs program with args; captureOutput false sends standard output to /dev/null.
    static Result run(const QString &program, const QStringList &args, bool captureOutput);
};

} // namespace MeshEntry
