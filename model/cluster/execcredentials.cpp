#include "execcredentials.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

namespace MeshEntry {

namespace {

const char *const decodingStdout =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "exec plugin of user \"%1\": decoding stdout: %2");
const QList<const char *> execTemplates = {
#include "execcredentials.templates.inc"
};
const NestedMessages decodingWhy(decodingStdout, 2, execTemplates);

/// Non-interactive plugins that take longer than this are stopped.
int pluginTimeoutMs = ExecCredentialSource::defaultTimeoutMs;

bool terminalAvailable = false;

QHash<QString, std::shared_ptr<ExecCredentialSource>> &cache()
{
    static QHash<QString, std::shared_ptr<ExecCredentialSource>> sources;
    return sources;
}

QString cacheKey(const KubeExecConfig &config, const QJsonObject &clusterInfo)
{
    QJsonArray env;
    for (const auto &variable : config.env)
        env.append(QJsonArray{variable.first, variable.second});
    const QJsonObject key{{QLatin1String("apiVersion"), config.apiVersion},
                          {QLatin1String("command"), config.command},
                          {QLatin1String("args"), QJsonArray::fromStringList(config.args)},
                          {QLatin1String("env"), env},
                          {QLatin1String("interactiveMode"), config.interactiveMode},
                          {QLatin1String("cluster"), clusterInfo}};
    return QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact));
}

} // namespace

std::shared_ptr<ExecCredentialSource>
ExecCredentialSource::forPlugin(const KubeExecConfig &config, const QString &userName,
                                const QJsonObject &clusterInfo)
{
    const QJsonObject cluster = config.provideClusterInfo ? clusterInfo : QJsonObject();
    const QString key = cacheKey(config, cluster);
    std::shared_ptr<ExecCredentialSource> &source = cache()[key];
    if (!source)
        source = std::make_shared<ExecCredentialSource>(config, userName, cluster);
    return source;
}

void ExecCredentialSource::setTimeout(int milliseconds)
{
    pluginTimeoutMs = milliseconds;
}

void ExecCredentialSource::clearCache()
{
    cache().clear();
}

void ExecCredentialSource::setTerminalAvailable(bool available)
{
    terminalAvailable = available;
}

ExecCredentialSource::ExecCredentialSource(const KubeExecConfig &config, const QString &userName,
                                           const QJsonObject &clusterInfo)
    : m_config(config), m_user(userName), m_clusterInfo(clusterInfo)
{}

ExecCredentialSource::~ExecCredentialSource()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

bool ExecCredentialSource::cachedIsValid() const
{
    return m_haveCached && (!m_expiry.isValid() || QDateTime::currentDateTimeUtc() < m_expiry);
}

void ExecCredentialSource::get(QObject *context, Callback done)
{
    if (cachedIsValid()) {
        done(m_cached, MessageText());
        return;
    }
    m_waiters.append({context, std::move(done)});
    if (!m_process)
        run();
}

void ExecCredentialSource::reject(const Credentials &rejected)
{
    if (m_haveCached && m_cached == rejected)
        m_haveCached = false;
}

QStringList ExecCredentialSource::secrets() const
{
    return m_secrets;
}

void ExecCredentialSource::run()
{
    const QString mode = m_config.interactiveMode.isEmpty() ? QStringLiteral("IfAvailable")
                                                            : m_config.interactiveMode;
    bool interactive = false;
    if (mode == u"IfAvailable") {
        interactive = terminalAvailable;
    } else if (mode == u"Always") {
        if (!terminalAvailable) {
            finish(Credentials(),
                   MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                 "exec plugin cannot support interactive mode: "
                                                 "standard input is not a terminal (the plugin "
                                                 "of user \"%1\" asks for interactiveMode "
                                                 "Always)"))
                       .arg(m_user));
            return;
        }
        interactive = true;
    } else if (mode != u"Never") {
        finish(Credentials(),
               MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                             "invalid interactiveMode for %1: \"%2\""))
                   .arg(m_user, mode));
        return;
    }

    QJsonObject spec{{QLatin1String("interactive"), interactive}};
    if (!m_clusterInfo.isEmpty())
        spec.insert(QLatin1String("cluster"), m_clusterInfo);
    const QJsonObject info{{QLatin1String("kind"), QStringLiteral("ExecCredential")},
                           {QLatin1String("apiVersion"), m_config.apiVersion},
                           {QLatin1String("spec"), spec}};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &variable : m_config.env)
        environment.insert(variable.first, variable.second);
    environment.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
                       QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));

    ++m_runs;
    m_process = new QProcess(this);
    m_process->setProgram(m_config.command);
    m_process->setArguments(m_config.args);
    m_process->setProcessEnvironment(environment);
    // Interactive plugins talk to the user on the terminal, as under kubectl.
    if (interactive) {
        m_process->setInputChannelMode(QProcess::ForwardedInputChannel);
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    }
    auto *timer = new QTimer(m_process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, m_process, [this] {
        m_process->setProperty("timedOut", true);
        m_process->kill();
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        // The install hint is the kubeconfig's own words.
        finish(Credentials(),
               m_config.installHint.isEmpty()
                   ? MessageText(
                         QT_TRANSLATE_NOOP("MeshEntry::Message", "exec: executable %1 not found"))
                         .arg(m_config.command)
                   : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                   "exec: executable %1 not found\n\n%2"))
                         .arg(m_config.command, m_config.installHint));
    });
    connect(
        m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
            if (!m_process)
                return;
            const QByteArray output = m_process->readAllStandardOutput();
            const QString errorOutput =
                QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
            if (m_process->property("timedOut").toBool()) {
                finish(
                    Credentials(),
                    MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                  "exec: executable %1 did not finish within %2 s"))
                        .arg(m_config.command)
                        .arg(pluginTimeoutMs / 1000.0));
                return;
            }
            if (status != QProcess::NormalExit || exitCode != 0) {
                const QString code =
                    QString::number(status == QProcess::NormalExit ? exitCode : -1);
                // The plugin's own words stay as it wrote them.
                finish(Credentials(),
                       errorOutput.isEmpty()
                           ? MessageText(
                                 QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                   "exec: executable %1 failed with exit code %2"))
                                 .arg(m_config.command, code)
                           : MessageText(QT_TRANSLATE_NOOP(
                                             "MeshEntry::Message",
                                             "exec: executable %1 failed with exit code %2: %3"))
                                 .arg(m_config.command, code, errorOutput));
                return;
            }
            Credentials credentials;
            QDateTime expiry;
            const MessageText error = parse(output, &credentials, &expiry);
            if (!error.isEmpty()) {
                finish(Credentials(), error);
                return;
            }
            m_cached = credentials;
            m_expiry = expiry;
            m_haveCached = true;
            finish(credentials, MessageText());
        });
    m_process->start();
    if (!interactive) {
        m_process->closeWriteChannel();
        timer->start(pluginTimeoutMs);
    }
}

MessageText ExecCredentialSource::parse(const QByteArray &output, Credentials *credentials,
                                        QDateTime *expiry)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (!document.isObject())
        return MessageText(decodingStdout)
            .args({m_user,
                   parseError.error == QJsonParseError::NoError
                       ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "not a JSON object"))
                       : MessageText(parseError.errorString())});
    const QJsonObject object = document.object();
    const QString apiVersion = object.value(QLatin1String("apiVersion")).toString();
    if (object.value(QLatin1String("kind")).toString() != u"ExecCredential")
        return MessageText(
                   QT_TRANSLATE_NOOP("MeshEntry::Message",
                                     "exec plugin of user \"%1\" did not return an ExecCredential"))
            .arg(m_user);
    if (apiVersion != m_config.apiVersion)
        return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                             "exec plugin is configured to use API version %1, "
                                             "plugin returned version %2"))
            .arg(m_config.apiVersion, apiVersion);
    const QJsonValue statusValue = object.value(QLatin1String("status"));
    if (!statusValue.isObject())
        return MessageText(
            QT_TRANSLATE_NOOP("MeshEntry::Message", "exec plugin didn't return a status field"));
    const QJsonObject status = statusValue.toObject();
    const QString token = status.value(QLatin1String("token")).toString();
    const QByteArray certificate =
        status.value(QLatin1String("clientCertificateData")).toString().toUtf8();
    const QByteArray key = status.value(QLatin1String("clientKeyData")).toString().toUtf8();
    if (token.isEmpty() && certificate.isEmpty() && key.isEmpty())
        return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                             "exec plugin didn't return a token or cert/key pair"));
    if (certificate.isEmpty() != key.isEmpty())
        return MessageText(QT_TRANSLATE_NOOP(
            "MeshEntry::Message", "exec plugin returned only certificate or key, not both"));
    if (!token.isEmpty()) {
        credentials->authorization = "Bearer " + token.toUtf8();
        m_secrets.append(token);
    }
    if (!certificate.isEmpty()) {
        credentials->certificate = QSslCertificate(certificate, QSsl::Pem);
        credentials->key = readPrivateKey(key);
        if (credentials->certificate.isNull() || credentials->key.isNull())
            return MessageText(QT_TRANSLATE_NOOP(
                "MeshEntry::Message", "failed parsing client key/certificate from the exec "
                                      "plugin"));
        m_secrets.append(QString::fromUtf8(key));
    }
    const QString expiration = status.value(QLatin1String("expirationTimestamp")).toString();
    if (!expiration.isEmpty()) {
        *expiry = QDateTime::fromString(expiration, Qt::ISODateWithMs);
        if (!expiry->isValid())
            return MessageText(QT_TRANSLATE_NOOP(
                "MeshEntry::Message", "exec plugin returned an invalid expirationTimestamp"));
    }
    return MessageText();
}

void ExecCredentialSource::finish(const Credentials &credentials, const MessageText &error)
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(credentials, error);
    }
}

} // namespace MeshEntry
