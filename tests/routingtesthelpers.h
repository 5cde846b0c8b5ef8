#pragma once

// Builds a RoutingModel from YAML text, as the workspace would feed it, and asks it requests.

#include "meshconfigloader.h"
#include "routingmodel.h"
#include "yamlfile.h"

#include <QtTest>

namespace MeshEntry::RoutingTest {

/// A model of the documents of text (document i has id i); mesh is MeshConfig YAML.
inline std::unique_ptr<RoutingModel>
model(const QByteArray &text, const QByteArray &mesh = {},
      const QString &defaultNamespace = QStringLiteral("default"))
{
    auto routing = std::make_unique<RoutingModel>();
    if (!mesh.isEmpty()) {
        MeshConfig config;
        QString error;
        if (!MeshConfigLoader::fromBytes(mesh, QStringLiteral("mesh.yaml"), &config, &error))
            qWarning("mesh config: %s", qPrintable(error));
        routing->setMeshConfig(config);
    }
    const YamlFile file = YamlFile::fromBytes(text);
    for (int i = 0; i < file.documentCount(); ++i) {
        const YamlDocument &document = file.document(i);
        const QString ns = document.info().namespaceName.isEmpty() ? defaultNamespace
                                                                   : document.info().namespaceName;
        routing->documentRead(i, document, ns);
    }
    routing->update();
    return routing;
}

inline RoutingRequest request(const QString &from, quint32 port, const QString &address,
                              const QString &host, RoutingRequest::Protocol protocol,
                              const QString &sni = QString())
{
    RoutingRequest r;
    r.fromNamespace = from;
    r.port = port;
    r.address = address;
    r.host = host;
    r.protocol = protocol;
    r.sni = sni;
    return r;
}

/// The step ids of an answer, in order.
inline QStringList stepRules(const RouteAnswer &answer)
{
    QStringList rules;
    for (const RouteStep &step : answer.steps)
        rules.append(step.rule);
    return rules;
}

/// Every step as "RULE: detail", for failure messages.
inline QString story(const RouteAnswer &answer)
{
    QString text;
    for (const RouteStep &step : answer.steps)
        text += step.rule + QStringLiteral(": ") + step.detail + u'\n';
    return text;
}

} // namespace MeshEntry::RoutingTest
