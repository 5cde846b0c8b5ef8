#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace MeshEntry {

class CurrentDocument;
class EditorDocument;
class OutlineModel;

/**
 * The outline pane: a filter box over files → documents, with kind icons and badges. It
 * follows the current document (selecting its row, keeping the keyboard focus where it is)
 * and moves it when the user picks a row; focus stays in the outline, so Delete and Ctrl+D
 * act on the selected document.
 */
class OutlineView : public QWidget
{
    Q_OBJECT
public:
    OutlineView(OutlineModel *model, CurrentDocument *current, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    void focusFilter();

signals:
    /// Context menu requests, for the window's actions.
    void contextMenuRequested(const QPoint &globalPosition);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCurrent();
    void onCurrentRowChanged(const QModelIndex &row);
    void onFilterEdited(const QString &text);
    void expandFiles();
    void updateNoMatch();

    OutlineModel *m_model;
    CurrentDocument *m_current;
    QLineEdit *m_filter;
    QLabel *m_noMatch;
    QTreeView *m_tree;
    bool m_showing = false; ///< selecting the current row, not a user's pick
};

} // namespace MeshEntry
