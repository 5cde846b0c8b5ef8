#include "validationbridge.h"

#include "editordocument.h"

#include <QSet>

namespace MeshEntry {

ValidationBridge::ValidationBridge(QObject *parent) : QObject(parent)
{
    // Trees are parsed again on demand (tens of µs); keeping 40,000 of them costs 500 MB.
    m_workspace.setReleaseTrees(true);
}

void ValidationBridge::addFile(EditorDocument *file)
{
    const int id = m_workspace.addFile(&file->file(), file->displayName());
    m_ids.insert(file, id);
    connect(file, &EditorDocument::documentChanged, this, [this, file](int document) {
        announce(m_workspace.documentChanged(m_ids.value(file), document), file);
    });
    connect(file, &EditorDocument::documentsReplaced, this,
            [this, file](int first, int removed, int inserted) {
                const int id = m_ids.value(file);
                ValidationDelta delta;
                for (int i = 0; i < removed; ++i) {
                    const ValidationDelta step = m_workspace.documentRemoved(id, first);
                    delta.removed += step.removed;
                    delta.added += step.added;
                }
                for (int i = 0; i < inserted; ++i) {
                    const ValidationDelta step = m_workspace.documentInserted(id, first + i);
                    delta.removed += step.removed;
                    delta.added += step.added;
                }
                announce(delta, file);
            });
    announce(m_workspace.validateFile(id), file);
}

void ValidationBridge::removeFile(EditorDocument *file)
{
    disconnect(file, nullptr, this, nullptr);
    const ValidationDelta delta = m_workspace.removeFile(m_ids.take(file));
    announce(delta, nullptr);
}

void ValidationBridge::announce(const ValidationDelta &delta, EditorDocument *changed)
{
    // Cross-document checks can change findings in other open files too.
    QSet<int> files;
    for (const Diagnostic &diagnostic : delta.removed)
        files.insert(diagnostic.file);
    for (const Diagnostic &diagnostic : delta.added)
        files.insert(diagnostic.file);
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        if (it.key() == changed || files.contains(it.value()))
            emit diagnosticsChanged(const_cast<EditorDocument *>(it.key()));
    }
}

QList<Diagnostic> ValidationBridge::diagnostics(const EditorDocument *file, int document) const
{
    const auto id = m_ids.constFind(file);
    return id == m_ids.cend() ? QList<Diagnostic>() : m_workspace.diagnostics(*id, document);
}

DiagnosticCounts ValidationBridge::counts(const EditorDocument *file, int document) const
{
    DiagnosticCounts counts;
    for (const Diagnostic &diagnostic : diagnostics(file, document)) {
        if (diagnostic.severity == Severity::Error)
            ++counts.errors;
        else if (diagnostic.severity == Severity::Warning)
            ++counts.warnings;
    }
    return counts;
}

QList<LocatedDiagnostic> ValidationBridge::located(EditorDocument *file) const
{
    QList<LocatedDiagnostic> rows;
    const auto id = m_ids.constFind(file);
    if (id == m_ids.cend())
        return rows;
    for (const Diagnostic &diagnostic : m_workspace.diagnostics(*id)) {
        const FilePosition position = m_workspace.startPosition(diagnostic);
        rows.append({diagnostic, file, position.line + 1, position.column + 1});
    }
    return rows;
}

} // namespace MeshEntry
