#include "banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace MeshEntry {

Banner::Banner(QWidget *parent) : QFrame(parent), m_label(new QLabel), m_buttons(new QHBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_buttons);
    hide();
}

void Banner::setMessage(const QString &text, Tone tone)
{
    m_label->setText(text);
    QPalette palette = this->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QColor background = tone == Tone::Warning
                                  ? (dark ? QColor(0x5a, 0x45, 0x10) : QColor(0xff, 0xf1, 0xc2))
                                  : (dark ? QColor(0x1f, 0x3a, 0x5a) : QColor(0xdd, 0xea, 0xfb));
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, dark ? Qt::white : Qt::black);
    setPalette(palette);
    show();
}

QPushButton *Banner::addButton(const QString &text)
{
    auto *button = new QPushButton(text);
    m_buttons->addWidget(button);
    return button;
}

void Banner::clearButtons()
{
    // Later: the button that was clicked may be the one asking for this.
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        if (QWidget *button = item->widget()) {
            button->hide();
            button->deleteLater();
        }
        delete item;
    }
}

} // namespace MeshEntry
