#include "clitesthelpers.h"
#include "meshconfigloader.h"
#include "validationworkspace.h"
#include "workloadinventory.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace MeshEntry;

namespace {

/// A TCP ServiceEntry without addresses (IST0134) in namespace ns.
const QByteArray tcpEntry = "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n"
                            "metadata: {name: db, namespace: data}\n"
                            "spec:\n  hosts: [db.example.com]\n  location: MESH_EXTERNAL\n"
                            "  resolution: DNS\n  ports:\n  - {number: 5432, name: pg, "
                            "protocol: TCP}\n";

QStringList rules(const QByteArray &yaml, const MeshConfig &mesh)
{
    const YamlFile file = YamlFile::fromBytes(yaml);
    ValidationOptions options;
    options.mesh = mesh;
    ValidationWorkspace workspace(options);
    workspace.addFile(&file, QStringLiteral("x.yaml"));
    workspace.validateAll();
    QStringList result;
    for (const Diagnostic &diagnostic : workspace.diagnostics())
        result.append(QStringLiteral("%1@%2").arg(diagnostic.rule).arg(diagnostic.document));
    result.sort();
    return result;
}

/// The document whose ME-HOST-PORTS-DIFFER finding says Istio keeps it; -1 if none does.
int keeper(const QByteArray &yaml, const MeshConfig &mesh)
{
    const YamlFile file = YamlFile::fromBytes(yaml);
    ValidationOptions options;
    options.mesh = mesh;
    ValidationWorkspace workspace(options);
    workspace.addFile(&file, QStringLiteral("x.yaml"));
    workspace.validateAll();
    for (const Diagnostic &diagnostic : workspace.diagnostics()) {
        if (diagnostic.rule == u"ME-HOST-PORTS-DIFFER" &&
            diagnostic.message.contains(u"it keeps this ServiceEntry for the host"))
            return diagnostic.document;
    }
    return -1;
}

MeshConfig mesh(const QByteArray &yaml)
{
    MeshConfig config;
    QString error;
    if (!MeshConfigLoader::fromBytes(yaml, QStringLiteral("mesh.yaml"), &config, &error))
        qWarning("%s", qPrintable(error));
    return config;
}

} // namespace

/// Validation reading the mesh settings where Istio does (ISTIO-RULES.md §8–§9).
class TestValidationMesh : public QObject
{
    Q_OBJECT

private slots:
    void addressesRequiredFollowsDnsCapture()
    {
        QCOMPARE(rules(tcpEntry, MeshConfig()), QStringList{QStringLiteral("IST0134@0")});
        const MeshConfig autoAllocate =
            mesh("defaultConfig:\n  proxyMetadata:\n    ISTIO_META_DNS_CAPTURE: \"true\"\n"
                 "    ISTIO_META_DNS_AUTO_ALLOCATE: \"true\"\n");
        QCOMPARE(rules(tcpEntry, autoAllocate), QStringList());
        // Capture without auto-allocation still needs addresses.
        const MeshConfig captureOnly =
            mesh("defaultConfig:\n  proxyMetadata:\n    ISTIO_META_DNS_CAPTURE: \"true\"\n");
        QCOMPARE(rules(tcpEntry, captureOnly), QStringList{QStringLiteral("IST0134@0")});
    }

    void defaultExportToDecidesWhoWins()
    {
        // One host in one namespace with other ports and exportTo, which Istio does not merge
        // (canMergeServices compares exportTo as written). With the default exportTo "*" the
        // entry without exportTo is public, and the one exported explicitly comes first; with
        // defaultServiceExportTo [.] neither is public, and the first in the files wins.
        const QByteArray entries =
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n"
            "metadata: {name: a, namespace: one}\n"
            "spec:\n  hosts: [h.example.com]\n  addresses: [10.0.0.1]\n  resolution: DNS\n"
            "  ports: [{number: 80, name: http, protocol: HTTP}]\n---\n"
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n"
            "metadata: {name: b, namespace: one}\n"
            "spec:\n  hosts: [h.example.com]\n  addresses: [10.0.0.1]\n  resolution: DNS\n"
            "  ports: [{number: 81, name: http, protocol: HTTP}]\n  exportTo: [.]\n";
        QCOMPARE(rules(entries, MeshConfig()),
                 QStringList({QStringLiteral("ME-HOST-PORTS-DIFFER@0"),
                              QStringLiteral("ME-HOST-PORTS-DIFFER@1")}));
        QCOMPARE(keeper(entries, MeshConfig()), 1);
        QCOMPARE(keeper(entries, mesh("defaultServiceExportTo: [.]\n")), 0);
    }

    /// The cross-document selector checks use the matcher's rules (ISTIO-SELECTION.md §4–§5).
    void selectorChecksUseTheMatcher()
    {
        const QByteArray yaml =
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n"
            "metadata: {name: vms, namespace: shop}\n"
            "spec:\n  hosts: [vms.internal]\n  addresses: [10.9.0.1]\n  location: MESH_INTERNAL\n"
            "  ports: [{number: 80, name: http, protocol: HTTP}]\n"
            "  workloadSelector:\n    labels: {topology.istio.io/network: vpc-1}\n---\n"
            "apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\n"
            "metadata: {name: vm, namespace: shop}\n"
            "spec: {address: vm.example.com, network: vpc-1}\n";
        const YamlFile file = YamlFile::fromBytes(yaml);
        WorkloadInventory inventory;
        ValidationWorkspace workspace;
        workspace.setInventory(&inventory);
        workspace.addFile(&file, QStringLiteral("x.yaml"));
        workspace.validateAll();
        QStringList messages;
        for (const Diagnostic &diagnostic : workspace.diagnostics())
            messages.append(diagnostic.rule + QStringLiteral(": ") + diagnostic.message);
        messages.sort();
        // The network label comes from spec.network; resolution NONE skips host names too.
        QCOMPARE(messages,
                 QStringList(
                     {QStringLiteral("ME-SELECTOR-NO-MATCH: workloadSelector selects 1 workload in "
                                     "namespace \"shop\", but Istio makes an endpoint of none: "
                                     "WorkloadEntry vm: address vm.example.com is a host name: "
                                     "only DNS and DNS_ROUND_ROBIN entries use it, not NONE"),
                      QStringLiteral("ME-STATIC-FQDN-WORKLOAD: address \"vm.example.com\" is a "
                                     "host name: ServiceEntry shop/vms (resolution NONE) selects "
                                     "this WorkloadEntry, but Istio skips it"),
                      QStringLiteral("SE-NONE-SELECTOR: workloadSelector should not be set when "
                                     "resolution mode is NONE")}));
    }

    void commandLine()
    {
        QTemporaryDir dir;
        QFile se(dir.filePath(QStringLiteral("se.yaml")));
        QVERIFY(se.open(QIODevice::WriteOnly));
        se.write(tcpEntry);
        se.close();
        QFile cm(dir.filePath(QStringLiteral("istio.yaml")));
        QVERIFY(cm.open(QIODevice::WriteOnly));
        cm.write("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: istio, namespace: "
                 "istio-system}\ndata:\n  mesh: |\n    defaultConfig:\n      proxyMetadata:\n"
                 "        ISTIO_META_DNS_CAPTURE: \"true\"\n"
                 "        ISTIO_META_DNS_AUTO_ALLOCATE: \"true\"\n");
        cm.close();
        const auto validate = [&](const QStringList &arguments) {
            const CliTest::Run run =
                CliTest::run(QStringList{QStringLiteral("validate")} + arguments, {}, {dir.path()});
            return std::make_tuple(run.exitCode, run.out, run.err);
        };
        auto [code, out, err] = validate({QStringLiteral("se.yaml")});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("IST0134"), out);
        std::tie(code, out, err) =
            validate({QStringLiteral("--mesh-config"), QStringLiteral("istio.yaml"),
                      QStringLiteral("se.yaml")});
        QCOMPARE(err, QByteArray());
        QCOMPARE(out, QByteArray("0 errors, 0 warnings in 1 file\n"));
        QCOMPARE(code, 0);
        // istioctl and istiod read PILOT_ENABLE_IP_AUTOALLOCATE from their environment: off
        // (before 1.25), the webhook's TCP warning fires for the DNS entry though the mesh
        // config's auto-allocation keeps IST0134 away.
        {
            QProcess process;
            process.setWorkingDirectory(dir.path());
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("PILOT_ENABLE_IP_AUTOALLOCATE"),
                               QStringLiteral("false"));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(MESHENTRY_BINARY),
                          {QStringLiteral("validate"), QStringLiteral("--mesh-config"),
                           QStringLiteral("istio.yaml"), QStringLiteral("se.yaml")});
            process.waitForFinished(60000);
            QCOMPARE(process.readAllStandardOutput(),
                     QByteArray("se.yaml:9:40: warning: SE-PORT-TCP-NEEDS-ADDRESS: addresses are "
                                "required for ports serving TCP (or unset) protocol when IP "
                                "Autoallocation is not enabled [ServiceEntry data/db]\n"
                                "0 errors, 1 warning in 1 file\n"));
        }
        std::tie(code, out, err) =
            validate({QStringLiteral("--mesh-config=missing.yaml"), QStringLiteral("se.yaml")});
        QCOMPARE(code, 2);
        QCOMPARE(err, QByteArray("meshentry: cannot read missing.yaml: No such file or "
                                 "directory\n"));
    }
};

QTEST_GUILESS_MAIN(TestValidationMesh)
#include "tst_validationmesh.moc"
