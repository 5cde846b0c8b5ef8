#include "newdocumentdialog.h"

#include "documenttemplates.h"
#include "outlinemodel.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace MeshEntry {

namespace {

constexpr int idRole = Qt::UserRole;

} // namespace

NewDocumentDialog::NewDocumentDialog(const QString &currentFile, QWidget *parent)
    : QDialog(parent), m_choices(new QListWidget),
      m_newFile(new QRadioButton(tr("In a &new file"))), m_currentFile(new QRadioButton)
{
    setWindowTitle(tr("New"));
    setObjectName(QStringLiteral("newDocumentDialog"));
    m_choices->setAccessibleName(tr("What to create"));
    m_choices->setWordWrap(true);
    m_choices->setIconSize(QSize(24, 24));
    m_choices->setSpacing(2);
    for (const DocumentTemplates::Template &entry : DocumentTemplates::all()) {
        const bool blank =
            entry.id == QLatin1String("serviceentry") || entry.id == QLatin1String("workloadentry");
        auto *item = new QListWidgetItem(
            OutlineModel::kindIcon(blank ? entry.title : QStringLiteral("ServiceEntry")),
            entry.title + u'\n' + entry.summary);
        item->setData(idRole, entry.id);
        item->setToolTip(entry.summary);
        m_choices->addItem(item);
    }
    auto *empty =
        new QListWidgetItem(QIcon(QStringLiteral(":/icons/file.svg")),
                            tr("Empty file") + u'\n' + tr("A file with nothing in it yet"));
    empty->setData(idRole, QString::fromLatin1(emptyFile));
    m_choices->addItem(empty);
    m_choices->setCurrentRow(0);

    auto *placement = new QGroupBox(tr("Where"));
    auto *placementLayout = new QVBoxLayout(placement);
    m_currentFile->setText(tr("&Add to %1").arg(currentFile));
    placementLayout->addWidget(m_currentFile);
    placementLayout->addWidget(m_newFile);
    (currentFile.isEmpty() ? m_newFile : m_currentFile)->setChecked(true);
    m_currentFile->setVisible(!currentFile.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choices, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_choices, &QListWidget::currentRowChanged, this, &NewDocumentDialog::updatePlacement);

    auto *label = new QLabel(tr("&Template:"));
    label->setBuddy(m_choices);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_choices, 1);
    layout->addWidget(placement);
    layout->addWidget(buttons);
    resize(480, 460);
    m_choices->setFocus();
    updatePlacement();
}

void NewDocumentDialog::updatePlacement()
{
    // An empty file is always a new file.
    const bool empty = choice() == QLatin1String(emptyFile);
    m_currentFile->setEnabled(!empty);
    if (empty)
        m_newFile->setChecked(true);
}

QString NewDocumentDialog::choice() const
{
    const QListWidgetItem *item = m_choices->currentItem();
    return item ? item->data(idRole).toString() : QString();
}

bool NewDocumentDialog::addToCurrentFile() const
{
    return !m_currentFile->isHidden() && m_currentFile->isEnabled() && m_currentFile->isChecked();
}

} // namespace MeshEntry
