#include "selectiondiagramdialog.h"

#include "selectiondiagram.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace MeshEntry {

SelectionDiagramDialog::SelectionDiagramDialog(QWidget *parent)
    : QDialog(parent), m_diagram(new SelectionDiagram), m_caption(new QLabel)
{
    setWindowTitle(tr("Selection Diagram"));
    m_caption->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *png = buttons->addButton(tr("Export &PNG…"), QDialogButtonBox::ActionRole);
    QPushButton *svg = buttons->addButton(tr("Export &SVG…"), QDialogButtonBox::ActionRole);
    connect(png, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("png")); });
    connect(svg, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("svg")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_diagram, 1);
    layout->addWidget(new QLabel(tr("Drag to move, Ctrl+wheel to zoom.")));
    layout->addWidget(buttons);
    resize(980, 640);
}

void SelectionDiagramDialog::setCaption(const QString &text)
{
    m_caption->setText(text);
}

void SelectionDiagramDialog::exportAs(const QString &format)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Diagram"), QStringLiteral("selection.") + format,
        format == u"png" ? tr("PNG image (*.png)") : tr("SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok =
        format == u"png" ? m_diagram->exportPng(path, &error) : m_diagram->exportSvg(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export Diagram"), error);
}

} // namespace MeshEntry
