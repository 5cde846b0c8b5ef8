#include "busyrow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace MeshEntry {

BusyRow::BusyRow(QWidget *parent)
    : QWidget(parent), m_progress(new QProgressBar), m_label(new QLabel),
      m_stop(new QPushButton(tr("Stop")))
{
    m_progress->setRange(0, 0); // no known end: requests report no progress of their own
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stop->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_stop);
    connect(m_stop, &QPushButton::clicked, this, &BusyRow::stopRequested);
    setBusy(false);
}

void BusyRow::setBusy(bool busy, const QString &text)
{
    m_progress->setVisible(busy);
    m_stop->setVisible(busy);
    if (busy)
        setText(text);
}

bool BusyRow::isBusy() const
{
    return m_progress->isVisibleTo(this);
}

void BusyRow::setText(const QString &text, bool problem)
{
    m_label->setText(text);
    QPalette palette = this->palette();
    if (problem) {
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText,
                         dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
    }
    m_label->setPalette(palette);
}

QString BusyRow::text() const
{
    return m_label->text();
}

} // namespace MeshEntry
