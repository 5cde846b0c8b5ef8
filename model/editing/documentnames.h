#pragma once

#include <QString>

namespace MeshEntry {

class YamlFile;

/// Names for documents a file is given: copies and new resources get names no other document
/// of their kind and namespace has, so they do not collide (ME-DUPLICATE-NAME).
namespace DocumentNames {

/// wanted when no document of kind in namespace is called so, else wanted-2, wanted-3…
QString freeName(const YamlFile &file, const QString &kind, const QString &namespaceName,
                 const QString &wanted);
/// The name of a copy: name-copy, name-copy-2…
QString copyName(const YamlFile &file, const QString &kind, const QString &namespaceName,
                 const QString &name);
/// The namespace most of the file's named documents use; empty when none has one.
QString commonNamespace(const YamlFile &file);

} // namespace DocumentNames

} // namespace MeshEntry
