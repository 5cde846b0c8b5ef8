#include "sectionnotice.h"

#include "fieldmarker.h"
#include "wrappedlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace MeshEntry {

SectionNotice::SectionNotice(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new WrappedLabel(this)),
      m_button(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button, 0, Qt::AlignVCenter);
    connect(m_button, &QPushButton::clicked, this, &SectionNotice::buttonClicked);
    hide();
}

void SectionNotice::showNotice(FieldMessage::Severity severity, const QString &text,
                               const QString &buttonText)
{
    m_severity = severity;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(FieldMarker::icon(severity).pixmap(size, size));
    m_text->setText(text);
    m_button->setText(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
    // A light tint of the severity's colour over the window colour, readable in dark themes too.
    QPalette tinted = palette();
    const QColor base = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                       : tinted.color(QPalette::Window);
    const QColor accent = FieldMarker::color(severity);
    const auto mix = [](int a, int b) { return (a * 85 + b * 15) / 100; };
    tinted.setColor(QPalette::Window,
                    QColor(mix(base.red(), accent.red()), mix(base.green(), accent.green()),
                           mix(base.blue(), accent.blue())));
    setPalette(tinted);
    show();
}

void SectionNotice::clear()
{
    m_text->clear();
    hide();
}

QString SectionNotice::text() const
{
    return m_text->text();
}

} // namespace MeshEntry
