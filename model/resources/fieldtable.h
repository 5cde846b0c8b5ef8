#pragma once

#include "fieldspec.h"
#include "yamlpath.h"
#include "yamltext.h"

#include <QList>
#include <QString>

namespace MeshEntry {

/**
 * Every field of one resource kind (ServiceEntry, WorkloadEntry), as the CRD schema and Istio's
 * protobuf messages define it, with defaults and help text. Tables are built once and never
 * change, so they may be shared freely.
 *
 * Besides lookups by pattern or concrete path, entries form a tree addressed by index so that a
 * validator can walk a document without building path strings: child() for object keys,
 * element() for list items and map values. Index -1 is the document root.
 */
class FieldTable
{
public:
    /// The table for a kind, or nullptr when MeshEntry does not know the kind.
    static const FieldTable *forKind(QStringView kind);
    /// Kinds that have a table.
    static QStringList kinds();

    const QString &kind() const { return m_kind; }
    const QList<FieldSpec> &fields() const { return m_fields; }
    const FieldSpec &at(int index) const { return m_fields[index]; }

    /// Entry for a pattern such as `spec.ports[].number`, or nullptr.
    const FieldSpec *field(QStringView pattern) const;
    /// Entry for a concrete path such as `spec.ports[2].number` or `spec.labels.app`, or nullptr.
    const FieldSpec *fieldAt(const YamlPath &path) const;
    /// Direct children of an Object entry; an empty pattern gives the top-level fields.
    QList<const FieldSpec *> children(QStringView pattern) const;

    /// Index of the entry for key under an Object entry (-1: the root), or -1 when unknown.
    int child(int parent, QStringView key) const;
    /// The same for a key as the node store holds it.
    int child(int parent, YamlText key) const;
    /// Index of the item entry of a List, or the value entry of a Map; -1 otherwise.
    int element(int parent) const;
    /// Indexes of the direct children of an Object entry (-1: the top-level fields).
    const QList<int> &childIndexes(int parent) const
    {
        return parent < 0 ? m_rootChildren : m_children[parent];
    }
    int indexOf(QStringView pattern) const;

private:
    explicit FieldTable(QString kind, QList<FieldSpec> fields);

    QString m_kind;
    QList<FieldSpec> m_fields;
    QList<QString> m_names;
    QList<QList<int>> m_children; ///< per entry; the root's are in m_rootChildren
    QList<int> m_rootChildren;
    QList<int> m_elements;
};

} // namespace MeshEntry
