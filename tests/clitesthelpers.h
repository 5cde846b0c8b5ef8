#pragma once

// What the CLI tests share: running the built `meshentry` as a user's shell would.

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace MeshEntry::CliTest {

struct Run {
    bool finished = false; ///< false: it did not start, crashed or ran past the timeout
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

struct RunOptions {
    QString workingDirectory;            ///< empty: the test's own
    QHash<QString, QString> environment; ///< set on top of the test's environment
    int timeoutMs = 60000;
};

/// Runs meshentry with arguments, input on its standard input; waits for it to end.
inline Run run(const QStringList &arguments, const QByteArray &input = {},
               const RunOptions &options = {})
{
    QProcess process;
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    if (!options.environment.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (auto it = options.environment.cbegin(); it != options.environment.cend(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
    }
    process.start(QStringLiteral(MESHENTRY_BINARY), arguments);
    Run result;
    if (!process.waitForStarted())
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace MeshEntry::CliTest
