#include "diagnosticspanel.h"

#include "diagnosticsmodel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace MeshEntry {

DiagnosticsPanel::DiagnosticsPanel(DiagnosticsModel *model, QWidget *parent)
    : QWidget(parent), m_view(new QTreeView)
{
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Diagnostics"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::SeverityColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::RuleColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::LocationColumn,
                                           QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::activated, this,
            [this](const QModelIndex &index) { emit diagnosticActivated(index.row()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

} // namespace MeshEntry
