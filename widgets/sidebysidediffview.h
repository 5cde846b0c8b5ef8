#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace MeshEntry {

/**
 * Two texts side by side with their lines paired: removed lines on the left, added on the
 * right, changed lines next to each other, gaps where one side has nothing; both panes
 * scroll together.
 */
class SideBySideDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit SideBySideDiffView(QWidget *parent = nullptr);

    void setTexts(const QString &leftTitle, const QByteArray &left, const QString &rightTitle,
                  const QByteArray &right);
    /// One text alone, nothing marked (when there is nothing to compare it with).
    void setText(const QString &title, const QByteArray &text);
    /// Rows that differ in what is shown now.
    int changedRows() const { return m_changed; }
    QPlainTextEdit *leftPane() const { return m_left; }
    QPlainTextEdit *rightPane() const { return m_right; }

private:
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    int m_changed = 0;
};

} // namespace MeshEntry
