#pragma once

#include <QObject>

class QWidget;

namespace MeshEntry {

class CurrentDocument;
class DocumentManager;

/**
 * The Document menu's and File ▸ New's commands on the current file: create a resource (in the
 * open file or a new one), duplicate the current document under a free name and select the
 * copy, delete it. Each is one undo step named after what it did.
 */
class DocumentCommands : public QObject
{
    Q_OBJECT
public:
    DocumentCommands(DocumentManager *documents, CurrentDocument *current, QWidget *dialogParent);

    /// Asks what to create (NewDocumentDialog) and creates it.
    void newDocument();
    /// Adds a DocumentTemplates entry to the current file (or to a new file).
    void addTemplate(const QString &id, bool toCurrentFile);
    void duplicateCurrent();
    void deleteCurrent();
    /// Whether the current file takes edits and has a document selected.
    bool canEditCurrent() const;

private:
    DocumentManager *m_documents;
    CurrentDocument *m_current;
    QWidget *m_dialogParent;
};

} // namespace MeshEntry
