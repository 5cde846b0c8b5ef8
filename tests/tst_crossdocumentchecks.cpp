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

    void hostPortsDiffer(int k, const Entry &entry, QStringList *out) const
    {
        for (int i = 0; i < entry.hosts.size(); ++i) {
            if (entry.hosts.indexOf(entry.hosts[i]) != i)
                continue;
            QList<const Entry *> differing;
            for (const int member : group(entry.hosts[i])) {
                const Entry &other = m_entries[member];
                if (member != k && other.keys.portSignature != entry.keys.portSignature &&
                    entry.keys.visibility.overlaps(other.keys.visibility))
                    differing.append(&other);
            }
            if (differing.isEmpty())
                continue;
            std::sort(differing.begin(), differing.end(), [](const Entry *a, const Entry *b) {
                return a->facts.fullName() != b->facts.fullName()
                           ? a->facts.fullName() < b->facts.fullName()
                           : a->keys.portSignature < b->keys.portSignature;
            });
            QStringList others;
            for (const Entry *other : differing.mid(0, 3))
                others.append(QStringLiteral("ServiceEntry %1 (%2)")
                                  .arg(other->facts.fullName(), other->keys.portSignature));
            if (differing.size() > 3)
                others.append(QStringLiteral("%1 more").arg(differing.size() - 3));
            out->append(
                QStringLiteral("ME-HOST-PORTS-DIFFER: host %1 is also defined by %2 with "
                               "other ports than this ServiceEntry (%3); Istio does not "
                               "reliably merge ServiceEntries that share a host, so some "
                               "of these ports may not work (istio/istio#31483)")
                    .arg(goQuote(entry.hosts[i]), others.join(u", "), entry.keys.portSignature));
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
    text += "  resolution: DNS\n" + exports[random.bounded(exports.size())];
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
    // The larger groups cover every branch: conflicts, differing ports, long lists, names.
    if (documents >= 80) {
        QVERIFY(!all.filter(QStringLiteral("IST0177")).isEmpty());
        QVERIFY(!all.filter(QStringLiteral(" more with other ports")).isEmpty());
        QVERIFY(!all.filter(QStringLiteral("ME-DUPLICATE-NAME")).isEmpty());
    }
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

QTEST_GUILESS_MAIN(TestCrossDocumentChecks)
#include "tst_crossdocumentchecks.moc"
