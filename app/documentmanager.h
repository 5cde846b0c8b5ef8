#pragma once

#include <QFutureSynchronizer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUndoGroup>

class QWidget;

namespace MeshEntry {

class Autosaver;
class EditorDocument;
class FileOpener;
class RecentFiles;
class ValidationBridge;

/**
 * The open files (after Tiled's DocumentManager): opening, creating, saving, reloading and
 * closing them, with the questions these ask (unsaved changes, errors), the undo group, the
 * autosaver and the recent-files list. Views never own files: they learn of them through
 * fileAdded() and fileAboutToClose().
 *
 * Opening is the one place that reads files. It hands a file to the window only once it is
 * loaded: a large file is read, indexed and validated in workers (FileOpener) behind a
 * progress dialog that leaves the window free, and other files' edits are held while its
 * validation owns the workspace (holdEdits()).
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

    /// Validation that prepares large files before the window shows them (not owned).
    void setValidation(ValidationBridge *validation);

    /// Opens path, or returns it when it is open already. A large file goes on opening in the
    /// background: null now, fileOpened() when it is ready (the user may cancel). Null too
    /// when it cannot be read (the user was told).
    EditorDocument *open(const QString &path);
    /// True while a large file is being opened (or waits for its turn).
    bool isOpening() const { return !m_openers.isEmpty(); }
    bool isOpening(const QString &path) const;
    /// The opener of the large file being opened now, for tests and the benchmark.
    FileOpener *currentOpener() const { return m_openers.value(0); }
    /// True while other files' edits wait for a large file's validation.
    bool editsHeld() const { return m_editsHeld; }
    /// True when file is one of those (read-only until then).
    bool isHeld(const EditorDocument *file) const;
    /// Makes file's undo history the active one (once edits are no longer held).
    void setActiveFile(EditorDocument *file);
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
    /// A file was opened from disk and is ready (after fileAdded()).
    void fileOpened(EditorDocument *file);
    /// Opening a large file started or ended (opened, failed or cancelled).
    void openingChanged(bool opening);
    void editsHeldChanged(bool held);
    void fileAboutToClose(EditorDocument *file);
    /// A file is about to be saved, reloaded or closed: pending typing must reach it first.
    void aboutToUseFiles();
    void statusMessage(const QString &text, int timeoutMs);
    /// The file on disk changed while the buffer has unsaved changes.
    void conflictOnDisk(EditorDocument *file);
    /// The file was deleted (or moved away) while open; its text stays in the buffer.
    void deletedOnDisk(EditorDocument *file);
    void modificationChanged();
    /// The documents of a closed file were freed, in the worker that freed them (connect
    /// with Qt::DirectConnection to learn which thread that was).
    void closedFileFreed(int documents);

private:
    void adopt(EditorDocument *file);
    void announceOpened(EditorDocument *file);
    void startOpener(FileOpener *opener);
    void finishOpener(FileOpener *opener);
    void holdEdits(bool hold);
    void onChangedOnDisk(EditorDocument *file);
    void detach(EditorDocument *file);
    /// Deletes a closed file; its documents are freed in a worker.
    void release(EditorDocument *file);

    QWidget *m_dialogParent;
    QPointer<ValidationBridge> m_validation;
    QList<FileOpener *> m_openers; ///< the first one runs, the others wait
    bool m_editsHeld = false;
    QList<QPointer<EditorDocument>> m_heldFiles; ///< made read-only by holdEdits()
    QPointer<EditorDocument> m_activeFile;
    QSet<EditorDocument *> m_changedWhileHeld;
    QList<EditorDocument *> m_files;
    QUndoGroup m_undoGroup;
    Autosaver *m_autosaver;
    RecentFiles *m_recent;
    QFutureSynchronizer<void> m_freeing;
};

} // namespace MeshEntry
