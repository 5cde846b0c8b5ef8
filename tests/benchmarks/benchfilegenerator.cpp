#include "benchfilegenerator.h"

namespace MeshEntry {

namespace {

const char *const teams[] = {"payments", "orders",   "search", "billing", "catalog",
                             "identity", "shipping", "ledger", "reports", "media"};
const char *const services[] = {"api", "gateway", "db", "cache", "queue", "auth", "store", "feed"};
const char *const regions[] = {"us-east1", "us-west2", "europe-west1", "asia-south1"};
const char *const tiers[] = {"frontend", "backend", "data"};
const char *const environments[] = {"prod", "staging", "dev"};

struct PortKind {
    const char *name;
    int number;
    const char *protocol;
};
const PortKind portKinds[] = {{"https", 443, "TLS"},    {"http", 80, "HTTP"},
                              {"grpc", 9090, "GRPC"},   {"tcp", 5432, "TCP"},
                              {"http2", 8080, "HTTP2"}, {"mongo", 27017, "MONGO"}};

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray padded(int value)
{
    return QByteArray::number(value).rightJustified(5, '0');
}

} // namespace

BenchFileGenerator::BenchFileGenerator(quint64 seed) : m_random(seed), m_seed(seed) {}

QByteArray BenchFileGenerator::generate(int documentCount)
{
    m_out.clear();
    m_out.reserve(qsizetype(documentCount) * 680);
    for (int i = 0; i < documentCount; ++i) {
        if (i % 2 == 0)
            serviceEntry(i / 2);
        else
            workloadEntry(i / 2);
    }
    return std::move(m_out);
}

void BenchFileGenerator::line(int indent, const QByteArray &text)
{
    m_out.append(indent, ' ');
    m_out.append(text);
    m_out.append('\n');
}

void BenchFileGenerator::metadata(const QByteArray &name, const QByteArray &service, int number)
{
    line(0, "metadata:");
    line(2, "name: " + name);
    line(2, "namespace: ns-" + QByteArray::number(number % 200).rightJustified(3, '0'));
    line(2, "labels:");
    line(4, "app: " + service);
    const int extra = m_random.below(4);
    if (extra > 0)
        line(4, "team: \"" + QByteArray(m_random.pick(teams)) + '"');
    if (extra > 1)
        line(4, "tier: " + QByteArray(m_random.pick(tiers)));
    if (extra > 2)
        line(4, "env: '" + QByteArray(m_random.pick(environments)) + '\'');
}

void BenchFileGenerator::annotations(const QByteArray &kind, const QByteArray &service, int number)
{
    if (m_random.percent(25)) {
        line(2, "annotations:");
        line(4, "meshentry.example.com/notes: |");
        line(6, kind + ' ' + service + " is generated for the MeshEntry benchmark.");
        line(6, "Seed " + QByteArray::number(m_seed) + ", entry " + QByteArray::number(number) +
                    "; edit freely, it is rebuilt.");
        if (m_random.percent(50))
            line(6, "Contact: #mesh-" + QByteArray(m_random.pick(teams)) + " on chat.");
    } else if (m_random.percent(40)) {
        line(2, "annotations:");
        line(4, "meshentry.example.com/owner: \"team-" + QByteArray(m_random.pick(teams)) + '"');
    }
}

void BenchFileGenerator::serviceEntry(int n)
{
    const QByteArray team = m_random.pick(teams);
    m_service = QByteArray(m_random.pick(services)) + '-' + padded(n);
    const QByteArray &service = m_service;
    if (n > 0)
        m_out.append('\n');
    line(0, "# ServiceEntry " + number(n) + ": " + service + " of team " + team +
                ", reached from the mesh.");
    line(0, "# Generated with seed " + number(qint64(m_seed)) + '.');
    line(0, "---");
    line(0, "apiVersion: networking.istio.io/v1");
    line(0, "kind: ServiceEntry");
    metadata(service + ".svc", service, n);
    annotations("ServiceEntry", service, n);
    line(0, "spec:");
    line(2, "# Hosts of " + service + '.');
    line(2, "hosts:");
    const int hosts = m_random.between(1, 4);
    for (int h = 0; h < hosts; ++h) {
        const QByteArray host = service + '-' + number(h) + '.' + team + ".example.com";
        if (h == 0)
            line(2, "- " + host + "  # primary");
        else if (m_random.percent(50))
            line(2, "- \"" + host + '"');
        else
            line(2, "- " + host);
    }
    const bool internal = m_random.percent(30);
    if (internal) {
        line(2, "addresses:");
        line(2, "- 10." + number(n / 65536 % 256) + '.' + number(n / 256 % 256) + '.' +
                    number(n % 256) + "/32");
    }
    line(2, internal ? "location: MESH_INTERNAL" : "location: MESH_EXTERNAL");
    const int ports = m_random.between(1, 4);
    const int firstKind = m_random.below(int(std::size(portKinds)));
    if (m_random.percent(20)) {
        QByteArray flow = "ports: [";
        for (int p = 0; p < ports; ++p) {
            const PortKind &kind = portKinds[(firstKind + p) % std::size(portKinds)];
            if (p > 0)
                flow += ", ";
            flow += "{number: " + number(kind.number + p) + ", name: " + kind.name + '-' +
                    number(p) + ", protocol: " + kind.protocol + '}';
        }
        line(2, flow + ']');
    } else {
        line(2, "ports:");
        for (int p = 0; p < ports; ++p) {
            const PortKind &kind = portKinds[(firstKind + p) % std::size(portKinds)];
            line(2, "- number: " + number(kind.number + p));
            line(4, "name: " + QByteArray(kind.name) + '-' + number(p));
            line(4, "protocol: " + QByteArray(kind.protocol));
            if (m_random.percent(30))
                line(4, "targetPort: " + number(kind.number + 8000 + p));
        }
    }
    m_out.append('\n');
    line(2, internal ? "resolution: STATIC" : "resolution: DNS");
    if (m_random.percent(50)) {
        line(2, m_random.percent(50) ? "exportTo: [\".\"]" : "exportTo: [\".\", istio-system]");
    } else {
        line(2, "exportTo:");
        line(2, "- \".\"");
        if (m_random.percent(50))
            line(2, "- istio-system");
    }
    if (internal) {
        line(2, "workloadSelector:");
        line(4, "labels:");
        line(6, "app: " + service);
    }
}

void BenchFileGenerator::workloadEntry(int n)
{
    const QByteArray &service = m_service;
    const QByteArray region = m_random.pick(regions);
    m_out.append('\n');
    line(0, "---");
    line(0, "# WorkloadEntry " + number(n) + ": VM for " + service + " in " + region + '.');
    line(0, "apiVersion: networking.istio.io/v1");
    line(0, "kind: WorkloadEntry");
    metadata(service + ".vm", service, n);
    annotations("WorkloadEntry", service, n);
    line(0, "spec:");
    line(2, "address: 10.200." + number(n / 256 % 256) + '.' + number(n % 256) + "  # VM address");
    line(2, "labels:");
    line(4, "app: " + service);
    line(4, "version: \"v" + number(m_random.between(1, 3)) + '"');
    if (m_random.percent(50))
        line(4, "zone: '" + region + '-' + char('a' + m_random.below(3)) + '\'');
    line(2, "ports:");
    const int ports = m_random.between(1, 4);
    const int firstKind = m_random.below(int(std::size(portKinds)));
    for (int p = 0; p < ports; ++p) {
        const PortKind &kind = portKinds[(firstKind + p) % std::size(portKinds)];
        line(4, QByteArray(kind.name) + '-' + number(p) + ": " + number(kind.number + 8000 + p));
    }
    line(2, "serviceAccount: " + service + "-sa");
    line(2, "network: \"vpc-" + number(m_random.between(1, 4)) + '"');
    line(2, "locality: " + region + '/' + region + '-' + char('a' + m_random.below(3)));
    line(2, "weight: " + number(m_random.between(1, 100)));
}

} // namespace MeshEntry
