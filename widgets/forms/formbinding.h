#pragma once

#include "yamlpath.h"
#include "yamlvalue.h"

#include <QObject>
#include <QPointer>

namespace MeshEntry {

class EditorDocument;
class FieldTable;
class SpanTree;
struct FieldSpec;

/**
 * What every field of one form shares: the document and index it edits, the field table its
 * help comes from, and the edit calls. Fields never touch the text; they call these, which
 * push undo commands through EditorDocument.
 */
class FormBinding : public QObject
{
    Q_OBJECT
public:
    /// How a field's text becomes a YAML value.
    enum class ScalarKind {
        String, ///< always a string (quoted when YAML would read it as something else)
        Number, ///< plain when it reads as an integer, so ports stay numbers; else a string
    };
    /// What clearing a field does.
    enum class WhenEmpty { RemoveKey, WriteEmpty };

    explicit FormBinding(const FieldTable *table, QObject *parent = nullptr);

    void setDocument(EditorDocument *document, int index);
    EditorDocument *document() const;
    int index() const { return m_index; }
    /// The document's tree, or nullptr when there is no such document.
    const SpanTree *tree() const;

    /// The table entry for a pattern such as `spec.ports[].number`, or nullptr.
    const FieldSpec *spec(QStringView pattern) const;
    /// The pattern of the table entry for a concrete path (`spec.ports[2].name` →
    /// `spec.ports[].name`), or empty when the table has none.
    QString patternOf(const YamlPath &path) const;
    /// Tooltip for a field: its one-line help and its default.
    QString toolTip(QStringView pattern) const;
    /// What's This text: help, docs, default and any supplement from FormFacts.
    QString whatsThis(QStringView pattern) const;
    /// The default Istio uses when the field is absent; empty if none.
    QString defaultValue(QStringView pattern) const;
    /// Placeholder for an empty field: the default when there is one (it is what empty means),
    /// otherwise the one-line help (what goes here).
    QString placeholder(QStringView pattern) const;

    /// Text for a node as a field shows it: the scalar, or a compact rendering of a collection.
    static QString displayText(const SpanTree &tree, int node);

    /// Writes text typed into a field at path; returns why it was refused, or empty.
    QString writeText(const YamlPath &path, const QString &text, ScalarKind kind,
                      WhenEmpty whenEmpty, const QString &mergeKey);
    QString setValue(const YamlPath &path, const YamlValue &value, const QString &mergeKey = {});
    QString remove(const YamlPath &path);
    QString insertItem(const YamlPath &path, int index, const YamlValue &value,
                       const QString &mergeKey = {});
    QString moveItem(const YamlPath &path, int from, int to);
    QString renameKey(const YamlPath &path, const QString &newKey, const QString &mergeKey);
    /// The value typed text stands for.
    static YamlValue valueFor(const QString &text, ScalarKind kind);

    /**
     * A merge key for edits of one field: keystrokes in the same field during one visit merge
     * into one undo step; a later visit starts a new step.
     */
    QString mergeKey(const QString &field) const;
    /// Starts a new visit (a field gained focus or a cell editor opened).
    void startEditSession() { ++m_session; }

    /// A field gained focus; the form re-emits it as fieldActivated.
    void activate(const YamlPath &path) { emit activated(path); }

signals:
    void activated(const YamlPath &path);

private:
    const FieldTable *m_table;
    QPointer<EditorDocument> m_document;
    int m_index = -1;
    int m_session = 0;
};

} // namespace MeshEntry
