#pragma once

#include "exportto.h"
#include "yamlpath.h"
#include "yamltext.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
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
    void addHost(YamlText host, int node) { append(Hosts, {keep(host), {}, quint32(node)}); }
    int hostCount() const { return count(Hosts); }
    QString host(int i) const { return string(item(Hosts, i).first); }
    YamlText hostBytes(int i) const { return bytes(item(Hosts, i).first); }
    int hostNode(int i) const { return int(item(Hosts, i).value); }
    /// Whether host i repeats an earlier one.
    bool repeatsHost(int i) const;
    void addPort(quint32 number, YamlText name, YamlText protocol)
    {
        append(Ports, {keep(name), keep(protocol), number});
    }
    QList<Port> ports() const;
    void addExportTo(YamlText entry) { append(ExportToEntries, {keep(entry), {}, 0}); }
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
        append(WorkloadPorts, {keep(name), {}, quint32(keyNode)});
    }
    int workloadPortCount() const { return count(WorkloadPorts); }
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
    /// Gives back the room the lists grew into while the facts were read (they are kept long).
    void squeeze();
    /// The bytes the facts hold on the heap besides the document's text: lists and copies.
    qsizetype heapBytes() const;
    enum Place { NamePlace, SelectorPlace, AddressPlace, FirstHostPlace };
    SourceSpan hostPlace(int i) const { return places.value(FirstHostPlace + i); }
    SourceSpan workloadPortPlace(int i) const
    {
        return places.value(FirstHostPlace + hostCount() + i);
    }

private:
    /// The lists of the facts, one after the other in one block (a file has tens of thousands
    /// of facts, and a block costs more than the few items most of them hold).
    enum Section : quint8 { Hosts, Ports, ExportToEntries, Labels, WorkloadPorts, SectionCount };
    /// A host (first, value: node), port (first: name, second: protocol, value: number),
    /// exportTo entry (first), label (first: key, second: value) or workload port (first:
    /// name, value: key node).
    struct Item {
        Text first;
        Text second;
        quint32 value = 0;
    };

    /// Adds item at the end of its section; the readers add sections in order, so this appends.
    void append(Section section, Item item);
    int begin(Section section) const { return section == Hosts ? 0 : int(m_ends[section - 1]); }
    int count(Section section) const { return int(m_ends[section]) - begin(section); }
    const Item &item(Section section, int i) const { return m_items[begin(section) + i]; }

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
    QList<Item> m_items;
    std::array<quint32, SectionCount> m_ends = {}; ///< where each section of m_items ends
};

} // namespace MeshEntry
