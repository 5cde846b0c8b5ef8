#include "openfromclusterdialog.h"

#include "busyrow.h"
#include "clusterbanner.h"
#include "clusterobjectsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace MeshEntry {

namespace {
struct KindChoice {
    const char *kind;
    const char *label;
};
const KindChoice kindChoices[] = {
    {"ServiceEntry", QT_TRANSLATE_NOOP("MeshEntry::OpenFromClusterDialog", "&ServiceEntries")},
    {"WorkloadEntry", QT_TRANSLATE_NOOP("MeshEntry::OpenFromClusterDialog", "&WorkloadEntries")},
    {"Sidecar", QT_TRANSLATE_NOOP("MeshEntry::OpenFromClusterDialog", "Sid&ecars")},
};
} // namespace

OpenFromClusterDialog::OpenFromClusterDialog(ClusterObjectsModel *model, QWidget *parent)
    : QDialog(parent), m_model(model), m_filtered(new QSortFilterProxyModel(this)),
      m_context(new QComboBox), m_namespace(new QComboBox), m_filter(new QLineEdit),
      m_table(new QTableView), m_banner(new ClusterBanner), m_busy(new BusyRow),
      m_open(new QPushButton(tr("&Open")))
{
    setWindowTitle(tr("Open from Cluster"));
    resize(860, 560);
    m_namespace->setEditable(true);
    m_namespace->setInsertPolicy(QComboBox::NoInsert);
    m_namespace->setMinimumContentsLength(18);
    m_namespace->addItem(tr("All namespaces"));
    m_context->setMinimumContentsLength(18);

    auto *kinds = new QHBoxLayout;
    for (const KindChoice &choice : kindChoices) {
        auto *box = new QCheckBox(tr(choice.label));
        box->setChecked(QLatin1String(choice.kind) != u"Sidecar");
        box->setProperty("kind", QLatin1String(choice.kind));
        kinds->addWidget(box);
        m_kinds.append(box);
        connect(box, &QCheckBox::toggled, this, &OpenFromClusterDialog::loadRequested);
    }
    kinds->addStretch();
    auto *refresh = new QPushButton(tr("&Refresh"));
    kinds->addWidget(refresh);

    auto *form = new QFormLayout;
    form->addRow(tr("&Context:"), m_context);
    form->addRow(tr("&Namespace:"), m_namespace);
    form->addRow(tr("Kinds:"), kinds);

    m_filter->setPlaceholderText(tr("Filter by name, namespace or host"));
    m_filter->setClearButtonEnabled(true);
    m_filtered->setSourceModel(model);
    m_filtered->setFilterKeyColumn(-1);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_filtered);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClusterObjectsModel::KindColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ClusterObjectsModel::DetailsColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ClusterObjectsModel::AgeColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setColumnWidth(ClusterObjectsModel::KindColumn, 150);
    m_table->setColumnWidth(ClusterObjectsModel::NameColumn, 180);

    auto *all = new QPushButton(tr("Select &All"));
    auto *none = new QPushButton(tr("&Deselect All"));
    auto *cancel = new QPushButton(tr("Cancel"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(all);
    buttons->addWidget(none);
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(cancel);
    m_open->setDefault(true);
    for (QPushButton *button : {all, none, cancel, refresh})
        button->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);

    connect(m_context, &QComboBox::currentTextChanged, this, &OpenFromClusterDialog::contextChosen);
    connect(m_namespace, &QComboBox::activated, this, &OpenFromClusterDialog::loadRequested);
    m_namespace->lineEdit()->installEventFilter(this);
    connect(refresh, &QPushButton::clicked, this, &OpenFromClusterDialog::loadRequested);
    connect(m_busy, &BusyRow::stopRequested, model, &ClusterObjectsModel::cancel);
    connect(m_filter, &QLineEdit::textChanged, m_filtered,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(all, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    connect(m_open, &QPushButton::clicked, this, &QDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(model, &ClusterObjectsModel::loadingChanged, this, &OpenFromClusterDialog::updateState);
    connect(model, &ClusterObjectsModel::errorChanged, this, &OpenFromClusterDialog::updateState);
    connect(model, &ClusterObjectsModel::checkedCountChanged, this,
            &OpenFromClusterDialog::updateState);
    connect(model, &ClusterObjectsModel::modelReset, this, &OpenFromClusterDialog::updateState);
    connect(model, &ClusterObjectsModel::namespacesChanged, this,
            &OpenFromClusterDialog::setNamespaces);
    // Double-clicking an object opens it (and whatever else is ticked).
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_model->setData(m_model->index(m_filtered->mapToSource(index).row(), 0), Qt::Checked,
                         Qt::CheckStateRole);
        accept();
    });
    setNamespaces(model->namespaces());
    updateState();
}

bool OpenFromClusterDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the namespace field lists that namespace; it does not open anything.
    if (watched == m_namespace->lineEdit() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit loadRequested();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void OpenFromClusterDialog::setContexts(const QStringList &names, const QString &current)
{
    const QSignalBlocker blocker(m_context);
    m_context->clear();
    m_context->addItems(names);
    m_context->setCurrentText(current);
}

QString OpenFromClusterDialog::context() const
{
    return m_context->currentText();
}

QString OpenFromClusterDialog::namespaceName() const
{
    const QString text = m_namespace->currentText().trimmed();
    return m_namespace->currentIndex() == 0 && text == m_namespace->itemText(0) ? QString() : text;
}

void OpenFromClusterDialog::setNamespace(const QString &name)
{
    if (name.isEmpty())
        m_namespace->setCurrentIndex(0);
    else
        m_namespace->setCurrentText(name);
}

void OpenFromClusterDialog::setNamespaces(const QStringList &names)
{
    const QString current = m_namespace->currentText();
    const QSignalBlocker blocker(m_namespace);
    while (m_namespace->count() > 1)
        m_namespace->removeItem(1);
    m_namespace->addItems(names);
    m_namespace->setCurrentText(current);
}

QStringList OpenFromClusterDialog::kinds() const
{
    QStringList names;
    for (const QCheckBox *box : m_kinds)
        if (box->isChecked())
            names.append(box->property("kind").toString());
    return names;
}

void OpenFromClusterDialog::showNotLoaded()
{
    m_notLoaded = true;
    updateState();
}

void OpenFromClusterDialog::updateState()
{
    const bool loading = m_model->isLoading();
    if (loading)
        m_notLoaded = false;
    const int checked = m_model->checkedCount();
    m_open->setEnabled(checked > 0);
    m_open->setText(checked > 1 ? tr("&Open %n Object(s)", nullptr, checked) : tr("&Open"));
    m_busy->setBusy(loading);
    if (!m_model->errorText().isEmpty())
        m_busy->setText(m_model->errorText(), true);
    else if (loading)
        m_busy->setText(tr("Loading from %1…").arg(context()));
    else if (m_notLoaded)
        m_busy->setText(tr("Nothing listed: this context cannot be used."));
    else if (m_model->rowCount() == 0)
        m_busy->setText(tr("Nothing of these kinds in %1.")
                            .arg(namespaceName().isEmpty()
                                     ? tr("any namespace")
                                     : tr("namespace %1").arg(namespaceName())));
    else
        m_busy->setText(tr("%n object(s); tick the ones to open.", nullptr, m_model->rowCount()));
}

} // namespace MeshEntry
