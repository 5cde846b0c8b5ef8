#pragma once

#include "diagnosticsmodel.h"
#include "outlinemodel.h"
#include "validationworkspace.h"

#include <QHash>
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

    QList<Diagnostic> diagnostics(const EditorDocument *file, int document) const;
    DiagnosticCounts counts(const EditorDocument *file, int document) const;
    /// Every diagnostic of a file with its 1-based line and column, for the panel.
    QList<LocatedDiagnostic> located(EditorDocument *file) const;

signals:
    void diagnosticsChanged(EditorDocument *file);

private:
    void announce(const ValidationDelta &delta, EditorDocument *changed);

    ValidationWorkspace m_workspace;
    QHash<const EditorDocument *, int> m_ids;
};

} // namespace MeshEntry
