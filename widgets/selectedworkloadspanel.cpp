#include "selectedworkloadspanel.h"

#include "selectionrowdelegate.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStringListModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace MeshEntry {

namespace {

/// Columns of the two models drawn as label chips.
constexpr int selectionLabelsColumn = 4;

} // namespace

SelectedWorkloadsPanel::SelectedWorkloadsPanel(QAbstractItemModel *selection,
                                               QAbstractItemModel *reverse, QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_summary(new QLabel), m_warnings(new QLabel),
      m_inventory(new QLabel), m_find(new QLineEdit), m_names(new QStringListModel(this)),
      m_back(new QToolButton), m_diagram(new QToolButton), m_pages(new QStackedWidget),
      m_hint(new QLabel)
{
    setObjectName(QStringLiteral("selectedWorkloadsPanel"));
    m_title->setObjectName(QStringLiteral("selectionTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_warnings->setObjectName(QStringLiteral("selectionWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setVisible(false);
    m_warnings->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(alternate-base); border-left: 3px solid #d9822b; "
        "padding: 4px 6px; }"));
    m_inventory->setWordWrap(true);
    m_inventory->setForegroundRole(QPalette::PlaceholderText);

    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setText(tr("Back"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setToolTip(tr("Back to the ServiceEntry"));
    m_back->setVisible(false);
    m_diagram->setText(tr("Diagram…"));
    m_diagram->setToolTip(tr("Show the ServiceEntry, its hosts and ports and the selected "
                             "workloads as a diagram"));
    auto *import = new QToolButton;
    import->setText(tr("Import…"));
    import->setToolTip(tr("Import Pods and WorkloadEntries (kubectl get pods -A -o json)"));
    m_find->setPlaceholderText(tr("Find a workload: namespace/name"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find a workload"));
    auto *completer = new QCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_find->setCompleter(completer);

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_back);
    tools->addWidget(m_find, 1);
    tools->addWidget(import);
    tools->addWidget(m_diagram);

    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setMargin(16);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_selectionView = createView(selection, selectionLabelsColumn);
    m_selectionView->setObjectName(QStringLiteral("selectionView"));
    m_selectionView->setAccessibleName(tr("Selected workloads"));
    m_reverseView = createView(reverse, -1);
    m_reverseView->setObjectName(QStringLiteral("reverseView"));
    m_reverseView->setAccessibleName(tr("ServiceEntries selecting the workload"));
    m_pages->addWidget(m_hint);
    m_pages->addWidget(m_selectionView);
    m_pages->addWidget(m_reverseView);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(tools);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_warnings);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_inventory);

    connect(m_selectionView, &QTreeView::activated, this,
            &SelectedWorkloadsPanel::selectionActivated);
    connect(m_reverseView, &QTreeView::activated, this, &SelectedWorkloadsPanel::reverseActivated);
    connect(m_find, &QLineEdit::textEdited, this, &SelectedWorkloadsPanel::findEdited);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (!m_find->text().trimmed().isEmpty())
            emit findRequested(m_find->text().trimmed());
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &name) { emit findRequested(name); });
    connect(m_back, &QToolButton::clicked, this, &SelectedWorkloadsPanel::backRequested);
    connect(import, &QToolButton::clicked, this, &SelectedWorkloadsPanel::importRequested);
    connect(m_diagram, &QToolButton::clicked, this, &SelectedWorkloadsPanel::diagramRequested);
    showHint(tr("Select a ServiceEntry to see the workloads its selector picks, or a "
                "WorkloadEntry to see the ServiceEntries that select it."));
}

QTreeView *SelectedWorkloadsPanel::createView(QAbstractItemModel *model, int labelsColumn)
{
    auto *view = new QTreeView;
    view->setModel(model);
    view->setItemDelegate(new SelectionRowDelegate(labelsColumn, view));
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setFirstColumnSpanned(0, QModelIndex(), true);
    view->header()->setStretchLastSection(true);
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    view->header()->setDefaultSectionSize(120);
    view->header()->setMinimumSectionSize(40);
    view->setColumnWidth(0, 160);
    view->setColumnWidth(1, 150);
    connect(model, &QAbstractItemModel::modelReset, view, [view, model] {
        // Group titles span the row; every group is open.
        for (int group = 0; group < model->rowCount(); ++group)
            view->setFirstColumnSpanned(group, QModelIndex(), true);
        view->expandAll();
    });
    return view;
}

void SelectedWorkloadsPanel::showHint(const QString &text)
{
    m_hint->setText(text);
    m_title->clear();
    m_title->setVisible(false);
    m_summary->setVisible(false);
    m_warnings->setVisible(false);
    m_back->setVisible(false);
    m_diagram->setEnabled(false);
    m_pages->setCurrentWidget(m_hint);
}

void SelectedWorkloadsPanel::showSelection(const QString &title, const QString &summary,
                                           const QStringList &warnings)
{
    m_title->setText(title);
    m_title->setVisible(true);
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    m_warnings->setText(QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
    m_warnings->setVisible(!warnings.isEmpty());
    m_back->setVisible(false);
    m_diagram->setEnabled(true);
    m_pages->setCurrentWidget(m_selectionView);
}

void SelectedWorkloadsPanel::showReverse(const QString &title, const QString &summary,
                                         bool canGoBack)
{
    m_title->setText(title);
    m_title->setVisible(true);
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    m_warnings->setVisible(false);
    m_back->setVisible(canGoBack);
    m_diagram->setEnabled(false);
    m_pages->setCurrentWidget(m_reverseView);
}

void SelectedWorkloadsPanel::setInventoryStatus(const QString &text)
{
    m_inventory->setText(text);
    m_inventory->setVisible(!text.isEmpty());
}

void SelectedWorkloadsPanel::setWorkloadNames(const QStringList &names)
{
    m_names->setStringList(names);
}

SelectedWorkloadsPanel::Page SelectedWorkloadsPanel::page() const
{
    if (m_pages->currentWidget() == m_selectionView)
        return Page::Selection;
    if (m_pages->currentWidget() == m_reverseView)
        return Page::Reverse;
    return Page::Hint;
}

} // namespace MeshEntry
