#pragma once

#include "exportto.h"
#include "yamlpath.h"
#include "yamltext.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <limits>

namespace MeshEntry {

class SpanTree;

/// Where in a document's text a finding points.
struct SourceSpan {
    qsizetype start = 0;
    qsizetype end = 0;
    YamlPath path;
};

/**
 * What the cross-document checks need to know about one document, extracted while it is
 * validated (in the thread that parsed it) so that they never parse it again.
 *
 * Kept small, because a file has tens of thousands of them: texts are spans of the document's
 * bytes (which the facts keep alive), copied only when a value is not its bytes (escapes, block
 * scalars); the places of the findings are spans worked out when the document is validated
 * (the tree may be gone, or in the middle of being replaced, when the findings are made);
 * what the host checks compare (distinct hosts, port signature, exportTo scopes) is
 * worked out by hostKeys() when a host group has more than one member.
 */
struct DocumentFacts {
    enum class Kind : quint8 { Other, ServiceEntry, WorkloadEntry };

    struct Port {
        quint32 number = 0;
        QString name;
        QString protocol;
    };
    struct WorkloadPort {
        QString name;
        int keyNode = -1;
    };
    /// A text of the facts: a span of the document's bytes, or of the facts' own copies.
    struct Text {
        quint32 offset = 0; ///< the top bit set: in the own copies
        quint32 size = 0;
    };
    /// What the host checks of a ServiceEntry compare.
    struct HostKeys {
        QStringList hosts;          ///< without repeats, in order
        QList<quint32> portNumbers; ///< distinct, ascending
        QString portSignature;      ///< portNumbers as text, "no ports" without any
        QList<Port> ports;          ///< protocols upper-cased
        ExportTo visibility;
        QStringList scopes; ///< IST0177 analyzer scopes
        // What sidecar.go:canMergeServices compares, as Istio's Service holds it.
        int resolution = 0;
        QMap<QString, QString> labels;   ///< metadata.labels
        QMap<QString, QString> selector; ///< workloadSelector.labels
        QStringList exportTo;            ///< as written, without repeats, sorted
        qint64 created = 0;              ///< creationTimestamp (seconds), or noCreationTime
    };
    static constexpr qint64 noCreationTime = std::numeric_limits<qint64>::min();
    /// The spans of the nodes below, in this order: name, selector, address, each host, each
    /// workload port (key).
    QList<SourceSpan> places;

    Kind kind = Kind::Other;
    int resolution = 0;
    qint64 created = noCreationTime; ///< a ServiceEntry's creationTimestamp, in seconds
    bool hasSuppress = false;
    bool hasSelector = false;
    int nameNode = -1; ///< metadata.name; -1: the document's `kind` key
    int selectorNode = -1;
    int addressNode = -1; ///< spec.address, or spec when there is none
    QString kindName;
    QString name;
    QString namespaceName; ///< metadata.namespace, or the default namespace
    QMap<QString, QString> selector;

    /// Starts the facts of the document whose bytes are text.
    void setText(const QByteArray &text) { m_text = text; }

    bool isServiceEntry() const { return kind == Kind::ServiceEntry; }
    /// `ns/name` as istioctl prints resource names.
    QString fullName() const { return namespaceName + u'/' + name; }

    void setSuppress(YamlText text) { m_suppress = keep(text); }
    QString suppress() const { return string(m_suppress); }

    // ServiceEntry
    void addHost(YamlText host, int node) { m_hosts.append({keep(host), node}); }
    int hostCount() const { return int(m_hosts.size()); }
    QString host(int i) const { return string(m_hosts[i].text); }
    YamlText hostBytes(int i) const { return bytes(m_hosts[i].text); }
    int hostNode(int i) const { return m_hosts[i].node; }
    /// Whether host i repeats an earlier one.
    bool repeatsHost(int i) const;
    void addPort(quint32 number, YamlText name, YamlText protocol)
    {
        m_ports.append({number, keep(name), keep(protocol)});
    }
    QList<Port> ports() const;
    void addExportTo(YamlText entry) { m_exportTo.append(keep(entry)); }
    QStringList exportTo() const;
    /// meshDefaultExportTo: MeshConfig defaultServiceExportTo, for an entry without exportTo.
    HostKeys hostKeys(const QStringList &meshDefaultExportTo = {QStringLiteral("*")}) const;

    /// A label (a ServiceEntry's metadata.labels; a WorkloadEntry's merged with spec.labels);
    /// a later one with the same key replaces an earlier one (as a map would).
    void setLabel(YamlText key, YamlText value);
    QMap<QString, QString> labels() const;
    /// Whether the labels hold key with value.
    bool hasLabel(QStringView key, QStringView value) const;

    // WorkloadEntry
    void setAddress(YamlText address) { m_address = keep(address); }
    QString address() const { return string(m_address); }
    void addWorkloadPort(YamlText name, int keyNode)
    {
        m_workloadPorts.append({keep(name), keyNode});
    }
    int workloadPortCount() const { return int(m_workloadPorts.size()); }
    WorkloadPort workloadPort(int i) const;
    // What the workload matcher needs besides the above (its Workload is built when needed)
    void setNetwork(YamlText network) { m_network = keep(network); }
    QString network() const { return string(m_network); }
    void setLocality(YamlText locality) { m_locality = keep(locality); }
    QString locality() const { return string(m_locality); }
    /// The proxy.istio.io/health-checks-enabled annotation.
    void setHealthChecks(YamlText value) { m_healthChecks = keep(value); }
    QString healthChecks() const { return string(m_healthChecks); }
    /// The status of the Healthy condition; empty when there is none.
    void setHealthyStatus(YamlText status) { m_healthyStatus = keep(status); }
    QString healthyStatus() const { return string(m_healthyStatus); }

    /// Fills places from the document's tree.
    void place(const SpanTree &tree);
    enum Place { NamePlace, SelectorPlace, AddressPlace, FirstHostPlace };
    SourceSpan hostPlace(int i) const { return places.value(FirstHostPlace + i); }
    SourceSpan workloadPortPlace(int i) const
    {
        return places.value(FirstHostPlace + hostCount() + i);
    }

private:
    struct Host {
        Text text;
        int node = -1;
    };
    struct PortTexts {
        quint32 number = 0;
        Text name;
        Text protocol;
    };
    struct Label {
        Text key;
        Text value;
    };
    struct WorkloadPortText {
        Text name;
        int keyNode = -1;
    };

    Text keep(YamlText text);
    YamlText bytes(Text text) const;
    QString string(Text text) const { return bytes(text).toString(); }

    QByteArray m_text; ///< the document's bytes (shared with it)
    QByteArray m_own;  ///< values that are not the document's bytes
    Text m_suppress;
    Text m_address;
    Text m_network;
    Text m_locality;
    Text m_healthChecks;
    Text m_healthyStatus;
    QList<Host> m_hosts;
    QList<PortTexts> m_ports;
    QList<Text> m_exportTo;
    QList<Label> m_labels;
    QList<WorkloadPortText> m_workloadPorts;
};

} // namespace MeshEntry
