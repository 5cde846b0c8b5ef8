// meshentry-testapiserver: the tests' API server, started by hand to try the GUI.
#include "testenvironment.h"

#include <QCoreApplication>
#include <QTextStream>
#include <csignal>

using namespace MeshEntry::TestApi;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestEnvironment environment;
    QString error;
    if (!environment.setUp(&error)) {
        QTextStream(stderr) << "meshentry-testapiserver: " << error << '\n';
        return 1;
    }
    environment.server()->withCluster([](FakeCluster &cluster) {
        cluster.put(QJsonObject{
            {"apiVersion", "networking.istio.io/v1"},
            {"kind", "ServiceEntry"},
            {"metadata", QJsonObject{{"name", "external-api"},
                                     {"namespace", "demo"},
                                     {"labels", QJsonObject{{"team", "payments"}}}}},
            {"spec",
             QJsonObject{{"hosts", QJsonArray{"api.partner.example.com"}},
                         {"location", "MESH_EXTERNAL"},
                         {"ports", QJsonArray{QJsonObject{
                                       {"number", 443}, {"name", "https"}, {"protocol", "TLS"}}}},
                         {"resolution", "DNS"}}}});
        return 0;
    });
    QTextStream(stdout)
        << "HTTPS server: " << environment.server()->url() << '\n'
        << "HTTP server:  " << environment.httpServer()->url() << '\n'
        << "export KUBECONFIG=" << environment.kubeconfig() << '\n'
        << "(contexts: test, cert, certdata, badtoken, insecure, untrusted, plain; Ctrl+C stops)\n";
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    return app.exec();
}
