#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace MeshEntry {

class Banner;
class CurrentDocument;
class DocumentManager;
class EditorDocument;

/**
 * What the banner above the editor says about the shown file: that it is read-only (with
 * Save a Copy), that its edits wait for a large file's validation, or that it changed on disk
 * while it has unsaved changes (Reload, Keep Mine, Show Differences).
 */
class BannerController : public QObject
{
    Q_OBJECT
public:
    BannerController(Banner *banner, CurrentDocument *current, DocumentManager *documents,
                     QWidget *dialogParent);

private:
    void showState();
    void showConflict(EditorDocument *file);
    void showDeleted(EditorDocument *file);
    void showDifferences(EditorDocument *file);

    Banner *m_banner;
    CurrentDocument *m_current;
    DocumentManager *m_documents;
    QWidget *m_dialogParent;
    QPointer<EditorDocument> m_conflict; ///< the file whose disk conflict is shown
    QPointer<EditorDocument> m_deleted;  ///< the file deleted from disk while open
};

} // namespace MeshEntry
