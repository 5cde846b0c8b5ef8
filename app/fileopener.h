#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <atomic>

class QProgressDialog;
class QWidget;

namespace MeshEntry {

class EditorDocument;
class ValidationBridge;

/**
 * One large file on its way into the window: read and indexed in a worker, then validated in
 * another (ValidationBridge::prepareFile), behind a progress dialog that leaves the window
 * free (it repaints, its menus answer) and can cancel at any time. Ends with exactly one of
 * opened(), failed() or cancelled(); DocumentManager adopts an opened file.
 */
class FileOpener : public QObject
{
    Q_OBJECT
public:
    /// validation may be null (nothing to prepare).
    FileOpener(const QString &path, ValidationBridge *validation, QWidget *dialogParent,
               QObject *parent = nullptr);
    /// Waits for the workers: they use the file and the validation workspace.
    ~FileOpener() override;

    QString path() const { return m_path; }
    void start();
    /// As the dialog's Cancel button: stops reading, or drops the file once it is validated.
    void cancel();
    /// Brings the progress dialog to the front (the file was asked for again).
    void raiseDialog();
    QProgressDialog *dialog() const { return m_dialog; }

signals:
    /// The file is read and validated: the window can show it.
    void opened(EditorDocument *file);
    void failed(const QString &error);
    void cancelled();
    /// The cross-document validation starts (true) or ends (false).
    void validating(bool running);
    /// From the start of reading to the end of validation the workers read every open file
    /// and the validation workspace: other files must not change meanwhile.
    void holdsFiles(bool holding);

private:
    struct Loaded;
    void onRead();
    void finishCancelled();
    /// Ends the hold on the open files (once).
    void release();
    void closeDialog();

    QString m_path;
    ValidationBridge *m_validation;
    QProgressDialog *m_dialog; ///< owned (its parent is the window, which outlives this)
    std::atomic_bool m_cancel = false;
    bool m_cancelled = false;
    bool m_holding = false;
    EditorDocument *m_file = nullptr;
    QFutureWatcher<std::shared_ptr<Loaded>> m_read;
    QFutureWatcher<void> m_validated;
};

} // namespace MeshEntry
