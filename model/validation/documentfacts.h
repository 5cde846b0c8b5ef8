#pragma once

#include "yamlpath.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace MeshEntry {

/// Where in a document's text a cross-document finding points.
struct SourceSpan {
    qsizetype start = 0;
    qsizetype end = 0;
    YamlPath path;
};

/**
 * What the cross-document checks need to know about one document, extracted while it is
 * validated so that they never parse it again.
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
        SourceSpan span;
    };

    Kind kind = Kind::Other;
    QString kindName;
    QString name;
    QString namespaceName; ///< metadata.namespace, or the default namespace
    QString suppress;      ///< galley.istio.io/analyze-suppress
    bool hasSuppress = false;
    SourceSpan nameSpan; ///< metadata.name (or the document's first key)

    // ServiceEntry
    QStringList hosts;
    QList<SourceSpan> hostSpans; ///< one per host
    QList<Port> ports;
    QStringList exportTo;
    int resolution = 0;
    bool hasSelector = false;
    QMap<QString, QString> selector;
    SourceSpan selectorSpan;

    // WorkloadEntry
    QMap<QString, QString> labels; ///< spec.labels merged with metadata.labels
    QString address;
    SourceSpan addressSpan;
    QList<WorkloadPort> workloadPorts;
    // What the workload matcher needs besides the above (the Workload is built when indexed)
    QString network;
    QString locality;
    QString healthChecks;  ///< the proxy.istio.io/health-checks-enabled annotation
    QString healthyStatus; ///< status of the Healthy condition; empty when there is none

    bool isServiceEntry() const { return kind == Kind::ServiceEntry; }
    /// `ns/name` as istioctl prints resource names.
    QString fullName() const { return namespaceName + u'/' + name; }
    QList<quint32> portNumbers() const;
};

} // namespace MeshEntry
