#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace MeshEntry {

class EditorDocument;
class OutlineModel;

/// The outline pane: a filter box over files → documents, with kind icons and badges.
class OutlineView : public QWidget
{
    Q_OBJECT
public:
    explicit OutlineView(OutlineModel *model, QWidget *parent = nullptr);

    /// Selects a document (or the file when document < 0) without emitting activation twice.
    void select(const EditorDocument *file, int document);
    QTreeView *tree() const { return m_tree; }
    void focusFilter();

signals:
    /// The user picked a document (document < 0: the file row).
    void documentSelected(EditorDocument *file, int document);
    /// Context menu requests, for the window's actions.
    void contextMenuRequested(const QPoint &globalPosition);

private:
    void emitCurrent();

    OutlineModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
};

} // namespace MeshEntry
