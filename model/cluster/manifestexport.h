#pragma once

#include <QByteArray>
#include <QList>

namespace MeshEntry {

class YamlFile;

/// Documents made ready for kubectl or a clean file.
namespace ManifestExport {

/// The documents' text (all when documents is empty) with what a server sets removed
/// (managedFields, status, uid, resourceVersion, creationTimestamp, generation, selfLink and
/// the last-applied annotation). Each removal is a lossless edit, so comments and everything
/// else stay as written; documents are separated by `---` lines.
QByteArray cleanText(const YamlFile &file, const QList<int> &documents = {});

} // namespace ManifestExport
} // namespace MeshEntry
