#pragma once

#include <QList>
#include <QObject>
#include <QUndoGroup>

class QWidget;

namespace MeshEntry {

class Autosaver;
class EditorDocument;
class RecentFiles;

/**
 * The open files (after Tiled's DocumentManager): opening, creating, saving, reloading and
 * closing them, with the questions these ask (unsaved changes, errors), the undo group, the
 * autosaver and the recent-files list. Views never own files: they learn of them through
 * fileAdded() and fileAboutToClose().
 *
 * Opening is the one place that reads files. It hands a file to the window only once it is
 * loaded (a worker reads large files behind a progress dialog), so moving indexing and
 * validation into workers changes this class and nothing that listens to it.
 */
class DocumentManager : public QObject
{
    Q_OBJECT
public:
    /// dialogParent owns the questions and progress dialogs.
    explicit DocumentManager(QWidget *dialogParent);
    ~DocumentManager() override;

    const QList<EditorDocument *> &files() const { return m_files; }
    QUndoGroup *undoGroup() { return &m_undoGroup; }
    RecentFiles *recentFiles() const { return m_recent; }
    Autosaver *autosaver() const { return m_autosaver; }

    /// Opens path, or returns it when it is open already; null when it cannot be read (the
    /// user was told) or the user cancelled.
    EditorDocument *open(const QString &path);
    /// A new untitled file; initial text arrives as one undoable edit named description.
    EditorDocument *create(const QByteArray &initial = {}, const QString &description = {});
    bool save(EditorDocument *file);
    bool saveAs(EditorDocument *file);
    bool saveAll();
    /// Asks to save unsaved changes; false when the user cancels.
    bool maybeSave(EditorDocument *file);
    /// maybeSave() for every file, for quitting.
    bool maybeSaveAll();
    bool close(EditorDocument *file);
    /// Replaces the buffer with the file on disk (asking first when it has unsaved changes).
    void reload(EditorDocument *file);
    /// Reloads without asking, for a banner's Reload button.
    void reloadNow(EditorDocument *file);
    /// Offers buffers autosaved before a crash.
    void offerRecovery();
    /// Autosaves or stops, as the preferences say.
    void applyAutosavePreference();
    /// Forgets autosaves of every file, for a clean exit.
    void forgetAutosaves();

signals:
    void fileAdded(EditorDocument *file);
    void fileAboutToClose(EditorDocument *file);
    /// A file is about to be saved, reloaded or closed: pending typing must reach it first.
    void aboutToUseFiles();
    void statusMessage(const QString &text, int timeoutMs);
    /// The file on disk changed while the buffer has unsaved changes.
    void conflictOnDisk(EditorDocument *file);
    /// The file was deleted (or moved away) while open; its text stays in the buffer.
    void deletedOnDisk(EditorDocument *file);
    void modificationChanged();

private:
    void adopt(EditorDocument *file);
    EditorDocument *load(const QString &path, QString *error, bool *cancelled);
    void onChangedOnDisk(EditorDocument *file);
    void detach(EditorDocument *file);

    QWidget *m_dialogParent;
    QList<EditorDocument *> m_files;
    QUndoGroup m_undoGroup;
    Autosaver *m_autosaver;
    RecentFiles *m_recent;
};

} // namespace MeshEntry
