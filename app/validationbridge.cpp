#include "validationbridge.h"

#include "editordocument.h"

#include <QSet>

namespace MeshEntry {

ValidationBridge::ValidationBridge(QObject *parent) : QObject(parent)
{
    // Every document keeps its node store (built when the file was opened): forms and
    // revalidation never parse again.
}

void ValidationBridge::addFile(EditorDocument *file)
{
    const int id = m_workspace.addFile(&file->file(), file->displayName());
    m_ids.insert(file, id);
    connect(file, &EditorDocument::documentChanged, this, [this, file](int document) {
        announce(m_workspace.documentChanged(m_ids.value(file), document), file, document);
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
                announce(delta, file, -1);
            });
    announce(m_workspace.validateFile(id), file, -1);
}

void ValidationBridge::removeFile(EditorDocument *file)
{
    disconnect(file, nullptr, this, nullptr);
    const ValidationDelta delta = m_workspace.removeFile(m_ids.take(file));
    announce(delta, nullptr, -1);
}

void ValidationBridge::announce(const ValidationDelta &delta, EditorDocument *changed, int document)
{
    // Cross-document checks can change findings in other documents and other open files.
    QHash<int, QSet<int>> touched;
    for (const QList<Diagnostic> *list : {&delta.removed, &delta.added}) {
        for (const Diagnostic &diagnostic : *list)
            touched[diagnostic.file].insert(diagnostic.document);
    }
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        auto *file = const_cast<EditorDocument *>(it.key());
        if (file == changed && document < 0) {
            emit diagnosticsChanged(file, {});
            continue;
        }
        QSet<int> documents = touched.value(it.value());
        if (file == changed)
            documents.insert(document);
        if (documents.isEmpty())
            continue;
        QList<int> sorted(documents.cbegin(), documents.cend());
        std::sort(sorted.begin(), sorted.end());
        emit diagnosticsChanged(file, sorted);
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

QList<Diagnostic> ValidationBridge::diagnostics(const EditorDocument *file) const
{
    const auto id = m_ids.constFind(file);
    return id == m_ids.cend() ? QList<Diagnostic>() : m_workspace.diagnostics(*id);
}

} // namespace MeshEntry
