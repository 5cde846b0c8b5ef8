#include "outlineview.h"

#include "badgedelegate.h"
#include "outlinemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace MeshEntry {

OutlineView::OutlineView(OutlineModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit), m_tree(new QTreeView)
{
    m_proxy->setSourceModel(model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(Qt::ToolTipRole);
    m_filter->setPlaceholderText(tr("Filter by name, namespace or kind"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
    });
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new BadgeDelegate(m_tree));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Outline"));
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &position) {
        emit contextMenuRequested(m_tree->viewport()->mapToGlobal(position));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OutlineView::emitCurrent);
    connect(model, &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);
    connect(model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
}

void OutlineView::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void OutlineView::select(const EditorDocument *file, int document)
{
    const QModelIndex source =
        document < 0 ? m_model->fileIndex(file) : m_model->documentIndex(file, document);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid() || m_tree->currentIndex() == index)
        return;
    {
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_tree->setCurrentIndex(index);
    }
    // The blocked signals would have repainted the selection.
    m_tree->viewport()->update();
    m_tree->scrollTo(index);
}

void OutlineView::emitCurrent()
{
    const QModelIndex source = m_proxy->mapToSource(m_tree->currentIndex());
    if (EditorDocument *file = m_model->fileAt(source))
        emit documentSelected(file, source.data(OutlineModel::DocumentIndexRole).toInt());
}

} // namespace MeshEntry
