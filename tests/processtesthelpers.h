#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace MeshEntry::ProcessTest {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool started = false;
};

/// Runs program to its end (at most timeoutMs); started is false when it could not be run.
inline Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
               int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    result.started = process.waitForStarted(10000);
    if (!result.started)
        return result;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(timeoutMs);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/// A message for QVERIFY2 that says what ran and what it printed.
inline QByteArray describe(const QString &program, const Run &result)
{
    return (program + QStringLiteral(" exited with %1").arg(result.exitCode)).toUtf8() + "\n" +
           result.out + result.err;
}

} // namespace MeshEntry::ProcessTest
