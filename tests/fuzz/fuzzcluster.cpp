#include "clusterconnection.h"
#include "fuzztargets.h"
#include "kubeconfig.h"

#include <QRegularExpression>

namespace MeshEntry::Fuzz {

/**
 * Kubeconfig parsing and context resolution: a file is read or refused with kubectl's
 * "error loading config file" message; each context resolves to a connection or a reason; a
 * secret written once in the file never shows up in a reason.
 */
QString kubeconfig(const QByteArray &input)
{
    // Relative certificate and token paths resolve here, where no such files exist.
    const QString path = QStringLiteral("/nonexistent/meshentry-fuzz/config");
    const KubeConfig config = KubeConfig::fromBytes(path, input);
    for (const QString &error : config.errors()) {
        if (!error.startsWith(QStringLiteral("error loading config file \"%1\": ").arg(path)))
            return QStringLiteral("unexpected message: ") + error;
    }
    if (!config.isValid())
        return {};
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9]{8,}$"));
    QStringList secrets;
    for (const QString &secret : config.secrets()) {
        if (word.match(secret).hasMatch() && input.count(secret.toUtf8()) == 1)
            secrets.append(secret);
    }
    QStringList names{QString()};
    for (const KubeContext &context : config.contexts())
        names.append(context.name);
    for (const QString &name : names) {
        QString error;
        const std::optional<ClusterConnection> connection =
            ClusterConnection::resolve(config, name, &error);
        if (!connection && error.isEmpty())
            return QStringLiteral("context \"%1\" refused without a reason").arg(name);
        for (const QString &secret : secrets) {
            if (error.contains(secret))
                return QStringLiteral("context \"%1\": the reason shows a secret: %2")
                    .arg(name, error);
        }
    }
    return {};
}

} // namespace MeshEntry::Fuzz
