#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace MeshEntry {

class YamlFile;

/// The resources MeshEntry creates: a blank ServiceEntry or WorkloadEntry, and templates for
/// common cases, each a YAML file under :/templates.
namespace DocumentTemplates {

struct Template {
    QString id;       ///< "serviceentry", "external-https-api", …
    QString title;    ///< "External HTTPS API"
    QString summary;  ///< one line for the New dialog
    QString resource; ///< ":/templates/….yaml"
};

/// Blank resources first, then the templates.
const QList<Template> &all();
const Template *find(const QString &id);
/// The template's YAML (LF line breaks).
QByteArray read(const Template &entry);

/**
 * The template's documents ready to add to file: written with the file's line breaks, in the
 * namespace the file's other documents use (when the template sets none), each named so that
 * it does not collide with a document of its kind and namespace already there.
 */
QByteArray instantiate(const QByteArray &templateText, const YamlFile &file);

} // namespace DocumentTemplates

} // namespace MeshEntry
