#include "wrappedlabel.h"

#include <QEvent>

namespace MeshEntry {

WrappedLabel::WrappedLabel(QWidget *parent) : WrappedLabel(QString(), parent) {}

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(false);
    setSizePolicy(policy);
}

void WrappedLabel::setText(const QString &text)
{
    QLabel::setText(text);
    fitHeight();
}

QSize WrappedLabel::sizeHint() const
{
    // As tall as the text needs at the width the layout gave it, once it gave one.
    const QSize hint = QLabel::sizeHint();
    return m_laidOut ? QSize(hint.width(), heightAt(width())) : hint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    QSize hint = QLabel::minimumSizeHint();
    hint.setHeight(sizeHint().height());
    return hint;
}

void WrappedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    // Also while hidden: a hidden widget's resize arrives when it is shown, before it counts
    // as visible.
    m_laidOut = true;
    fitHeight();
}

void WrappedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_cachedWidth = -1;
        fitHeight();
    }
}

int WrappedLabel::heightAt(int width) const
{
    if (width != m_cachedWidth || text() != m_cachedText) {
        m_cachedHeight = heightForWidth(width);
        m_cachedWidth = width;
        m_cachedText = text();
    }
    return m_cachedHeight;
}

void WrappedLabel::fitHeight()
{
    // The size hint follows the width; the layout asks again when it changed.
    const int needed = heightAt(width());
    if (needed != m_fittedHeight) {
        m_fittedHeight = needed;
        updateGeometry();
    }
}

} // namespace MeshEntry
