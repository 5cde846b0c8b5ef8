#include "diagnosticspanel.h"

#include "diagnosticsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QStyle>
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
    : QWidget(parent), m_view(new QTreeView), m_noticeRow(new QWidget), m_notice(new QLabel),
      m_revalidate(new QPushButton(tr("&Revalidate")))
{
    m_notice->setObjectName(QStringLiteral("diagnosticsNotice"));
    m_notice->setWordWrap(true);
    m_revalidate->setAutoDefault(false);
    connect(m_revalidate, &QPushButton::clicked, this, &DiagnosticsPanel::revalidateRequested);
    auto *noticeLayout = new QHBoxLayout(m_noticeRow);
    noticeLayout->setContentsMargins(6, 3, 6, 3);
    noticeLayout->addWidget(new QLabel(QStringLiteral("⚠")));
    noticeLayout->addWidget(m_notice, 1);
    noticeLayout->addWidget(m_revalidate);
    m_noticeRow->setVisible(false);
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Diagnostics"));
    m_view->setAccessibleDescription(
        tr("Findings of the open files; Enter jumps to one, F1 explains its rule"));
    m_view->setItemDelegateForColumn(DiagnosticsModel::RuleColumn, new RuleLinkDelegate(m_view));
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == DiagnosticsModel::RuleColumn)
            emit ruleHelpRequested(index.row());
    });
    m_view->header()->setStretchLastSection(false);
    // Fitted to the rows on screen: the default measures a thousand rows of a large file's
    // 70,000 findings on every change, 50 ms each time.
    m_view->header()->setResizeContentsPrecision(0);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::SeverityColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::RuleColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::LocationColumn,
                                           QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::activated, this,
            [this](const QModelIndex &index) { emit diagnosticActivated(index.row()); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &position) {
        // From the keyboard (Menu key, Shift+F10) the position is not on a row: use the current.
        QModelIndex index = m_view->indexAt(position);
        QPoint at = position;
        if (!index.isValid()) {
            index = m_view->currentIndex();
            at = m_view->visualRect(index).bottomLeft();
        }
        if (index.isValid())
            emit fixesRequested(index.row(), m_view->viewport()->mapToGlobal(at), true);
    });
    m_view->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_noticeRow);
    layout->addWidget(m_view);
}

void DiagnosticsPanel::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_noticeRow->setVisible(!text.isEmpty());
}

bool DiagnosticsPanel::onLightBulb(const QPoint &position) const
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid() || index.column() != DiagnosticsModel::MessageColumn ||
        !index.data(DiagnosticsModel::HasFixesRole).toBool())
        return false;
    const QRect cell = m_view->visualRect(index);
    const int iconWidth = m_view->iconSize().isValid()
                              ? m_view->iconSize().width()
                              : m_view->style()->pixelMetric(QStyle::PM_SmallIconSize);
    // The decoration sits at the cell's left, after the style's margin.
    return position.x() < cell.left() + iconWidth + 8;
}

bool DiagnosticsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && onLightBulb(mouse->position().toPoint())) {
            const QModelIndex index = m_view->indexAt(mouse->position().toPoint());
            m_view->setCurrentIndex(index);
            emit fixesRequested(
                index.row(),
                m_view->viewport()->mapToGlobal(m_view->visualRect(index).bottomLeft()), false);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace MeshEntry
