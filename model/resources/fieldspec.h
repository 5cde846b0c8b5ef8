#pragma once

#include <QString>
#include <QStringList>

namespace MeshEntry {

/// The JSON shape a field has in the CRD schema and in Istio's protobuf message.
enum class FieldType {
    String,
    Integer, ///< uint32 in the protobuf message, integer 0..4294967295 in the CRD schema
    Enum,    ///< a string naming one of enumValues (protobuf JSON also takes the number)
    Object,
    List,
    Map, ///< string keys; the value's spec is the `<path>.*` entry
    Any, ///< not checked (status, Kubernetes' own metadata fields)
};

/**
 * One field of a resource kind. Patterns name list items `[]` and map values `.*`:
 * `spec.ports[].number`, `spec.endpoints[].ports.*`. The same entries drive validation
 * (types, enum names, unknown fields, CRD limits) and the forms, tooltips and completion.
 */
struct FieldSpec {
    QString path;
    FieldType type = FieldType::Any;
    QStringList enumValues; ///< Enum: names in protobuf order (the index is the enum number)
    QString defaultValue;   ///< what Istio uses when the field is absent; empty when nothing
    QString help;           ///< one line, for tooltips and completion
    QString docs;           ///< a paragraph, for the help panel
    QString label;          ///< what a person calls it ("port", "host"); empty: from the name
    bool required = false;  ///< the CRD schema requires it
    int minItems = -1;      ///< List/Map: CRD lower bound on entries, -1 when none
    int maxItems = -1;      ///< List/Map: CRD upper bound on entries, -1 when none
    int maxLength = -1;     ///< String: CRD upper bound on bytes, -1 when none

    /// The last segment of the path (`number` for `spec.ports[].number`).
    QString name() const;
    /// The pattern of the entry that contains this one, empty for top-level fields.
    QString parentPath() const;
    /// The label, or the name in words ("targetPort" → "target port"), for undo texts.
    QString displayLabel() const;
};

} // namespace MeshEntry
