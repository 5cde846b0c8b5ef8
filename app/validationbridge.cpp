#include "validationbridge.h"

#include "diagnosticsmodel.h"
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
        // The server's findings were about the text before this edit.
        m_serverFindings[file].remove(document);
        announce(m_workspace.documentChanged(m_ids.value(file), document), file, document);
    });
    connect(file, &EditorDocument::documentsReplaced, this,
            [this, file](int first, int removed, int inserted) {
                m_serverFindings.remove(file);
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
    m_serverFindings.remove(file);
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
    emit documentsChanged();
}

bool ValidationBridge::locate(int id, EditorDocument **file, int *document) const
{
    int fileId = -1;
    if (!m_workspace.locate(id, &fileId, document))
        return false;
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        if (it.value() == fileId) {
            *file = const_cast<EditorDocument *>(it.key());
            return true;
        }
    }
    return false;
}

void ValidationBridge::setWorkloads(const WorkloadInventory *inventory)
{
    announce(m_workspace.workloadsChanged(inventory), nullptr, -1);
}

void ValidationBridge::setMesh(const MeshConfig &mesh)
{
    ValidationOptions options = m_workspace.options();
    options.mesh = mesh;
    m_workspace.setOptions(options);
    m_workspace.validateAll();
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        emit diagnosticsChanged(const_cast<EditorDocument *>(it.key()), {});
}

QList<Diagnostic> ValidationBridge::diagnostics(const EditorDocument *file, int document) const
{
    const auto id = m_ids.constFind(file);
    if (id == m_ids.cend())
        return {};
    QList<Diagnostic> list = m_workspace.diagnostics(*id, document);
    const QList<Diagnostic> server = m_serverFindings.value(file).value(document);
    if (!server.isEmpty()) {
        list += server;
        std::sort(list.begin(), list.end(), diagnosticLessThan);
    }
    return list;
}

void ValidationBridge::setServerFindings(EditorDocument *file, int document,
                                         const QList<Diagnostic> &findings)
{
    const auto id = m_ids.constFind(file);
    if (id == m_ids.cend())
        return;
    QList<Diagnostic> located = findings;
    for (Diagnostic &diagnostic : located) {
        diagnostic.file = *id;
        diagnostic.document = document;
    }
    if (located.isEmpty() && !m_serverFindings.value(file).contains(document))
        return;
    if (located.isEmpty())
        m_serverFindings[file].remove(document);
    else
        m_serverFindings[file].insert(document, located);
    emit diagnosticsChanged(file, {document});
}

DiagnosticCounts ValidationBridge::counts(const EditorDocument *file, int document) const
{
    // As the panel counts: a finding two layers report is one.
    return DiagnosticsModel::countRows(diagnostics(file, document));
}

QList<Diagnostic> ValidationBridge::diagnostics(const EditorDocument *file) const
{
    const auto id = m_ids.constFind(file);
    if (id == m_ids.cend())
        return {};
    QList<Diagnostic> list = m_workspace.diagnostics(*id);
    const QMap<int, QList<Diagnostic>> server = m_serverFindings.value(file);
    if (!server.isEmpty()) {
        for (const QList<Diagnostic> &findings : server)
            list += findings;
        std::sort(list.begin(), list.end(), diagnosticLessThan);
    }
    return list;
}

} // namespace MeshEntry
