#include "documenttemplates.h"

#include "documenteditor.h"
#include "documentnames.h"
#include "yamlfile.h"

#include <QCoreApplication>
#include <QFile>

namespace MeshEntry::DocumentTemplates {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DocumentTemplates", text);
}

} // namespace

const QList<Template> &all()
{
    static const QList<Template> templates{
        {QStringLiteral("serviceentry"), tr("ServiceEntry"),
         tr("A blank ServiceEntry: an external API or a service outside Kubernetes"),
         QStringLiteral(":/templates/serviceentry.yaml")},
        {QStringLiteral("workloadentry"), tr("WorkloadEntry"),
         tr("A blank WorkloadEntry: one VM or other workload outside Kubernetes"),
         QStringLiteral(":/templates/workloadentry.yaml")},
        {QStringLiteral("external-https-api"), tr("External HTTPS API"),
         tr("An API on the internet, reached over TLS with DNS resolution"),
         QStringLiteral(":/templates/external-https-api.yaml")},
        {QStringLiteral("external-tcp-database"), tr("External TCP Database with Addresses"),
         tr("A database outside the mesh, matched by its IP addresses"),
         QStringLiteral(":/templates/external-tcp-database.yaml")},
        {QStringLiteral("egress-wildcard"), tr("Egress Wildcard with DYNAMIC_DNS"),
         tr("Every host under a domain, resolved per request"),
         QStringLiteral(":/templates/egress-wildcard.yaml")},
        {QStringLiteral("vm-workloads"), tr("VM Workloads (ServiceEntry + WorkloadEntries)"),
         tr("A service on two VMs, selected by label"),
         QStringLiteral(":/templates/vm-workloads.yaml")},
    };
    return templates;
}

const Template *find(const QString &id)
{
    for (const Template &entry : all()) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

QByteArray read(const Template &entry)
{
    QFile file(entry.resource);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray instantiate(const QByteArray &templateText, const YamlFile &file)
{
    const QString space = DocumentNames::commonNamespace(file);
    YamlFile added = YamlFile::fromBytes(templateText);
    QByteArray result;
    for (int i = 0; i < added.documentCount(); ++i) {
        QByteArray text = added.document(i).text();
        const DocumentInfo &info = added.document(i).info();
        const auto set = [&text](const char *path, const QString &value) {
            const SpanTree tree = SpanTree::parse(text);
            const DocumentEdit edit =
                DocumentEditor(text, tree)
                    .setValue(YamlPath::fromText(QLatin1String(path)), YamlValue::string(value));
            if (edit.ok)
                text = edit.text;
        };
        const QString documentSpace = info.namespaceName.isEmpty() ? space : info.namespaceName;
        if (info.namespaceName.isEmpty() && !space.isEmpty())
            set("metadata.namespace", space);
        if (!info.name.isEmpty()) {
            const QString name = DocumentNames::freeName(file, info.kind, documentSpace, info.name);
            if (name != info.name)
                set("metadata.name", name);
        }
        result += text;
    }
    const QByteArray eol = file.lineEnding();
    if (eol != "\n")
        result.replace("\n", eol);
    return result;
}

} // namespace MeshEntry::DocumentTemplates
