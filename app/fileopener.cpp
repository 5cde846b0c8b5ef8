#include "fileopener.h"

#include "editordocument.h"
#include "validationbridge.h"
#include "workerpool.h"

#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QtConcurrent>

namespace MeshEntry {

struct FileOpener::Loaded {
    YamlFile file;
    DocumentObservations validated; ///< each document's own findings, made as it was read
    QByteArray diskHash;
    QString error;
    bool ok = false;
};

FileOpener::FileOpener(const QString &path, ValidationBridge *validation, QWidget *dialogParent,
                       QObject *parent)
    : QObject(parent), m_path(path), m_validation(validation),
      m_dialog(new QProgressDialog(dialogParent))
{
    // Not modal: the window keeps painting and its menus answer while the file opens.
    m_dialog->setWindowModality(Qt::NonModal);
    m_dialog->setWindowTitle(tr("Opening %1").arg(QFileInfo(path).fileName()));
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(0);
    m_dialog->setRange(0, 0);
    m_dialog->setMinimumWidth(420);
    connect(m_dialog, &QProgressDialog::canceled, this, &FileOpener::cancel);
    connect(&m_read, &QFutureWatcherBase::finished, this, &FileOpener::onRead);
    connect(&m_validated, &QFutureWatcherBase::finished, this, [this] {
        emit validating(false);
        release();
        if (m_cancelled)
            return finishCancelled();
        closeDialog();
        emit opened(std::exchange(m_file, nullptr));
    });
}

FileOpener::~FileOpener()
{
    m_cancel = true;
    m_read.waitForFinished();
    m_validated.waitForFinished();
    delete m_file;
    delete m_dialog;
}

void FileOpener::start()
{
    const QLocale locale;
    m_dialog->setLabelText(
        tr("Reading %1 (%2)…")
            .arg(QFileInfo(m_path).fileName(), locale.formattedDataSize(QFileInfo(m_path).size())));
    m_dialog->show();
    const QString path = m_path;
    // Validation checks each document in the thread that parses it, so from here on the
    // workspace and the open files belong to the workers.
    m_holding = true;
    emit holdsFiles(true);
    const DocumentObserver *validator = m_validation ? m_validation->beginJob() : nullptr;
    m_read.setFuture(QtConcurrent::run(workerPool(), [path, cancel = &m_cancel, validator] {
        auto loaded = std::make_shared<Loaded>();
        loaded->ok = YamlFile::load(path, &loaded->file, &loaded->error, cancel, validator,
                                    &loaded->validated);
        if (loaded->ok)
            loaded->diskHash = EditorDocument::diskHashOf(loaded->file);
        return loaded;
    }));
}

void FileOpener::onRead()
{
    const std::shared_ptr<Loaded> loaded = m_read.result();
    if (m_cancelled)
        return finishCancelled();
    if (!loaded->ok) {
        release();
        closeDialog();
        emit failed(loaded->error);
        return;
    }
    m_file = EditorDocument::adopt(std::move(loaded->file), m_path, nullptr, loaded->diskHash);
    if (!m_validation) {
        release();
        closeDialog();
        emit opened(std::exchange(m_file, nullptr));
        return;
    }
    m_dialog->setLabelText(
        tr("Validating %n document(s) of %1…", nullptr, m_file->file().documentCount())
            .arg(m_file->displayName()));
    emit validating(true);
    m_validated.setFuture(m_validation->prepareFile(m_file, std::move(loaded->validated)));
}

void FileOpener::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_cancel = true;
    closeDialog();
    // Reading stops at the next document; validation cannot stop, so its file is dropped
    // when it ends.
}

void FileOpener::release()
{
    if (!std::exchange(m_holding, false))
        return;
    if (m_validation)
        m_validation->abortJob(); // nothing when its job ran to the end
    emit holdsFiles(false);
}

void FileOpener::finishCancelled()
{
    release();
    if (m_file && m_validation)
        m_validation->discardFile(m_file);
    delete std::exchange(m_file, nullptr);
    closeDialog();
    emit cancelled();
}

void FileOpener::closeDialog()
{
    const bool active = m_dialog->isActiveWindow();
    m_dialog->close();
    // The window the dialog came from gets the keyboard back, as it had it before.
    if (active && m_dialog->parentWidget())
        m_dialog->parentWidget()->activateWindow();
}

void FileOpener::raiseDialog()
{
    if (m_cancelled)
        return;
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace MeshEntry
