#include "clusterdiffdialog.h"

#include "busyrow.h"
#include "clusterbanner.h"
#include "clusterdiff.h"
#include "sidebysidediffview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace MeshEntry {

ClusterDiffDialog::ClusterDiffDialog(QWidget *parent)
    : QDialog(parent), m_banner(new ClusterBanner), m_context(new QLabel),
      m_documents(new QComboBox), m_comparison(new QComboBox),
      m_hide(new QCheckBox(tr("&Hide server bookkeeping"))), m_view(new SideBySideDiffView),
      m_busy(new BusyRow), m_refresh(new QPushButton(tr("&Refresh")))
{
    setWindowTitle(tr("Diff with Cluster"));
    resize(1100, 680);
    m_comparison->addItem(tr("Live → after apply (server dry run)"));
    m_comparison->addItem(tr("File → live"));
    m_comparison->addItem(tr("File → after apply (server dry run)"));
    m_hide->setChecked(true);
    m_hide->setToolTip(tr("Leave out managedFields, uid, resourceVersion, generation, "
                          "creationTimestamp and status"));
    m_documents->setMinimumContentsLength(30);
    auto *documentLabel = new QLabel(tr("D&ocument:"));
    documentLabel->setBuddy(m_documents);
    auto *comparisonLabel = new QLabel(tr("&Compare:"));
    comparisonLabel->setBuddy(m_comparison);
    auto *top = new QHBoxLayout;
    top->addWidget(documentLabel);
    top->addWidget(m_documents, 1);
    top->addWidget(comparisonLabel);
    top->addWidget(m_comparison);
    top->addWidget(m_hide);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_context);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    connect(m_documents, &QComboBox::currentIndexChanged, this, &ClusterDiffDialog::render);
    connect(m_comparison, &QComboBox::currentIndexChanged, this, &ClusterDiffDialog::render);
    connect(m_hide, &QCheckBox::toggled, this, &ClusterDiffDialog::render);
    connect(m_refresh, &QPushButton::clicked, this, &ClusterDiffDialog::refreshRequested);
    connect(m_busy, &BusyRow::stopRequested, this, &ClusterDiffDialog::cancelRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setBusy(false);
}

QString ClusterDiffDialog::summary() const
{
    return m_busy->text();
}

void ClusterDiffDialog::setContext(const QString &context, const QString &server)
{
    m_context->setText(
        tr("Context <b>%1</b> · %2").arg(context.toHtmlEscaped(), server.toHtmlEscaped()));
}

void ClusterDiffDialog::setDocuments(const QStringList &labels, int current)
{
    const QSignalBlocker blocker(m_documents);
    m_documents->clear();
    m_documents->addItems(labels);
    m_documents->setCurrentIndex(current);
    m_results = QList<Result>(labels.size());
    render();
}

int ClusterDiffDialog::document() const
{
    return m_documents->currentIndex();
}

void ClusterDiffDialog::setComparison(Comparison comparison)
{
    m_comparison->setCurrentIndex(int(comparison));
}

void ClusterDiffDialog::setResult(int document, const YamlValue &file, const QByteArray &live,
                                  const QByteArray &merged, const QString &error)
{
    if (document < 0 || document >= m_results.size())
        return;
    m_results[document] = {true, file, live, merged, error};
    if (document == this->document())
        render();
}

void ClusterDiffDialog::setBusy(bool busy, const QString &text)
{
    m_busy->setBusy(busy, text);
    m_refresh->setEnabled(!busy);
    if (!busy)
        render();
}

void ClusterDiffDialog::render()
{
    const int index = document();
    if (index < 0 || index >= m_results.size() || !m_results[index].known) {
        m_view->setTexts(QString(), {}, QString(), {});
        return;
    }
    const Result &result = m_results[index];
    if (!result.error.isEmpty() && result.merged.isEmpty()) {
        // Refused: the file against what is live, if anything is.
        const ClusterDiff::Sides sides =
            ClusterDiff::sides(result.file, result.live, {}, m_hide->isChecked());
        if (sides.live.isEmpty())
            m_view->setText(tr("File (as sent)"), sides.file);
        else
            m_view->setTexts(tr("File (as sent)"), sides.file, tr("Live"), sides.live);
        m_busy->setText(result.error, true);
        return;
    }
    const ClusterDiff::Sides sides =
        ClusterDiff::sides(result.file, result.live, result.merged, m_hide->isChecked());
    const QString liveTitle = result.live.isEmpty() ? tr("Live (does not exist)") : tr("Live");
    switch (Comparison(m_comparison->currentIndex())) {
    case Comparison::LiveToMerged:
        m_view->setTexts(liveTitle, sides.live, tr("After apply (server dry run)"), sides.merged);
        break;
    case Comparison::FileToLive:
        m_view->setTexts(tr("File (as sent)"), sides.file, liveTitle, sides.live);
        break;
    case Comparison::FileToMerged:
        m_view->setTexts(tr("File (as sent)"), sides.file, tr("After apply (server dry run)"),
                         sides.merged);
        break;
    }
    const int rows = m_view->changedRows();
    if (!result.error.isEmpty())
        m_busy->setText(
            tr("%1\nThe dry-run result shows what a forced apply would leave.").arg(result.error));
    else if (result.live.isEmpty() &&
             Comparison(m_comparison->currentIndex()) != Comparison::FileToMerged)
        m_busy->setText(tr("The object does not exist on the cluster yet: applying creates it."));
    else if (rows == 0)
        m_busy->setText(tr("No differences."));
    else
        m_busy->setText(tr("%n differing line(s).", nullptr, rows));
}

} // namespace MeshEntry
