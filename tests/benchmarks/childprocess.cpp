#include "childprocess.h"

#include <QElapsedTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace MeshEntry {

ChildProcess::Result ChildProcess::run(const QString &program, const QStringList &args,
                                       bool captureOutput)
{
    Result result;
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString &arg : args)
        storage.push_back(arg.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    int pipeFds[2] = {-1, -1};
    if (captureOutput && pipe(pipeFds) != 0) {
        result.error = QString::fromLocal8Bit(strerror(errno));
        return result;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (captureOutput) {
        posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
        posix_spawn_file_actions_addclose(&actions, pipeFds[1]);
    } else {
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    }
    QElapsedTimer timer;
    timer.start();
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (captureOutput)
        close(pipeFds[1]);
    if (spawned != 0) {
        if (captureOutput)
            close(pipeFds[0]);
        result.error = QStringLiteral("cannot start %1: %2")
                           .arg(program, QString::fromLocal8Bit(strerror(spawned)));
        return result;
    }
    result.started = true;
    if (captureOutput) {
        char buffer[65536];
        ssize_t count;
        while ((count = read(pipeFds[0], buffer, sizeof buffer)) > 0 ||
               (count < 0 && errno == EINTR)) {
            if (count > 0)
                result.output.append(buffer, count);
        }
        close(pipeFds[0]);
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    result.wallSeconds = double(timer.nsecsElapsed()) / 1e9;
    result.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                        double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    result.peakBytes = qint64(usage.ru_maxrss) * 1024;
    if (WIFEXITED(status))
        result.exitCode = WEXITSTATUS(status);
    else
        result.error =
            QStringLiteral("%1 was killed by signal %2").arg(program).arg(WTERMSIG(status));
    return result;
}

} // namespace MeshEntry
