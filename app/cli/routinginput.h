#pragma once

#include "routingmodel.h"
#include "yamlfile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace MeshEntry {

/**
 * What `meshentry route` and `meshentry visible` share: the options that describe the mesh
 * (--mesh-config, --namespaces, -n/--namespace, --from, --output), loading PATH... into a
 * RoutingModel, and naming the document and line a finding or a step points at.
 */
class RoutingInput
{
public:
    RoutingInput();

    /// Adds the shared options to parser.
    void addOptions(QCommandLineParser *parser) const;
    /// Reads the options and loads the files; returns 0 or the exit code to stop with (the
    /// problem already printed). Unreadable PATHs do not stop it: see unreadable().
    int load(const QCommandLineParser &parser, const QString &usage);

    bool json() const { return m_json; }
    const QString &fromNamespace() const { return m_from; }
    const RoutingModel &model() const { return m_model; }
    bool unreadable() const { return m_unreadable; }

    /// {namespace, name, file, document} of a ServiceEntry document.
    QJsonObject entryObject(int document) const;
    /// "FILE:LINE" of a field of a document (the document's first line when absent).
    QString location(int document, const YamlPath &path) const;
    /// Validation errors of a document, "RULE: message (FILE:LINE)"; empty when it is valid.
    QStringList errors(int document) const;

private:
    struct Document {
        int file = -1;
        int index = -1;
    };

    QCommandLineOption m_output;
    QCommandLineOption m_meshConfig;
    QCommandLineOption m_namespaces;
    QCommandLineOption m_namespace;
    QCommandLineOption m_fromOption;
    bool m_json = false;
    QString m_from;
    QString m_defaultNamespace = QStringLiteral("default");
    bool m_unreadable = false;
    RoutingModel m_model;
    std::vector<std::unique_ptr<YamlFile>> m_files;
    QStringList m_names;
    QList<Document> m_documents; ///< by model document id
};

} // namespace MeshEntry
