#pragma once

#include <QWidget>

class QTreeView;
class QLabel;
class QPushButton;

namespace MeshEntry {

class DiagnosticsModel;

/// The bottom panel: one row per finding; activating a row asks to jump to it.
class DiagnosticsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosticsPanel(DiagnosticsModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    /// A line above the findings that says what they do not cover yet, with a Revalidate
    /// button; hidden when text is empty.
    void setNotice(const QString &text);
    QLabel *noticeLabel() const { return m_notice; }
    QPushButton *revalidateButton() const { return m_revalidate; }

signals:
    void diagnosticActivated(int row);
    /// The user asked what the rule of row means: a click on its rule id, or the context menu.
    void ruleHelpRequested(int row);
    /// The user asked for a row's fixes (its light bulb, or its context menu, which also
    /// offers the jump): the menu goes at globalPosition.
    void fixesRequested(int row, const QPoint &globalPosition, bool withJump);
    /// The notice's Revalidate button was pressed.
    void revalidateRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Whether position (viewport coordinates) is on the light bulb of a row that has one.
    bool onLightBulb(const QPoint &position) const;

    QTreeView *m_view;
    QWidget *m_noticeRow;
    QLabel *m_notice;
    QPushButton *m_revalidate;
};

} // namespace MeshEntry
