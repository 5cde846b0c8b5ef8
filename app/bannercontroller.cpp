#include "bannercontroller.h"

#include "banner.h"
#include "currentdocument.h"
#include "diffdialog.h"
#include "documentmanager.h"
#include "editordocument.h"
#include "linediff.h"

#include <QMessageBox>
#include <QPushButton>

namespace MeshEntry {

BannerController::BannerController(Banner *banner, CurrentDocument *current,
                                   DocumentManager *documents, QWidget *dialogParent)
    : QObject(banner), m_banner(banner), m_current(current), m_documents(documents),
      m_dialogParent(dialogParent)
{
    connect(current, &CurrentDocument::changed, this,
            [this](EditorDocument *, int, bool fileChanged) {
                if (fileChanged)
                    showState();
            });
    connect(documents, &DocumentManager::fileAdded, this, [this](EditorDocument *file) {
        connect(file, &EditorDocument::readOnlyChanged, this, [this, file] {
            if (file == m_current->file())
                showState();
        });
    });
    connect(documents, &DocumentManager::conflictOnDisk, this, &BannerController::showConflict);
    connect(documents, &DocumentManager::deletedOnDisk, this, &BannerController::showDeleted);
    connect(documents, &DocumentManager::editsHeldChanged, this, &BannerController::showState);
}

void BannerController::showState()
{
    m_banner->clearButtons();
    m_banner->hide();
    EditorDocument *file = m_current->file();
    if (file && file == m_deleted)
        return showDeleted(file);
    if (file && file == m_conflict)
        return showConflict(file);
    if (!file || !file->isReadOnly())
        return;
    if (m_documents->isHeld(file)) {
        // Held for a large file's open, or for the revalidation new mesh settings start.
        m_banner->setMessage(m_documents->isOpening()
                                 ? tr("Editing pauses while a large file is validated; it "
                                      "resumes when the file is open.")
                                 : tr("Editing pauses while the open files are validated again "
                                      "with the new settings."),
                             Banner::Tone::Information);
        return;
    }
    m_banner->setMessage(tr("%1 is read-only. You can look, copy and validate; to change it, "
                            "save a copy.")
                             .arg(file->displayName()),
                         Banner::Tone::Information);
    connect(m_banner->addButton(tr("Save a Copy…")), &QPushButton::clicked, this,
            [this, file] { m_documents->saveAs(file); });
}

void BannerController::showConflict(EditorDocument *file)
{
    m_conflict = file;
    if (file != m_current->file())
        return m_current->set(file, 0); // showing the file shows its conflict
    m_banner->clearButtons();
    m_banner->setMessage(
        tr("%1 changed on disk, and you have unsaved changes.").arg(file->displayName()),
        Banner::Tone::Warning);
    connect(m_banner->addButton(tr("Reload")), &QPushButton::clicked, this, [this, file] {
        m_conflict = nullptr;
        m_documents->reloadNow(file);
        showState();
    });
    connect(m_banner->addButton(tr("Keep Mine")), &QPushButton::clicked, this, [this] {
        m_conflict = nullptr;
        showState();
    });
    connect(m_banner->addButton(tr("Show Differences…")), &QPushButton::clicked, this,
            [this, file] { showDifferences(file); });
}

void BannerController::showDeleted(EditorDocument *file)
{
    m_deleted = file;
    if (file != m_current->file())
        return m_current->set(file, 0); // showing the file shows that it is gone
    m_banner->clearButtons();
    m_banner->setMessage(tr("%1 was deleted from disk. Its text is still here; Save writes it "
                            "back.")
                             .arg(file->displayName()),
                         Banner::Tone::Warning);
    connect(m_banner->addButton(tr("Save")), &QPushButton::clicked, this, [this, file] {
        if (!m_documents->save(file))
            return;
        m_deleted = nullptr;
        showState();
    });
    connect(m_banner->addButton(tr("Dismiss")), &QPushButton::clicked, this, [this] {
        m_deleted = nullptr;
        showState();
    });
}

void BannerController::showDifferences(EditorDocument *file)
{
    QByteArray disk;
    QString error;
    if (!file->readDisk(&disk, &error)) {
        QMessageBox::warning(m_dialogParent, tr("Cannot Read File"), error);
        return;
    }
    const QByteArray name = file->displayName().toUtf8();
    DiffDialog dialog(
        tr("Changes: disk → your buffer"),
        LineDiff::unified(disk, file->file().bytes(), name + " (on disk)", name + " (open)"),
        m_dialogParent);
    dialog.exec();
}

} // namespace MeshEntry
