#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QStringListModel;
class QToolButton;
class QTreeView;

namespace MeshEntry {

/**
 * The "Selected workloads" panel beside the forms. For a ServiceEntry: the Pods and
 * WorkloadEntries its selector picks, with endpoints (the precedence rule on hover), readiness
 * and labels, then the other namespaces' matches and the near-misses with their reasons. For a
 * WorkloadEntry or an imported Pod (activate a row, or find one by name): the ServiceEntries
 * that select it and those that almost do. Views only: the controller fills the models.
 */
class SelectedWorkloadsPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Hint, Selection, Reverse };

    SelectedWorkloadsPanel(QAbstractItemModel *selection, QAbstractItemModel *reverse,
                           QWidget *parent = nullptr);

    /// Nothing to show: says why.
    void showHint(const QString &text);
    void showSelection(const QString &title, const QString &summary, const QStringList &warnings);
    void showReverse(const QString &title, const QString &summary, bool canGoBack);
    /// What is imported, shown under the title ("100,000 Pods from pods.json").
    void setInventoryStatus(const QString &text);
    /// Names offered by the find field ("namespace/name").
    void setWorkloadNames(const QStringList &names);

    Page page() const;
    QTreeView *selectionView() const { return m_selectionView; }
    QTreeView *reverseView() const { return m_reverseView; }
    QLineEdit *findField() const { return m_find; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *warningsLabel() const { return m_warnings; }

signals:
    /// A row of the selection view was activated (double click, Enter).
    void selectionActivated(const QModelIndex &index);
    void reverseActivated(const QModelIndex &index);
    void findRequested(const QString &name);
    /// The find field is being typed in (its completions may need a refresh).
    void findEdited();
    void backRequested();
    void importRequested();
    void diagramRequested();

private:
    QTreeView *createView(QAbstractItemModel *model, int labelsColumn);

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_warnings;
    QLabel *m_inventory;
    QLineEdit *m_find;
    QStringListModel *m_names;
    QToolButton *m_back;
    QToolButton *m_diagram;
    QStackedWidget *m_pages;
    QLabel *m_hint;
    QTreeView *m_selectionView;
    QTreeView *m_reverseView;
};

} // namespace MeshEntry
