#include "peers.h"

#include "childprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <yaml.h>

namespace MeshEntry {

namespace {

/// The js-yaml of YAML-RESEARCH.md's measurements.
const QString jsYamlPackage = QStringLiteral("js-yaml@5.5.0");

QString moduleDirectory()
{
    return QStringLiteral(MESHENTRY_BENCH_PEERS_BUILD_DIR);
}

QString installedJsYamlVersion()
{
    QFile package(moduleDirectory() + QStringLiteral("/node_modules/js-yaml/package.json"));
    if (!package.open(QIODevice::ReadOnly))
        return QString();
    return QJsonDocument::fromJson(package.readAll()).object().value(u"version").toString();
}

/// "SECONDS COUNT" as the peers print it.
double parseSeconds(const ChildProcess::Result &run, const QString &name, QString *error)
{
    if (!run.started || run.exitCode != 0) {
        *error = run.error.isEmpty()
                     ? QStringLiteral("%1 exited with %2").arg(name).arg(run.exitCode)
                     : run.error;
        return -1;
    }
    bool ok = false;
    const double seconds = run.output.trimmed().split(' ').value(0).toDouble(&ok);
    if (!ok) {
        *error = QStringLiteral("%1 printed %2").arg(name, QString::fromUtf8(run.output));
        return -1;
    }
    return seconds;
}

} // namespace

void Peers::prepare()
{
    m_floorName = QStringLiteral("libyaml %1").arg(QString::fromLatin1(yaml_get_version_string()));
    if (!QFileInfo(QStringLiteral(MESHENTRY_LIBYAML_FLOOR)).isExecutable())
        m_floorProblem = QStringLiteral("%1 was not built").arg(MESHENTRY_LIBYAML_FLOOR);

    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (m_node.isEmpty()) {
        m_jsYamlProblem = QStringLiteral("node is not installed, so the js-yaml peer is skipped "
                                         "(Debian: apt-get install nodejs npm)");
        return;
    }
    const ChildProcess::Result version =
        ChildProcess::run(m_node, {QStringLiteral("--version")}, true);
    const QString nodeVersion = QString::fromUtf8(version.output).trimmed();
    if (installedJsYamlVersion().isEmpty()) {
        const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
        if (npm.isEmpty()) {
            m_jsYamlProblem = QStringLiteral("npm is not installed, so js-yaml cannot be fetched "
                                             "and its peer is skipped");
            return;
        }
        QDir().mkpath(moduleDirectory());
        const ChildProcess::Result install =
            ChildProcess::run(npm,
                              {QStringLiteral("install"), QStringLiteral("--no-audit"),
                               QStringLiteral("--no-fund"), QStringLiteral("--silent"),
                               QStringLiteral("--prefix"), moduleDirectory(), jsYamlPackage},
                              true);
        if (install.exitCode != 0 || installedJsYamlVersion().isEmpty()) {
            m_jsYamlProblem = QStringLiteral("npm install %1 failed (exit %2), so the js-yaml "
                                             "peer is skipped")
                                  .arg(jsYamlPackage)
                                  .arg(install.exitCode);
            return;
        }
    }
    m_jsYamlName =
        QStringLiteral("js-yaml %1 on node %2").arg(installedJsYamlVersion(), nodeVersion);
}

double Peers::runFloor(const QString &path, QString *error) const
{
    const ChildProcess::Result run =
        ChildProcess::run(QStringLiteral(MESHENTRY_LIBYAML_FLOOR), {path}, true);
    return parseSeconds(run, QStringLiteral("the libyaml floor"), error);
}

double Peers::runJsYaml(const QString &path, QString *error) const
{
    const ChildProcess::Result run =
        ChildProcess::run(m_node,
                          {QStringLiteral(MESHENTRY_BENCH_PEERS_SOURCE_DIR "/jsyamlloadall.js"),
                           moduleDirectory(), path},
                          true);
    return parseSeconds(run, QStringLiteral("js-yaml"), error);
}

} // namespace MeshEntry
