#pragma once

#include <QLabel>

namespace MeshEntry {

/**
 * A word-wrapped label for the forms' layouts. A plain QLabel with word wrap reports a
 * height-for-width that QFormLayout and its callers use inconsistently (one pass with the
 * height for the real width, another with the size hint's two lines), so rows overlapped or
 * were cut short at some widths. This one reports no height-for-width; its size hint is the
 * height its text needs at the width the layout gave it, and it asks for a new layout when
 * that changes. The height for a width is remembered until text, font or width change:
 * every layout pass of the window asks each label of the form twice, and laying out the text
 * again each time made one keystroke in a large form cost tens of milliseconds.
 */
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(QWidget *parent = nullptr);
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);

    /// Sets the text and the height it needs.
    void setText(const QString &text);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// False: QLabel turns height-for-width back on whenever its text is set.
    bool hasHeightForWidth() const override { return false; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitHeight();
    /// heightForWidth(width), laid out once per text, font and width.
    int heightAt(int width) const;

    int m_fittedHeight = -1;
    bool m_laidOut = false; ///< a layout gave it a width
    mutable int m_cachedWidth = -1;
    mutable int m_cachedHeight = 0;
    mutable QString m_cachedText;
};

} // namespace MeshEntry
