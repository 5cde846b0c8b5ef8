#include "diagnosticspanel.h"

#include "diagnosticsmodel.h"

#include <QHeaderView>
#include <QMenu>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace MeshEntry {

namespace {

/// The rule column reads as a link: a click on it opens the rule in the rules reference.
class RuleLinkDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->font.setUnderline(true);
        if (!(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
    }
};

} // namespace

DiagnosticsPanel::DiagnosticsPanel(DiagnosticsModel *model, QWidget *parent)
    : QWidget(parent), m_view(new QTreeView)
{
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Diagnostics"));
    m_view->setAccessibleDescription(
        tr("Findings of the open files; Enter jumps to one, F1 explains its rule"));
    m_view->setItemDelegateForColumn(DiagnosticsModel::RuleColumn, new RuleLinkDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == DiagnosticsModel::RuleColumn)
            emit ruleHelpRequested(index.row());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_view->indexAt(at);
        if (!index.isValid())
            return;
        QMenu menu;
        menu.addAction(tr("&Go to Finding"), this,
                       [this, index] { emit diagnosticActivated(index.row()); });
        const QString rule = index.siblingAtColumn(DiagnosticsModel::RuleColumn)
                                 .data()
                                 .toString()
                                 .section(u',', 0, 0);
        menu.addAction(tr("&Explain Rule %1").arg(rule), this,
                       [this, index] { emit ruleHelpRequested(index.row()); });
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
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
