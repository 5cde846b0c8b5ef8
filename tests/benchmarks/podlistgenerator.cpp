#include "podlistgenerator.h"

namespace MeshEntry {

namespace {

QByteArray quoted(const QString &text)
{
    return '"' + text.toUtf8() + '"';
}

QByteArray hash(SeededRandom &random, int length)
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out.append(alphabet[random.below(int(sizeof(alphabet) - 1))]);
    return out;
}

} // namespace

QByteArray PodListGenerator::pod(int number)
{
    const Target &target = m_targets[number % m_targets.size()];
    const QByteArray app =
        target.labels.value(QStringLiteral("app"), QStringLiteral("app")).toUtf8();
    const QByteArray templateHash = hash(m_random, 10);
    const QByteArray name = app + '-' + templateHash + '-' + hash(m_random, 5);
    const QByteArray ns = target.namespaceName.toUtf8();
    const QByteArray ip = "10." + QByteArray::number(number / 65536 % 256) + '.' +
                          QByteArray::number(number / 256 % 256) + '.' +
                          QByteArray::number(number % 256);
    const QByteArray node = "node-" + QByteArray::number(m_random.below(300));
    const bool ready = !m_random.percent(10);
    const QByteArray readyText = ready ? "\"True\"" : "\"False\"";
    QByteArray labels;
    for (auto it = target.labels.cbegin(); it != target.labels.cend(); ++it)
        labels += "                    " + quoted(it.key()) + ": " + quoted(it.value()) + ",\n";
    labels += "                    \"pod-template-hash\": \"" + templateHash + "\",\n";
    labels += "                    \"security.istio.io/tlsMode\": \"istio\",\n";
    labels += "                    \"version\": \"v" + QByteArray::number(m_random.between(1, 3)) +
              "\"\n";
    QByteArray out;
    out.reserve(3200);
    out +=
        R"(        {
            "apiVersion": "v1",
            "kind": "Pod",
            "metadata": {
                "annotations": {
                    "istio.io/rev": "default",
                    "kubectl.kubernetes.io/default-container": ")" +
        app + R"(",
                    "prometheus.io/port": "15020"
                },
                "creationTimestamp": "2026-08-01T10:00:00Z",
                "generateName": ")" +
        app + '-' + templateHash + R"(-",
                "labels": {
)" + labels +
        R"(                },
                "managedFields": [
                    {
                        "apiVersion": "v1",
                        "fieldsType": "FieldsV1",
                        "fieldsV1": {"f:metadata": {"f:generateName": {}, "f:labels": {".": {}, "f:app": {}}}, "f:spec": {"f:containers": {"k:{\"name\":\")" +
        app + R"(\"}": {".": {}, "f:image": {}, "f:name": {}}}}},
                        "manager": "kube-controller-manager",
                        "operation": "Update",
                        "time": "2026-08-01T10:00:00Z"
                    }
                ],
                "name": ")" +
        name + R"(",
                "namespace": ")" +
        ns + R"(",
                "ownerReferences": [
                    {
                        "apiVersion": "apps/v1",
                        "blockOwnerDeletion": true,
                        "controller": true,
                        "kind": "ReplicaSet",
                        "name": ")" +
        app + '-' + templateHash + R"(",
                        "uid": "5b1c2d3e-0000-4000-8000-)" +
        QByteArray::number(100000000000LL + number) + R"("
                    }
                ],
                "resourceVersion": ")" +
        QByteArray::number(1000000 + number) + R"(",
                "uid": "9f8e7d6c-0000-4000-8000-)" +
        QByteArray::number(200000000000LL + number) + R"("
            },
            "spec": {
                "containers": [
                    {
                        "env": [
                            {"name": "SERVICE_NAME", "value": ")" +
        app + R"("}
                        ],
                        "image": "registry.example.com/)" +
        app + R"(:1.4.2",
                        "imagePullPolicy": "IfNotPresent",
                        "name": ")" +
        app + R"(",
                        "ports": [
                            {"containerPort": 8080, "name": "http", "protocol": "TCP"},
                            {"containerPort": 9090, "name": "metrics", "protocol": "TCP"}
                        ]
                    }
                ],
                "dnsPolicy": "ClusterFirst",
                "nodeName": ")" +
        node + R"(",
                "restartPolicy": "Always",
                "serviceAccountName": ")" +
        app + R"(",
                "volumes": [
                    {"emptyDir": {"medium": "Memory"}, "name": "istio-envoy"}
                ]
            },
            "status": {
                "conditions": [
                    {"lastTransitionTime": "2026-08-01T10:00:05Z", "status": "True", "type": "Initialized"},
                    {"lastTransitionTime": "2026-08-01T10:00:09Z", "status": )" +
        readyText + R"(, "type": "Ready"},
                    {"lastTransitionTime": "2026-08-01T10:00:09Z", "status": )" +
        readyText + R"(, "type": "ContainersReady"},
                    {"lastTransitionTime": "2026-08-01T10:00:00Z", "status": "True", "type": "PodScheduled"}
                ],
                "hostIP": "192.168.0.)" +
        QByteArray::number(m_random.below(250)) + R"(",
                "phase": "Running",
                "podIP": ")" +
        ip + R"(",
                "podIPs": [{"ip": ")" +
        ip + R"("}],
                "qosClass": "Burstable",
                "startTime": "2026-08-01T10:00:00Z"
            }
        })";
    return out;
}

bool PodListGenerator::write(QIODevice *out, int count)
{
    QByteArray chunk = "{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n";
    for (int i = 0; i < count; ++i) {
        chunk += pod(i);
        chunk += i + 1 < count ? ",\n" : "\n";
        if (chunk.size() > 4 * 1024 * 1024) {
            if (out->write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    chunk += "    ],\n    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": "
             "\"\"\n    }\n}\n";
    return out->write(chunk) == chunk.size();
}

} // namespace MeshEntry
