#pragma once

#include <QHash>
#include <QList>
#include <QObject>

namespace MeshEntry {

class CurrentDocument;
class DiagnosticsModel;
class DocumentManager;
class EditorDocument;
class FormPanel;
class OutlineModel;
class ValidationBridge;
class YamlEditor;

/**
 * Keeps every view of the findings current: the diagnostics panel's rows, the outline's
 * badges, the YAML pane's squiggles and margin dots and the form's marked fields. After an
 * edit only the documents whose findings changed are touched, so the cost does not grow with
 * the size of the file.
 */
class DiagnosticsController : public QObject
{
    Q_OBJECT
public:
    DiagnosticsController(DocumentManager *documents, CurrentDocument *current,
                          OutlineModel *outline, YamlEditor *yaml, FormPanel *forms,
                          QObject *parent = nullptr);

    DiagnosticsModel *model() const { return m_model; }
    ValidationBridge *validation() const { return m_validation; }
    /// "4 documents · 2 errors · 1 warning" for the status bar.
    QString summary() const;
    /// Hands the current document's findings to the form on screen (after it was shown).
    void updateFieldMessages();
    /// How many findings were marked in the YAML pane so far (what an edit's marking cost).
    quint64 markedFindings() const { return m_markedFindings; }

signals:
    void summaryChanged(const QString &text);

private:
    void onFindingsChanged(EditorDocument *file, const QList<int> &documents);
    void onCurrentChanged(EditorDocument *file, int document, bool fileChanged);
    /// Marks the findings of documents (sorted), one pane range per run of neighbours.
    void markChanged(EditorDocument *file, const QList<int> &documents);
    /// Replaces the pane's marks of documents first..last (and the next one's first line).
    void markText(EditorDocument *file, int first, int last);
    /// Marks every document of the shown file, a slice of documents per event-loop turn.
    void markAll(EditorDocument *file);
    void markSlice(EditorDocument *file, int first, quint64 generation);
    /// Takes every finding of a file into the panel, a slice of documents per event-loop turn
    /// (a large file has 70,000), then its totals, marks and the form's messages.
    void adoptAll(EditorDocument *file);
    void adoptSlice(EditorDocument *file, int first, quint64 generation);
    /// After the rows of documents changed: the outline's totals, the pane, the form, the
    /// status bar.
    void showChanged(EditorDocument *file, const QList<int> &changed);

    CurrentDocument *m_current;
    OutlineModel *m_outline;
    YamlEditor *m_yaml;
    FormPanel *m_forms;
    quint64 m_markGeneration = 0; ///< a newer markAll() stops the slices of an older one
    quint64 m_adoptions = 0;
    quint64 m_markedFindings = 0;
    /// The running adoption of each file; a newer one (or closing the file) stops an older one.
    QHash<const EditorDocument *, quint64> m_adopting;
    ValidationBridge *m_validation;
    DiagnosticsModel *m_model;
};

} // namespace MeshEntry
