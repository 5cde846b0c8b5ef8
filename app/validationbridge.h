#pragma once

#include "outlinemodel.h"
#include "validationextension.h"
#include "validationworkspace.h"

#include <QHash>
#include <QMap>
#include <QObject>

namespace MeshEntry {

class EditorDocument;

/**
 * Keeps the diagnostics of every open file current: each change is passed to the
 * ValidationWorkspace in the same event-loop turn, which re-validates the changed document
 * and the cross-document checks it affects, in any open file.
 */
class ValidationBridge : public QObject
{
    Q_OBJECT
public:
    explicit ValidationBridge(QObject *parent = nullptr);

    void addFile(EditorDocument *file);
    void removeFile(EditorDocument *file);
    /// Cross-document checks computed outside validation (not owned); set before adding files.
    void setExtension(ValidationExtension *extension) { m_workspace.setExtension(extension); }
    /// The extension's own inputs changed (mesh settings): refreshes its findings.
    void extensionChanged() { announce(m_workspace.extensionChanged(), nullptr, -1); }
    /// The open file and index of a document id the extension knows; false when it is gone.
    bool locate(int id, EditorDocument **file, int *document) const;

    QList<Diagnostic> diagnostics(const EditorDocument *file, int document) const;
    /// Every diagnostic of a file, sorted by document and position.
    QList<Diagnostic> diagnostics(const EditorDocument *file) const;
    DiagnosticCounts counts(const EditorDocument *file, int document) const;
    /// What the API server said about a document (a dry run or an apply), shown beside the
    /// validation's own findings until the document changes.
    void setServerFindings(EditorDocument *file, int document, const QList<Diagnostic> &findings);

    /// Workloads beyond the open files (nullptr: unknown); re-runs the selector checks.
    void setWorkloads(const WorkloadInventory *inventory);
    /// New mesh settings: every document is validated again.
    void setMesh(const MeshConfig &mesh);

signals:
    /// Findings of these documents of file changed; an empty list means any document.
    void diagnosticsChanged(EditorDocument *file, const QList<int> &documents);
    /// Some document changed, appeared or went (after diagnosticsChanged).
    void documentsChanged();

private:
    /// Announces the documents whose findings delta touches; changed is the file that was
    /// edited (document: the edited one, or -1 when documents moved and all must refresh).
    void announce(const ValidationDelta &delta, EditorDocument *changed, int document);

    ValidationWorkspace m_workspace;
    QHash<const EditorDocument *, int> m_ids;
    QHash<const EditorDocument *, QMap<int, QList<Diagnostic>>> m_serverFindings;
};

} // namespace MeshEntry
