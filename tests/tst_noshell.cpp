// No shell anywhere: kubectl and exec credential plugins run through QProcess with an argument
// list, so file names and context names with spaces, quotes, `$()`, backquotes and `;` reach
// them unharmed, and nothing in them is ever run. The exported kubectl command quotes them.
#include "execcredentials.h"
#include "kubectlrunner.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QProcess>

#include "clustertesthelpers.h"

using namespace MeshEntry;
using namespace MeshEntry::ClusterTest;
using namespace MeshEntry::TestApi;

namespace {

/// A script that writes its arguments, one per line, to the file $0.args and its stdin to
/// $0.stdin, then prints output.
QByteArray recordingScript(const QByteArray &output)
{
    return "#!/bin/sh\n"
           ": > \"$0.args\"\n"
           "for a in \"$@\"; do printf '%s\\n' \"$a\" >> \"$0.args\"; done\n"
           "cat > \"$0.stdin\"\n"
           "printf '%s' '" +
           output + "'\n";
}

QString makeExecutable(const QString &path, const QByteArray &script)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(script) != script.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

QStringList recordedArguments(const QString &script)
{
    QFile file(script + QStringLiteral(".args"));
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("<not run>")};
    QString text = QString::fromUtf8(file.readAll());
    text.chop(1);
    return text.split(u'\n');
}

} // namespace

class TestNoShell : public Base
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_env.setUp(&error), qPrintable(error));
        m_marker = m_env.directory() + QStringLiteral("/pwned");
        // Every hostile name tries to create the marker file; none may succeed.
        m_hostile =
            QStringLiteral("it's \"prod\" $(touch %1) `touch %1`; touch %1 & x").arg(m_marker);
        // File names cannot hold the marker's path: theirs is relative to where a shell runs.
        m_hostileName =
            QStringLiteral("it's \"prod\" $(touch pwned) `touch pwned`; touch pwned & x");
    }

    void cleanup()
    {
        QVERIFY2(!QFileInfo::exists(m_marker), "a name was run by a shell");
        QVERIFY2(!QFileInfo::exists(QStringLiteral("pwned")), "a file name was run by a shell");
    }

    void kubectlGetsNamesAsTheyAre()
    {
        const QString bin = m_env.directory() + QStringLiteral("/bin with space; $(x)");
        const QString kubectl =
            makeExecutable(bin + QStringLiteral("/kubectl"), recordingScript("applied"));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", (bin + u':').toLocal8Bit() + path);
        const QString kubeconfig =
            m_env.directory() + u'/' + m_hostileName + QStringLiteral(".yaml");
        const QStringList arguments =
            KubectlRunner::arguments(KubectlRunner::Action::Apply, m_hostile, kubeconfig);
        KubectlRunner runner;
        QSignalSpy finished(&runner, &KubectlRunner::finished);
        runner.start(arguments, "kind: ServiceEntry\n");
        QVERIFY(finished.wait(waitMs));
        qputenv("PATH", path);
        QCOMPARE(runner.failure(), QString());
        QCOMPARE(runner.exitCode(), 0);
        QCOMPARE(runner.output(), QByteArray("applied"));
        QCOMPARE(recordedArguments(kubectl), arguments);
        QCOMPARE(arguments.mid(0, 4), (QStringList{QStringLiteral("--kubeconfig"), kubeconfig,
                                                   QStringLiteral("--context"), m_hostile}));
    }

    void exportedCommandQuotesNames()
    {
        const QString bin = m_env.directory() + QStringLiteral("/export bin");
        const QString kubectl =
            makeExecutable(bin + QStringLiteral("/kubectl"), recordingScript(""));
        const QByteArray manifest =
            "kind: ServiceEntry\nmetadata:\n  name: \"$(touch " + m_marker.toUtf8() + ")\"\n";
        const QString command = KubectlRunner::exportCommand(m_hostile, manifest);
        // The exported command names the context, never a credential.
        QVERIFY(!command.contains(TestEnvironment::token));
        QProcess shell;
        shell.setWorkingDirectory(m_env.directory());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"),
                           bin + u':' + environment.value(QStringLiteral("PATH")));
        shell.setProcessEnvironment(environment);
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        QVERIFY(shell.waitForFinished(waitMs));
        QCOMPARE(shell.exitCode(), 0);
        QCOMPARE(recordedArguments(kubectl),
                 (QStringList{QStringLiteral("--context"), m_hostile, QStringLiteral("apply"),
                              QStringLiteral("--server-side"),
                              QStringLiteral("--field-manager=meshentry"), QStringLiteral("-f"),
                              QStringLiteral("-")}));
        QFile in(kubectl + QStringLiteral(".stdin"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), manifest);
    }

    void execPluginGetsNamesAsTheyAre()
    {
        ExecCredentialSource::clearCache();
        m_env.server()->addToken(QStringLiteral("shell-free-token"), QStringLiteral("exec-user"));
        const QString plugin = makeExecutable(
            m_env.directory() + QStringLiteral("/plugins 'dir'/") + QStringLiteral("cred;$(x).sh"),
            recordingScript("{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":"
                            "\"ExecCredential\",\"status\":{\"token\":\"shell-free-token\"}}"));
        const QStringList args{m_hostile, QStringLiteral("; touch %1").arg(m_marker),
                               QStringLiteral("a \"b\" 'c'"),
                               QStringLiteral("`touch %1`").arg(m_marker), QString()};
        QByteArray yamlArgs;
        for (const QString &arg : args) {
            yamlArgs += (yamlArgs.isEmpty() ? "" : ", ") + QByteArray("\"") +
                        arg.toUtf8().replace('\\', "\\\\").replace('"', "\\\"") + '"';
        }
        const QByteArray ca = TestPki::read(m_env.pki().caCertificate()).toBase64();
        const QString config = m_env.write(
            QStringLiteral("exec-hostile.yaml"),
            "clusters:\n- name: fake\n  cluster:\n    server: " + m_env.server()->url().toUtf8() +
                "\n    certificate-authority-data: " + ca +
                "\nusers:\n- name: exec-user\n  user:\n    exec:\n      apiVersion: "
                "client.authentication.k8s.io/v1\n      command: \"" +
                plugin.toUtf8().replace('"', "\\\"") + "\"\n      args: [" + yamlArgs +
                "]\n      interactiveMode: Never\ncontexts:\n- name: \"" +
                m_hostile.toUtf8().replace('"', "\\\"") +
                "\"\n  context: {cluster: fake, user: exec-user}\n");
        auto kube = client(m_hostile, config);
        QVERIFY(kube);
        const KubeResponse response = request(
            kube.get(),
            KubeRequestSpec{"GET", QStringLiteral("/api"), {}, {}, {}, "application/json", {}});
        QVERIFY2(response.ok(), qPrintable(response.error.text()));
        QCOMPARE(m_env.server()->requests().last().user, QStringLiteral("exec-user"));
        QCOMPARE(recordedArguments(plugin), args);
    }

    void cliTakesFileNamesAsTheyAre()
    {
        const QString path = m_env.directory() + u'/' + m_hostileName + QStringLiteral(".yaml");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("kind: ServiceEntry\nmetadata:\n  name: before\n");
        file.close();
        QProcess cli;
        cli.setWorkingDirectory(m_env.directory());
        cli.start(QStringLiteral(MESHENTRY_BINARY),
                  {QStringLiteral("set"), QStringLiteral("--in-place"), path, QStringLiteral("0"),
                   QStringLiteral("metadata.name"), QStringLiteral("after")});
        QVERIFY(cli.waitForFinished(waitMs));
        QCOMPARE(cli.readAllStandardError(), QByteArray());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("kind: ServiceEntry\nmetadata:\n  name: after\n"));
    }

    /// The only programs MeshEntry starts are kubectl and exec plugins, each by QProcess with an
    /// argument list: no shell, system(), popen() or exec*() anywhere in the sources.
    void sourcesStartNoShell()
    {
        const QStringList forbidden{QStringLiteral("system("),     QStringLiteral("popen("),
                                    QStringLiteral("execl"),       QStringLiteral("execv"),
                                    QStringLiteral("\"/bin/sh\""), QStringLiteral("\"sh\""),
                                    QStringLiteral("\"bash\""),    QStringLiteral("startDetached"),
                                    QStringLiteral("startCommand")};
        QStringList starters;
        for (const QString &folder :
             {QStringLiteral("app"), QStringLiteral("model"), QStringLiteral("widgets")}) {
            QDirIterator it(QStringLiteral(MESHENTRY_SOURCE_DIR "/") + folder,
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile source(it.next());
                QVERIFY(source.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(source.readAll());
                for (const QString &word : forbidden) {
                    // A call, not a member such as QLocale::system().
                    const QRegularExpression call(QStringLiteral("(?<![\\w:.>])") +
                                                  QRegularExpression::escape(word));
                    QVERIFY2(!text.contains(call), qPrintable(source.fileName() + u' ' + word));
                }
                if (text.contains(QLatin1String("new QProcess")))
                    starters.append(QFileInfo(source.fileName()).fileName());
            }
        }
        starters.sort();
        QCOMPARE(starters, (QStringList{QStringLiteral("execcredentials.cpp"),
                                        QStringLiteral("kubectlrunner.cpp")}));
    }

private:
    QString m_marker;
    QString m_hostile;
    QString m_hostileName;
};

QTEST_GUILESS_MAIN(TestNoShell)
#include "tst_noshell.moc"
