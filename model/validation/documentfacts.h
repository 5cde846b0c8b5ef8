#pragma once

#include "exportto.h"
#include "yamlpath.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace MeshEntry {

/// Where in a document's text a finding points.
struct SourceSpan {
    qsizetype start = 0;
    qsizetype end = 0;
    YamlPath path;
};

/**
 * What the cross-document checks need to know about one document, extracted while it is
 * validated (in the thread that parsed it) so that they never parse it again. Places are node
 * ids of the document's tree: a cross-document finding turns its node into a span only when
 * it is made. derive() computes the index keys there too, so that indexing a document is a
 * few hash insertions.
 */
struct DocumentFacts {
    enum class Kind { Other, ServiceEntry, WorkloadEntry };

    struct Port {
        quint32 number = 0;
        QString name;
        QString protocol;
    };
    struct WorkloadPort {
        QString name;
        int keyNode = -1;
    };

    Kind kind = Kind::Other;
    QString kindName;
    QString name;
    QString namespaceName; ///< metadata.namespace, or the default namespace
    QString suppress;      ///< galley.istio.io/analyze-suppress
    bool hasSuppress = false;
    int nameNode = -1; ///< metadata.name; -1: the document's `kind` key

    // ServiceEntry
    QStringList hosts;
    QList<int> hostNodes; ///< one per host
    QList<Port> ports;
    QStringList exportTo;
    int resolution = 0;
    bool hasSelector = false;
    QMap<QString, QString> selector;
    int selectorNode = -1;

    // WorkloadEntry
    QMap<QString, QString> labels; ///< spec.labels merged with metadata.labels
    QString address;
    int addressNode = -1; ///< spec.address, or spec when there is none
    QList<WorkloadPort> workloadPorts;

    // Derived by derive(), for CrossDocumentIndex.
    QString nameKey;            ///< kind, namespace and name; empty without a name
    QStringList distinctHosts;  ///< hosts without repeats, in order
    QList<quint32> portNumbers; ///< distinct, ascending
    QString portSignature;      ///< portNumbers as text, "no ports" without any
    QStringList protocols;      ///< upper-cased, one per ports entry
    ExportTo visibility;
    QStringList scopes; ///< IST0177 analyzer scopes

    bool isServiceEntry() const { return kind == Kind::ServiceEntry; }
    /// `ns/name` as istioctl prints resource names.
    QString fullName() const { return namespaceName + u'/' + name; }
    /// Fills the derived fields from the others.
    void derive();
};

} // namespace MeshEntry
