#pragma once

#include "located.h"
#include "nodereader.h"

#include <QList>
#include <QString>

namespace MeshEntry {

/// A `metadata` block as Kubernetes reads it: name, namespace, labels and annotations.
struct ObjectMetaView {
    /// One entry of a string map (labels, annotations, selector labels).
    struct Entry {
        QString key;
        QString value;
        int keyNode = -1;
        int valueNode = -1;
    };

    int node = -1;
    Located<QString> name;
    Located<QString> namespaceName;
    QList<Entry> labels;
    int labelsNode = -1;
    QList<Entry> annotations;
    int annotationsNode = -1;

    /// Reads the metadata mapping of a document (node may be -1).
    static ObjectMetaView read(const NodeReader &reader, int node);
    /// Reads a string map; values that are not strings keep their text.
    static QList<Entry> readMap(const NodeReader &reader, int node);

    const Entry *label(QStringView key) const;
    const Entry *annotation(QStringView key) const;
};

} // namespace MeshEntry
