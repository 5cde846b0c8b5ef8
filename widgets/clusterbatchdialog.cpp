#include "clusterbatchdialog.h"

#include "busyrow.h"
#include "clusterbanner.h"
#include "manifestresultsmodel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace MeshEntry {

ClusterBatchDialog::ClusterBatchDialog(Mode mode, ManifestResultsModel *model, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_model(model), m_banner(new ClusterBanner),
      m_context(new QLabel), m_scope(new QComboBox), m_table(new QTableView),
      m_details(new QPlainTextEdit), m_busy(new BusyRow),
      m_diff(new QPushButton(tr("Show &Diff…"))), m_force(new QPushButton(tr("&Force Apply…"))),
      m_primary(new QPushButton(mode == Mode::Apply ? tr("&Apply") : tr("&Delete"))),
      m_close(new QPushButton(tr("Close")))
{
    setWindowTitle(mode == Mode::Apply ? tr("Apply to Cluster") : tr("Delete from Cluster"));
    resize(820, 520);
    m_context->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->addWidget(m_context, 1);
    top->addWidget(new QLabel(tr("Documents:")));
    top->addWidget(m_scope);

    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ManifestResultsModel::ObjectColumn, 300);
    m_table->setWordWrap(false);

    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setMaximumHeight(130);
    m_details->setPlaceholderText(tr("Select an object to see what the server said."));

    // Show Diff on the left, the decisions on the right.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_diff);
    buttons->addStretch();
    buttons->addWidget(m_force);
    buttons->addWidget(m_primary);
    buttons->addWidget(m_close);
    m_diff->setVisible(mode == Mode::Apply);
    m_force->hide();
    m_primary->setAutoDefault(true);
    m_close->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ClusterBatchDialog::scopeChanged);
    connect(m_primary, &QPushButton::clicked, this, &ClusterBatchDialog::primaryRequested);
    connect(m_force, &QPushButton::clicked, this, &ClusterBatchDialog::forceRequested);
    connect(m_diff, &QPushButton::clicked, this,
            [this] { emit diffRequested(qMax(0, currentRow())); });
    connect(m_busy, &BusyRow::stopRequested, this, &ClusterBatchDialog::cancelRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_mode == Mode::Apply)
            emit diffRequested(index.row());
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &ClusterBatchDialog::showDetails);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
        showDetails();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClusterBatchDialog::showDetails);
    setBusy(false);
}

void ClusterBatchDialog::setContext(const QString &context, const QString &server)
{
    m_context->setText(
        tr("Context <b>%1</b> · %2").arg(context.toHtmlEscaped(), server.toHtmlEscaped()));
}

void ClusterBatchDialog::setScopes(const QStringList &labels, int current)
{
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    m_scope->addItems(labels);
    m_scope->setCurrentIndex(current);
}

int ClusterBatchDialog::scope() const
{
    return m_scope->currentIndex();
}

void ClusterBatchDialog::setBusy(bool busy, const QString &text)
{
    m_busy->setBusy(busy, text);
    m_scope->setEnabled(!busy);
    if (busy) {
        m_primary->setEnabled(false);
        m_force->setEnabled(false);
        m_diff->setEnabled(false);
    } else {
        m_diff->setEnabled(m_model->rowCount() > 0);
        m_force->setEnabled(true);
    }
}

void ClusterBatchDialog::setSummary(const QString &text, bool problem)
{
    m_busy->setText(text, problem);
}

void ClusterBatchDialog::setActions(bool primary, bool force)
{
    m_primary->setEnabled(primary);
    // Enter never deletes: Delete must be clicked (or reached with Tab).
    const bool destructive = m_mode == Mode::Delete;
    m_primary->setDefault(primary && !destructive);
    m_primary->setAutoDefault(!destructive);
    m_close->setDefault(destructive);
    m_force->setVisible(force);
    m_force->setEnabled(force);
}

void ClusterBatchDialog::setDone()
{
    m_primary->setEnabled(false);
    m_force->hide();
    m_diff->setEnabled(false); // what was previewed is history now
    m_scope->setEnabled(false);
    m_close->setDefault(true);
    m_close->setFocus();
}

int ClusterBatchDialog::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void ClusterBatchDialog::showDetails()
{
    const int row = currentRow() >= 0 ? currentRow() : (m_model->rowCount() > 0 ? 0 : -1);
    m_details->setPlainText(m_model->details(row));
}

} // namespace MeshEntry
