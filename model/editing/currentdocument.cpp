#include "currentdocument.h"

#include "editordocument.h"

#include <utility>

namespace MeshEntry {

CurrentDocument::CurrentDocument(QObject *parent) : QObject(parent) {}

void CurrentDocument::set(EditorDocument *file, int document, Origin origin)
{
    const int clamped = file ? qBound(0, document, file->file().documentCount() - 1) : -1;
    const bool fileChanged = file != m_file;
    if (!fileChanged && clamped == m_document)
        return;
    if (fileChanged)
        follow(file);
    m_document = clamped;
    m_origin = origin;
    emit changed(file, clamped, fileChanged);
}

void CurrentDocument::follow(EditorDocument *file)
{
    if (m_file)
        disconnect(m_file, nullptr, this, nullptr);
    m_file = file;
    if (!file)
        return;
    // Applied once the file's views were reset (documentsReset follows documentsReplaced), so
    // that panes moving to the new index find it in their models.
    connect(file, &EditorDocument::documentsReplaced, this,
            [this](int first, int removed, int inserted) {
                m_pendingReplace = {first, removed, inserted};
            });
    connect(file, &EditorDocument::documentsReset, this, [this] {
        if (m_pendingReplace.first < 0)
            return;
        const Replace change = std::exchange(m_pendingReplace, Replace());
        onDocumentsReplaced(change.first, change.removed, change.inserted);
    });
    connect(file, &QObject::destroyed, this, [this] {
        m_document = -1;
        emit changed(nullptr, -1, true);
    });
}

void CurrentDocument::onDocumentsReplaced(int first, int removed, int inserted)
{
    int document = m_document;
    const bool replaced = document >= first && document < first + removed;
    if (document >= first + removed)
        document += inserted - removed; // after the change: moves with it
    else if (replaced)
        document = first + qMin(document - first, qMax(inserted - 1, 0)); // inside: stays put
    const int count = m_file->file().documentCount();
    document = qBound(0, document, count - 1);
    // A replaced current document is another document even where its index stays.
    if (document == m_document && !replaced)
        return;
    m_document = document;
    m_origin = Origin::Program;
    emit changed(m_file, document, false);
}

} // namespace MeshEntry
