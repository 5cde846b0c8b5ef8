#include "documentvalidator.h"
#include "istiopredicates.h"
#include "validationworkspace.h"
#include "yamlfile.h"

#include <QRandomGenerator>
#include <QtTest>
#include <algorithm>

using namespace MeshEntry;

namespace {

using IstioPredicates::goQuote;

/// The cross-document host and name checks as they were written before host groups: every
/// member scans its whole group. Kept here as the reference the linear version must equal.
class ReferenceChecks
{
public:
    explicit ReferenceChecks(const QList<DocumentFacts> &facts)
    {
        for (const DocumentFacts &f : facts) {
            Entry entry{f, f.hostKeys(), {}, {}};
            for (int i = 0; i < f.hostCount(); ++i)
                entry.hosts.append(f.host(i));
            if (!f.name.isEmpty() && f.kind != DocumentFacts::Kind::Other)
                entry.nameKey = f.kindName + u'\x1f' + f.namespaceName + u'\x1f' + f.name;
            m_entries.append(entry);
        }
    }

    QStringList findings(int k) const
    {
        QStringList out;
        const Entry &entry = m_entries[k];
        if (entry.facts.kind == DocumentFacts::Kind::Other)
            return out;
        int named = 0;
        for (const Entry &other : m_entries)
            named += !entry.nameKey.isEmpty() && other.nameKey == entry.nameKey;
        if (named >= 2)
            out.append(QStringLiteral("ME-DUPLICATE-NAME: %1 %2 is defined %3 times in the open "
                                      "files; applying them keeps only the last one")
                           .arg(entry.facts.kindName, entry.facts.fullName())
                           .arg(named));
        if (!entry.facts.isServiceEntry())
            return out;
        conflictingProtocols(entry, &out);
        hostPortsDiffer(k, entry, &out);
        return out;
    }

private:
    struct Entry {
        DocumentFacts facts;
        DocumentFacts::HostKeys keys;
        QStringList hosts; ///< as written, repeats included
        QString nameKey;
    };

    QList<int> group(const QString &host) const
    {
        QList<int> members;
        for (int i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].facts.isServiceEntry() && m_entries[i].keys.hosts.contains(host))
                members.append(i);
        }
        return members;
    }

    void conflictingProtocols(const Entry &entry, QStringList *out) const
    {
        for (const QString &host : entry.keys.hosts) {
            const QList<int> members = group(host);
            for (const quint32 port : entry.keys.portNumbers) {
                QStringList protocolsOnPort;
                for (const int member : members) {
                    for (const DocumentFacts::Port &memberPort : m_entries[member].keys.ports) {
                        if (memberPort.number == port &&
                            !protocolsOnPort.contains(memberPort.protocol))
                            protocolsOnPort.append(memberPort.protocol);
                    }
                }
                if (protocolsOnPort.size() < 2)
                    continue;
                QList<int> withPort;
                for (const int member : members) {
                    if (m_entries[member].keys.portNumbers.contains(port))
                        withPort.append(member);
                }
                QStringList scopes;
                for (const int member : std::as_const(withPort))
                    scopes += m_entries[member].keys.scopes;
                scopes.removeDuplicates();
                scopes.sort();
                const auto inScope = [](const QStringList &memberScopes, const QString &scope) {
                    return memberScopes.contains(scope) ||
                           (scope != u"*" && memberScopes.contains(QStringLiteral("*")));
                };
                for (const QString &scope : std::as_const(scopes)) {
                    if (!inScope(entry.keys.scopes, scope))
                        continue;
                    QStringList protocols;
                    QStringList names;
                    for (const int member : std::as_const(withPort)) {
                        const Entry &other = m_entries[member];
                        if (!inScope(other.keys.scopes, scope))
                            continue;
                        names.append(other.facts.fullName());
                        for (const DocumentFacts::Port &otherPort : other.facts.ports()) {
                            if (otherPort.number == port)
                                protocols.append(otherPort.protocol.toUpper());
                        }
                    }
                    protocols.removeDuplicates();
                    if (protocols.size() < 2)
                        continue;
                    protocols.sort();
                    names.removeDuplicates();
                    names.sort();
                    out->append(QStringLiteral("IST0177: Multiple ServiceEntries (%1) define the "
                                               "same host %2 and port %3 with conflicting "
                                               "protocols (%4).")
                                    .arg(names.join(u", "), goQuote(host))
                                    .arg(port)
                                    .arg(protocols.join(u", ")));
                    return;
                }
            }
        }
    }

    static bool canMerge(const DocumentFacts::HostKeys &a, const DocumentFacts::HostKeys &b)
    {
        return a.resolution == b.resolution && a.labels == b.labels && a.selector == b.selector &&
               a.exportTo == b.exportTo;
    }

    /// What the findings say of an entry, as one text.
    static QString content(const DocumentFacts::HostKeys &keys)
    {
        QStringList parts = {keys.portSignature, QString::number(keys.resolution),
                             keys.exportTo.join(u'\x1e')};
        for (const QMap<QString, QString> *map : {&keys.labels, &keys.selector}) {
            QStringList entries;
            for (auto it = map->cbegin(); it != map->cend(); ++it)
                entries.append(it.key() + u'=' + it.value());
            parts.append(entries.join(u'\x1e'));
        }
        return parts.join(u'\x1f');
    }

    /// Whether sidecars meet a before b: explicit exports first, then the oldest, then by name,
    /// then (the same name twice) by what the findings say of them, then the first in the file.
    bool before(int a, int b) const
    {
        const DocumentFacts::HostKeys &ka = m_entries[a].keys;
        const DocumentFacts::HostKeys &kb = m_entries[b].keys;
        if (ka.visibility.isPublic() != kb.visibility.isPublic())
            return kb.visibility.isPublic();
        if (ka.created != kb.created)
            return ka.created < kb.created;
        if (m_entries[a].facts.fullName() != m_entries[b].facts.fullName())
            return m_entries[a].facts.fullName() < m_entries[b].facts.fullName();
        if (content(ka) != content(kb))
            return content(ka) < content(kb);
        return a < b;
    }

    static QString side(const QMap<QString, QString> &map, const QString &key)
    {
        return map.contains(key) ? key + u'=' + map.value(key) : QStringLiteral("no ") + key;
    }

    static QString firstDifference(const QMap<QString, QString> &a, const QMap<QString, QString> &b)
    {
        QStringList keys = a.keys() + b.keys();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            if (a.contains(key) != b.contains(key) || a.value(key) != b.value(key))
                return side(a, key) + QStringLiteral(" here, ") + side(b, key) +
                       QStringLiteral(" there");
        }
        return {};
    }

    static QString item(const Entry &here, const Entry &there)
    {
        static const QStringList names = {"NONE", "STATIC", "DNS", "DNS_ROUND_ROBIN",
                                          "DYNAMIC_DNS"};
        const auto list = [](const QStringList &l) {
            return l.isEmpty() ? QStringLiteral("not set") : u'[' + l.join(u", ") + u']';
        };
        const DocumentFacts::HostKeys &a = here.keys;
        const DocumentFacts::HostKeys &b = there.keys;
        QStringList parts;
        if (a.resolution != b.resolution)
            parts.append(QStringLiteral("resolution differs: %1 here, %2 there")
                             .arg(names.value(a.resolution), names.value(b.resolution)));
        if (a.labels != b.labels)
            parts.append(QStringLiteral("metadata.labels differ: ") +
                         firstDifference(a.labels, b.labels));
        if (a.selector != b.selector)
            parts.append(QStringLiteral("workloadSelector differs: ") +
                         firstDifference(a.selector, b.selector));
        if (a.exportTo != b.exportTo)
            parts.append(QStringLiteral("exportTo differs: %1 here, %2 there")
                             .arg(list(a.exportTo), list(b.exportTo)));
        return QStringLiteral("ServiceEntry %1 (%2)")
            .arg(there.facts.fullName(), parts.join(u"; "));
    }

    static QString order(const Entry &kept, const Entry &lost)
    {
        if (!kept.keys.visibility.isPublic() && lost.keys.visibility.isPublic())
            return QStringLiteral("it is exported to the namespace explicitly, which puts it "
                                  "before public entries");
        if (kept.keys.created != lost.keys.created)
            return QStringLiteral("it was created earlier");
        if (kept.keys.created == DocumentFacts::noCreationTime)
            return QStringLiteral("the older one wins; neither has a creationTimestamp, so the "
                                  "first by name is assumed");
        return QStringLiteral("both were created in the same second, so Istio may keep either; "
                              "the first by name is assumed");
    }

    /// canMergeServices as appendSidecarServices applies it, for each member of k's namespace:
    /// the entry kept for it is the first that a sidecar seeing both meets.
    void hostPortsDiffer(int k, const Entry &entry, QStringList *out) const
    {
        for (const QString &host : entry.keys.hosts) {
            QList<int> members;
            for (const int member : group(host)) {
                const Entry &other = m_entries[member];
                if (other.facts.namespaceName == entry.facts.namespaceName &&
                    !other.keys.visibility.isHidden())
                    members.append(member);
            }
            if (!members.contains(k))
                continue;
            const auto keptFor = [&](int m) {
                int kept = m;
                for (const int o : std::as_const(members)) {
                    if (before(o, kept) &&
                        m_entries[o].keys.visibility.overlaps(m_entries[m].keys.visibility))
                        kept = o;
                }
                return kept;
            };
            const auto lostOf = [&](int m) {
                const int kept = keptFor(m);
                QList<quint32> lost;
                if (kept == m || canMerge(m_entries[m].keys, m_entries[kept].keys))
                    return lost;
                QList<quint32> ports = m_entries[kept].keys.portNumbers;
                for (const int o : std::as_const(members)) {
                    if (o != kept && keptFor(o) == kept &&
                        canMerge(m_entries[o].keys, m_entries[kept].keys))
                        ports += m_entries[o].keys.portNumbers;
                }
                for (const quint32 number : m_entries[m].keys.portNumbers) {
                    if (!ports.contains(number))
                        lost.append(number);
                }
                return lost;
            };
            const auto numbers = [](const QList<quint32> &lost) {
                QStringList texts;
                for (const quint32 number : lost)
                    texts.append(QString::number(number));
                return (lost.size() == 1 ? QStringLiteral("port ") : QStringLiteral("ports ")) +
                       texts.join(u", ");
            };
            const auto message = [&](const QString &others, const QString &kept, const QString &why,
                                     const QString &lost, bool onePort) {
                out->append(QStringLiteral("ME-HOST-PORTS-DIFFER: host %1 is also defined in "
                                           "namespace %2 by %3, and Istio merges "
                                           "ServiceEntries of one host and namespace only when "
                                           "resolution, labels, workloadSelector and exportTo "
                                           "agree: it keeps %4 for the host (%5), and %6 "
                                           "(sidecars get %7)")
                                .arg(goQuote(host), goQuote(entry.facts.namespaceName), others,
                                     kept, why, lost,
                                     onePort ? QStringLiteral("a listener but no cluster for it")
                                             : QStringLiteral("listeners but no cluster for "
                                                              "them")));
            };
            const QList<quint32> lost = lostOf(k);
            if (!lost.isEmpty()) {
                const Entry &kept = m_entries[keptFor(k)];
                message(
                    item(entry, kept), kept.facts.fullName(), order(kept, entry),
                    numbers(lost) + QStringLiteral(" of this ServiceEntry ") +
                        (lost.size() == 1 ? QStringLiteral("is lost") : QStringLiteral("are lost")),
                    lost.size() == 1);
            }
            // A copy of the kept entry (the same name and content) reports as kept too.
            int self = k;
            const int keeper = keptFor(k);
            if (keeper != k && m_entries[keeper].facts.fullName() == entry.facts.fullName() &&
                content(m_entries[keeper].keys) == content(entry.keys))
                self = keeper;
            QList<int> losers;
            for (const int m : std::as_const(members)) {
                if (m != self && m != k && keptFor(m) == self && !lostOf(m).isEmpty())
                    losers.append(m);
            }
            if (losers.isEmpty())
                continue;
            std::sort(losers.begin(), losers.end(), [&](int a, int b) {
                const QString na = m_entries[a].facts.fullName();
                const QString nb = m_entries[b].facts.fullName();
                return na != nb ? na < nb : before(a, b);
            });
            QStringList others;
            for (const int m : losers.mid(0, 3))
                others.append(item(entry, m_entries[m]));
            if (losers.size() > 3)
                others.append(QStringLiteral("%1 more").arg(losers.size() - 3));
            const QString otherList = others.size() < 2
                                          ? others.first()
                                          : others.mid(0, others.size() - 1).join(u", ") +
                                                QStringLiteral(" and ") + others.last();
            const Entry &first = m_entries[losers.first()];
            if (losers.size() == 1) {
                const QList<quint32> firstLost = lostOf(losers.first());
                message(otherList, QStringLiteral("this ServiceEntry"), order(entry, first),
                        numbers(firstLost) + QStringLiteral(" of ") + first.facts.fullName() +
                            (firstLost.size() == 1 ? QStringLiteral(" is lost")
                                                   : QStringLiteral(" are lost")),
                        firstLost.size() == 1);
            } else {
                message(otherList, QStringLiteral("this ServiceEntry"), order(entry, first),
                        QStringLiteral("the ports they add are lost"), false);
            }
        }
    }

    QList<Entry> m_entries;
};

QByteArray serviceEntry(QRandomGenerator &random, int number)
{
    static const QList<QByteArray> hosts = {"api.github.com", "db.shared.svc", "*.example.com",
                                            "pay.example.com"};
    static const QList<QByteArray> ports = {
        "{number: 80, name: http, protocol: HTTP}",  "{number: 80, name: tcp, protocol: TCP}",
        "{number: 443, name: tls, protocol: TLS}",   "{number: 443, name: https, protocol: https}",
        "{number: 8080, name: h2, protocol: HTTP2}", "{number: 9000, name: grpc, protocol: GRPC}"};
    static const QList<QByteArray> exports = {"",
                                              "  exportTo: [\"*\"]\n",
                                              "  exportTo: [\".\"]\n",
                                              "  exportTo: [\".\", istio-system]\n",
                                              "  exportTo: [\"~\"]\n",
                                              "  exportTo: [ns-a, ns-b]\n",
                                              "  exportTo: [ns-c]\n",
                                              "  exportTo: [a, b, c, d, e, f, g, h, i, ns-a]\n",
                                              "  exportTo: [\"*\", \".\"]\n"};
    QByteArray text = "---\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                      "  name: se-" +
                      QByteArray::number(random.bounded(number / 2 + 1)) + "\n  namespace: ns-" +
                      QByteArray::number(random.bounded(5)) + "\nspec:\n  hosts:\n";
    const int hostCount = 1 + random.bounded(2);
    for (int i = 0; i < hostCount; ++i)
        text += "  - " + hosts[random.bounded(hosts.size())] + "\n";
    text += "  ports:\n";
    const int portCount = 1 + random.bounded(3);
    for (int i = 0; i < portCount; ++i)
        text += "  - " + ports[random.bounded(ports.size())] + "\n";
    // What canMergeServices compares varies too, and the creation order.
    static const QList<QByteArray> resolutions = {"DNS", "DNS", "DNS", "STATIC", "NONE"};
    text += "  resolution: " + resolutions[random.bounded(resolutions.size())] + "\n" +
            exports[random.bounded(exports.size())];
    if (random.bounded(6) == 0)
        text += "  workloadSelector: {labels: {app: a}}\n";
    static const QList<QByteArray> metadata = {"",
                                               "",
                                               "",
                                               "  labels: {team: a}\n",
                                               "  labels: {team: b}\n",
                                               "  creationTimestamp: \"2024-01-01T00:00:00Z\"\n",
                                               "  creationTimestamp: \"2023-01-01T00:00:00Z\"\n"};
    text.replace("\nspec:\n", "\n" + metadata[random.bounded(metadata.size())] + "spec:\n");
    return text;
}

QStringList workspaceFindings(const ValidationWorkspace &workspace, int file, int document)
{
    QStringList out;
    for (const Diagnostic &diagnostic : workspace.diagnostics(file, document)) {
        if (diagnostic.rule == u"IST0177" || diagnostic.rule == u"ME-HOST-PORTS-DIFFER" ||
            diagnostic.rule == u"ME-DUPLICATE-NAME")
            out.append(diagnostic.rule + QStringLiteral(": ") + diagnostic.message);
    }
    out.sort();
    return out;
}

QList<DocumentFacts> factsOf(const YamlFile &file, const ValidationOptions &options)
{
    QList<DocumentFacts> facts;
    for (const YamlDocument &document : file.documents())
        facts.append(DocumentValidator::validate(document, options).facts);
    return facts;
}

/// Compares every document's findings; returns them all, for checking what was covered.
QStringList compare(const ValidationWorkspace &workspace, int id, const YamlFile &file)
{
    const ReferenceChecks reference(factsOf(file, workspace.options()));
    QStringList all;
    for (int i = 0; i < file.documentCount(); ++i) {
        QStringList expected = reference.findings(i);
        expected.sort();
        const QStringList actual = workspaceFindings(workspace, id, i);
        if (actual != expected) {
            qWarning("document %d: %s\n  expected %s", i, qPrintable(actual.join(u"\n  ")),
                     qPrintable(expected.join(u"\n  ")));
            return {};
        }
        all += actual;
    }
    return all;
}

} // namespace

/// The cross-document checks of many documents sharing hosts and names, against the
/// reference that scans whole groups: same findings, after opening and after edits.
class TestCrossDocumentChecks : public QObject
{
    Q_OBJECT

private slots:
    void groupsGiveTheReferenceFindings_data();
    void groupsGiveTheReferenceFindings();
    void editsKeepTheReferenceFindings();
    void editsRecheckOnlyMembersWhoseAnswersChange_data();
    void editsRecheckOnlyMembersWhoseAnswersChange();
};

void TestCrossDocumentChecks::groupsGiveTheReferenceFindings_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("documents");
    for (int seed = 1; seed <= 8; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed << 20 * seed;
}

void TestCrossDocumentChecks::groupsGiveTheReferenceFindings()
{
    QFETCH(int, seed);
    QFETCH(int, documents);
    QRandomGenerator random{quint32(seed)};
    QByteArray bytes;
    for (int i = 0; i < documents; ++i)
        bytes += serviceEntry(random, documents);
    const YamlFile file = YamlFile::fromBytes(bytes);
    ValidationWorkspace workspace;
    const int id = workspace.addFile(&file, QStringLiteral("shared.yaml"));
    workspace.validateAll();
    const QStringList all = compare(workspace, id, file);
    QVERIFY(!all.isEmpty());
    // The larger groups cover every branch: conflicts, entries not merged for each reason,
    // kept and losing entries, long lists, names.
    if (documents >= 80) {
        QVERIFY(!all.filter(QStringLiteral("IST0177")).isEmpty());
        QVERIFY(!all.filter(QStringLiteral("of this ServiceEntry is lost")).isEmpty());
        QVERIFY(!all.filter(QStringLiteral("the ports they add are lost")).isEmpty());
        QVERIFY(!all.filter(QStringLiteral("explicitly, which puts it before")).isEmpty());
        QVERIFY(!all.filter(QStringLiteral("(it was created earlier)")).isEmpty());
        for (const char *differs : {"resolution differs", "metadata.labels differ",
                                    "workloadSelector differs", "exportTo differs"})
            QVERIFY2(!all.filter(QLatin1String(differs)).isEmpty(), differs);
        QVERIFY(!all.filter(QStringLiteral("ME-DUPLICATE-NAME")).isEmpty());
    }
    if (documents >= 100)
        QVERIFY(!all.filter(QStringLiteral(" more, and Istio merges")).isEmpty());
}

void TestCrossDocumentChecks::editsKeepTheReferenceFindings()
{
    QRandomGenerator random(99);
    QByteArray bytes;
    for (int i = 0; i < 60; ++i)
        bytes += serviceEntry(random, 60);
    YamlFile file = YamlFile::fromBytes(bytes);
    ValidationWorkspace workspace;
    const int id = workspace.addFile(&file, QStringLiteral("shared.yaml"));
    workspace.validateAll();
    for (int round = 0; round < 40; ++round) {
        const int index = random.bounded(file.documentCount());
        file.setDocumentText(index, serviceEntry(random, 60));
        workspace.documentChanged(id, index);
        QVERIFY(!compare(workspace, id, file).isEmpty());
    }
}

namespace {

QByteArray sharedEntry(const QByteArray &name, const QByteArray &namespaceName,
                       const QByteArray &ports, const QByteArray &labels = QByteArray())
{
    return "---\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: " +
           name + "\n  namespace: " + namespaceName + "\n" + labels +
           "spec:\n  hosts: [api.shared.example.com]\n  resolution: DNS\n  ports:\n" + ports;
}

const QByteArray http80 = "  - {number: 80, name: http, protocol: HTTP}\n";

} // namespace

void TestCrossDocumentChecks::editsRecheckOnlyMembersWhoseAnswersChange_data()
{
    QTest::addColumn<QByteArray>("edited");
    QTest::addColumn<QList<int>>("rechecked");
    QTest::addColumn<QStringList>("findings");
    // Two entries of ns-x that Istio does not merge (labels differ) and two in other
    // namespaces, all on port 80 of one host: no findings until an edit.
    QTest::newRow("ports lost in one namespace: its two members")
        << sharedEntry("se-2", "ns-x", http80 + "  - {number: 9090, name: tcp, protocol: TCP}\n",
                       "  labels: {team: a}\n")
        << QList<int>{0, 1}
        << QStringList{QStringLiteral("ME-HOST-PORTS-DIFFER"),
                       QStringLiteral("ME-HOST-PORTS-DIFFER")};
    QTest::newRow("protocols conflict: every member")
        << sharedEntry("se-2", "ns-x", "  - {number: 80, name: tcp, protocol: TCP}\n",
                       "  labels: {team: a}\n")
        << QList<int>{0, 1, 2, 3}
        << QStringList{QStringLiteral("IST0177"), QStringLiteral("IST0177"),
                       QStringLiteral("IST0177"), QStringLiteral("IST0177")};
    QTest::newRow("no answer changes: the edited one alone")
        << sharedEntry("se-2", "ns-x", http80, "  labels: {team: b}\n") << QList<int>{1}
        << QStringList();
}

/// An edit to one member of a large group re-checks only the members whose host answers
/// changed (and the edited one), and their findings still equal the whole-group reference.
void TestCrossDocumentChecks::editsRecheckOnlyMembersWhoseAnswersChange()
{
    QFETCH(QByteArray, edited);
    QFETCH(QList<int>, rechecked);
    QFETCH(QStringList, findings);
    YamlFile file = YamlFile::fromBytes(
        sharedEntry("se-1", "ns-x", http80) +
        sharedEntry("se-2", "ns-x", http80, "  labels: {team: a}\n") +
        sharedEntry("se-3", "ns-y", http80) + sharedEntry("se-4", "ns-z", http80));
    ValidationWorkspace workspace;
    const int id = workspace.addFile(&file, QStringLiteral("shared.yaml"));
    workspace.validateAll();
    for (int i = 0; i < file.documentCount(); ++i)
        QCOMPARE(workspaceFindings(workspace, id, i), QStringList());
    file.setDocumentText(1, edited);
    workspace.documentChanged(id, 1);
    QList<int> indexes;
    for (const int document : workspace.refreshedDocuments()) {
        int fileId = -1;
        int index = -1;
        QVERIFY(workspace.locate(document, &fileId, &index));
        QCOMPARE(fileId, id);
        indexes.append(index);
    }
    std::sort(indexes.begin(), indexes.end());
    QCOMPARE(indexes, rechecked);
    const ReferenceChecks reference(factsOf(file, workspace.options()));
    QStringList rules;
    for (int i = 0; i < file.documentCount(); ++i) {
        QStringList expected = reference.findings(i);
        expected.sort();
        const QStringList actual = workspaceFindings(workspace, id, i);
        QCOMPARE(actual, expected);
        for (const QString &finding : actual)
            rules.append(finding.section(u':', 0, 0));
    }
    QCOMPARE(rules, findings);
}

QTEST_GUILESS_MAIN(TestCrossDocumentChecks)
#include "tst_crossdocumentchecks.moc"
