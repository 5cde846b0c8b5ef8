#pragma once

#include "fieldmessage.h"
#include "yamlpath.h"

#include <QList>
#include <QStringList>

class QWidget;

namespace MeshEntry {

class SpanTree;

/**
 * A part of a form that edits the document at a path: a line edit, a combo, a list or a
 * table. The form refreshes it from the tree, hands it the messages under its path and asks
 * it to focus a path.
 */
class FormField
{
public:
    virtual ~FormField() = default;

    /// The path this field edits.
    virtual YamlPath fieldPath() const = 0;
    /// Field table patterns this field shows and edits, so that the form lists every other key
    /// as an "other field".
    virtual QStringList patterns() const = 0;
    /**
     * How many segments of path this field covers (-1: none). The form shows a message on the
     * field that covers most of its path.
     */
    virtual int matchLength(const YamlPath &path) const
    {
        const FieldMessage probe{path, FieldMessage::Error, {}, {}};
        return probe.isUnder(fieldPath()) ? fieldPath().size() : -1;
    }
    /**
     * Re-reads the value from a tree without syntax errors. A widget whose text already says
     * what the tree says is left alone, so typing keeps its cursor.
     */
    virtual void refresh(const SpanTree &tree) = 0;
    virtual void setMessages(const QList<FieldMessage> &messages) = 0;
    /// Focuses the part that edits path (a cell, a row); returns the widget that has focus.
    virtual QWidget *focusPath(const YamlPath &path) = 0;
    virtual void setReadOnly(bool readOnly) = 0;
};

} // namespace MeshEntry
