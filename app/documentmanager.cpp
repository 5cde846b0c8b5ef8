#include "documentmanager.h"

#include "autosaver.h"
#include "editordocument.h"
#include "fileopener.h"
#include "messagetext.h"
#include "preferencesdialog.h"
#include "recentfiles.h"
#include "validationbridge.h"
#include "workerpool.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QtConcurrent>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace MeshEntry {

namespace {

/// After a large file came or went, once the work that follows it is done: the workers'
/// memory that was freed (the reading pass's, a closed file's) goes back to the system
/// instead of staying in malloc's arenas, which keep hundreds of megabytes otherwise.
/// In a worker: trimming a large heap takes a while.
void returnFreedMemoryLater()
{
#ifdef __GLIBC__
    constexpr int afterMs = 2000;
    QTimer::singleShot(afterMs, qApp,
                       [] { (void)QtConcurrent::run(workerPool(), [] { malloc_trim(0); }); });
#endif
}

/// Files larger than this are opened by workers behind a progress dialog.
constexpr qint64 largeFileBytes = 4 * 1024 * 1024;

} // namespace

DocumentManager::DocumentManager(QWidget *dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent),
      m_autosaver(new Autosaver(Autosaver::defaultDirectory(), this)),
      m_recent(new RecentFiles(this))
{}

DocumentManager::~DocumentManager()
{
    // Openers wait for their workers, which use the validation workspace.
    qDeleteAll(std::exchange(m_openers, {}));
    // The bridge's own job (new mesh settings) reads every open file.
    if (m_validation)
        m_validation->stop();
    // Every model and view lets go of a file before it is deleted.
    while (!m_files.isEmpty()) {
        EditorDocument *file = m_files.last();
        detach(file);
        delete file;
    }
    // Closed files' documents still being freed: the workers must not outlive this.
    m_freeing.waitForFinished();
}

void DocumentManager::setValidation(ValidationBridge *validation)
{
    m_validation = validation;
    // The bridge's own jobs (new mesh settings) read every open file in a worker too.
    connect(validation, &ValidationBridge::jobStarting, this, [this] {
        emit aboutToUseFiles();
        holdEdits(true);
    });
    connect(validation, &ValidationBridge::idle, this, [this] {
        if (m_openers.isEmpty()) // an opener ends its own hold
            holdEdits(false);
    });
}

void DocumentManager::startOpener(FileOpener *opener)
{
    // Its validation needs the workspace: after the job that runs now, if one does.
    if (m_validation && m_validation->isBusy()) {
        connect(
            m_validation, &ValidationBridge::idle, opener, [this, opener] { startOpener(opener); },
            Qt::SingleShotConnection);
        return;
    }
    opener->start();
}

bool DocumentManager::isOpening(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return std::any_of(m_openers.cbegin(), m_openers.cend(), [&absolute](FileOpener *opener) {
        return QFileInfo(opener->path()).absoluteFilePath() == absolute;
    });
}

EditorDocument *DocumentManager::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (EditorDocument *file : std::as_const(m_files)) {
        if (QFileInfo(file->path()).absoluteFilePath() == absolute)
            return file;
    }
    for (FileOpener *opener : std::as_const(m_openers)) {
        if (QFileInfo(opener->path()).absoluteFilePath() == absolute) {
            opener->raiseDialog();
            return nullptr;
        }
    }
    if (QFileInfo(path).size() >= largeFileBytes) {
        auto *opener = new FileOpener(path, m_validation, m_dialogParent, this);
        m_openers.append(opener);
        connect(opener, &FileOpener::holdsFiles, this, &DocumentManager::holdEdits);
        connect(opener, &FileOpener::opened, this, [this, opener](EditorDocument *file) {
            adopt(file);
            announceOpened(file);
            finishOpener(opener);
            returnFreedMemoryLater();
        });
        connect(opener, &FileOpener::failed, this, [this, opener](const QString &error) {
            finishOpener(opener);
            QMessageBox::warning(m_dialogParent, tr("Cannot Open File"),
                                 translatedMessage(YamlFile::errorTemplates(), error));
        });
        connect(opener, &FileOpener::cancelled, this, [this, opener] {
            emit statusMessage(tr("Opening %1 was cancelled").arg(opener->path()), 5000);
            finishOpener(opener);
        });
        // One large file at a time: their validations share the workspace.
        if (m_openers.size() == 1) {
            emit openingChanged(true);
            startOpener(opener);
        }
        return nullptr;
    }
    QString error;
    EditorDocument *file = EditorDocument::open(path, &error);
    if (!file) {
        QMessageBox::warning(m_dialogParent, tr("Cannot Open File"),
                             translatedMessage(YamlFile::errorTemplates(), error));
        return nullptr;
    }
    adopt(file);
    announceOpened(file);
    return file;
}

void DocumentManager::announceOpened(EditorDocument *file)
{
    m_recent->remember(file->path());
    int errors = 0;
    for (const YamlDocument &document : file->file().documents())
        errors += int(document.syntaxErrors().size());
    emit statusMessage(
        errors ? tr("Opened %1: %n YAML syntax error(s); the affected documents open as text",
                    nullptr, errors)
                     .arg(file->displayName())
               : tr("Opened %1").arg(file->displayName()),
        5000);
    emit fileOpened(file);
}

void DocumentManager::finishOpener(FileOpener *opener)
{
    m_openers.removeOne(opener);
    opener->deleteLater();
    if (m_openers.isEmpty())
        emit openingChanged(false);
    else
        startOpener(m_openers.first());
}

void DocumentManager::holdEdits(bool hold)
{
    if (hold == m_editsHeld)
        return;
    m_editsHeld = hold;
    if (hold) {
        // The validation worker reads every open file: none may change until it is done.
        for (EditorDocument *file : std::as_const(m_files)) {
            if (!file->isReadOnly()) {
                m_heldFiles.append(file);
                file->setReadOnly(true);
            }
        }
        m_undoGroup.setActiveStack(nullptr);
    } else {
        for (const QPointer<EditorDocument> &file : std::exchange(m_heldFiles, {})) {
            if (file)
                file->setReadOnly(false);
        }
        setActiveFile(m_activeFile);
    }
    emit editsHeldChanged(hold);
    if (!hold) {
        for (EditorDocument *file : std::exchange(m_changedWhileHeld, {})) {
            if (m_files.contains(file))
                onChangedOnDisk(file);
        }
    }
}

bool DocumentManager::isHeld(const EditorDocument *file) const
{
    return m_editsHeld &&
           std::any_of(m_heldFiles.cbegin(), m_heldFiles.cend(),
                       [file](const QPointer<EditorDocument> &held) { return held == file; });
}

void DocumentManager::setActiveFile(EditorDocument *file)
{
    m_activeFile = file;
    m_undoGroup.setActiveStack(file && !isHeld(file) ? file->undoStack() : nullptr);
}

EditorDocument *DocumentManager::create(const QByteArray &initial, const QString &description)
{
    auto *file = new EditorDocument();
    adopt(file);
    // The first text arrives as one undoable edit of an empty buffer, so it can be undone.
    if (!initial.isEmpty())
        file->replaceText(0, 0, initial, {}, description);
    return file;
}

void DocumentManager::adopt(EditorDocument *file)
{
    file->setParent(this);
    m_files.append(file);
    m_undoGroup.addStack(file->undoStack());
    if (PreferencesDialog::autosaveEnabled())
        m_autosaver->watch(file);
    connect(file, &EditorDocument::changedOnDisk, this, [this, file] { onChangedOnDisk(file); });
    connect(file, &EditorDocument::modificationChanged, this,
            &DocumentManager::modificationChanged);
    emit fileAdded(file);
}

bool DocumentManager::save(EditorDocument *file)
{
    if (!file)
        return false;
    if (file->path().isEmpty() || file->isReadOnly())
        return saveAs(file);
    emit aboutToUseFiles();
    QString error;
    if (!file->save(&error)) {
        QMessageBox::warning(m_dialogParent, tr("Cannot Save"),
                             translatedMessage(YamlFile::errorTemplates(), error));
        return false;
    }
    emit statusMessage(tr("Saved %1").arg(file->path()), 3000);
    return true;
}

bool DocumentManager::saveAs(EditorDocument *file)
{
    if (!file)
        return false;
    emit aboutToUseFiles();
    const QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Save As"), file->path().isEmpty() ? tr("untitled.yaml") : file->path(),
        tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!file->saveAs(path, &error)) {
        QMessageBox::warning(m_dialogParent, tr("Cannot Save"),
                             translatedMessage(YamlFile::errorTemplates(), error));
        return false;
    }
    m_recent->remember(path);
    emit statusMessage(tr("Saved %1").arg(path), 3000);
    return true;
}

bool DocumentManager::saveAll()
{
    for (EditorDocument *file : std::as_const(m_files)) {
        if (file->isModified() && !save(file))
            return false;
    }
    return true;
}

bool DocumentManager::maybeSave(EditorDocument *file)
{
    emit aboutToUseFiles();
    if (!file->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_dialogParent, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved. Save them?").arg(file->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save(file);
    return answer == QMessageBox::Discard;
}

bool DocumentManager::maybeSaveAll()
{
    for (EditorDocument *file : std::as_const(m_files)) {
        if (!maybeSave(file))
            return false;
    }
    return true;
}

void DocumentManager::detach(EditorDocument *file)
{
    emit fileAboutToClose(file);
    m_autosaver->forget(file);
    m_undoGroup.removeStack(file->undoStack());
    m_files.removeAll(file);
    disconnect(file, nullptr, this, nullptr);
}

bool DocumentManager::close(EditorDocument *file)
{
    if (!file || !maybeSave(file))
        return false;
    detach(file);
    // A validation worker may still read it: it goes once the workspace is free.
    if (m_validation && m_validation->isBusy())
        connect(
            m_validation, &ValidationBridge::idle, file, [this, file] { release(file); },
            Qt::SingleShotConnection);
    else
        release(file);
    return true;
}

void DocumentManager::release(EditorDocument *file)
{
    // Nothing on the GUI thread refers to its documents any more (every model and view let
    // go in fileAboutToClose()): their text, trees and node stores, hundreds of megabytes
    // for a large file and a third of a second to free, go in a worker. The object itself,
    // its undo history and its file watcher are the GUI thread's.
    auto documents = std::make_shared<YamlFile>(file->takeFile());
    file->deleteLater();
    m_freeing.addFuture(
        QtConcurrent::run(workerPool(), [this, documents = std::move(documents)]() mutable {
            const int count = documents->documentCount();
            documents.reset();
            emit closedFileFreed(count);
        }));
    returnFreedMemoryLater();
}

void DocumentManager::reload(EditorDocument *file)
{
    if (!file)
        return;
    emit aboutToUseFiles();
    if (file->isModified() &&
        QMessageBox::question(m_dialogParent, tr("Reload from Disk"),
                              tr("Replace your unsaved changes to %1 with the file on disk? "
                                 "Undo brings them back.")
                                  .arg(file->displayName())) != QMessageBox::Yes)
        return;
    reloadNow(file);
}

void DocumentManager::reloadNow(EditorDocument *file)
{
    if (isHeld(file)) {
        m_changedWhileHeld.insert(file);
        return;
    }
    QString error;
    if (!file->reload(&error))
        QMessageBox::warning(m_dialogParent, tr("Cannot Reload"),
                             translatedMessage(YamlFile::errorTemplates(), error));
}

void DocumentManager::onChangedOnDisk(EditorDocument *file)
{
    if (isHeld(file)) {
        m_changedWhileHeld.insert(file);
        return;
    }
    if (!QFileInfo::exists(file->path())) {
        emit deletedOnDisk(file);
        return;
    }
    if (file->isModified()) {
        emit conflictOnDisk(file);
        return;
    }
    QString error;
    if (file->reload(&error))
        emit statusMessage(tr("%1 changed on disk and was reloaded").arg(file->displayName()),
                           5000);
}

void DocumentManager::applyAutosavePreference()
{
    for (EditorDocument *file : std::as_const(m_files)) {
        if (PreferencesDialog::autosaveEnabled())
            m_autosaver->watch(file);
        else
            m_autosaver->forget(file);
    }
}

void DocumentManager::forgetAutosaves()
{
    for (EditorDocument *file : std::as_const(m_files))
        m_autosaver->forget(file);
}

void DocumentManager::offerRecovery()
{
    const QList<RecoverableFile> recoverable = m_autosaver->recoverableFiles();
    for (const RecoverableFile &entry : recoverable) {
        const QString name =
            entry.originalPath.isEmpty() ? tr("an untitled file") : entry.originalPath;
        const auto answer = QMessageBox::question(
            m_dialogParent, tr("Recover Unsaved Changes"),
            tr("MeshEntry did not close normally. Unsaved changes to %1 from %2 were kept. "
               "Recover them?")
                .arg(name, QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            continue;
        if (answer == QMessageBox::Yes) {
            QFile in(entry.autosavePath);
            if (!in.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = in.readAll();
            EditorDocument *file = nullptr;
            QString error;
            if (!entry.originalPath.isEmpty() && QFileInfo::exists(entry.originalPath))
                file = EditorDocument::open(entry.originalPath, &error);
            if (file)
                adopt(file);
            else
                file = create();
            // The recovered bytes are one undoable change on top of the file on disk.
            const qsizetype length = file->textOffset(file->file().documentCount());
            file->replaceText(0, length, bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes,
                              {}, tr("Recover Unsaved Changes"));
        }
        Autosaver::discard(entry);
    }
}

} // namespace MeshEntry
