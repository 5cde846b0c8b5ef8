#include "workloadimportdialog.h"

#include <QFileInfo>
#include <QLocale>

namespace MeshEntry {

namespace {

/// Reading is the first 80% of the bar, indexing the rest.
constexpr int readingShare = 800;
constexpr int steps = 1000;

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / 1e6, 'f', 1) + QStringLiteral(" MB");
}

} // namespace

WorkloadImportDialog::WorkloadImportDialog(const QString &fileName, QWidget *parent)
    : QProgressDialog(parent), m_fileName(QFileInfo(fileName).fileName())
{
    setWindowTitle(tr("Import Workloads"));
    setRange(0, steps);
    setMinimumDuration(200);
    setAutoClose(false);
    setAutoReset(false);
    setWindowModality(Qt::WindowModal);
    setLabelText(tr("Reading %1…").arg(m_fileName));
    setMinimumWidth(420);
}

void WorkloadImportDialog::setFetching(const QString &what)
{
    setLabelText(what);
    setRange(0, 0);
}

void WorkloadImportDialog::setReading(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    setRange(0, steps);
    setLabelText(tr("Reading %1: %2 of %3").arg(m_fileName, megabytes(done), megabytes(total)));
    setValue(int(readingShare * done / total));
}

void WorkloadImportDialog::setIndexing(int done, int total)
{
    if (total <= 0)
        return;
    setRange(0, steps);
    setLabelText(tr("Indexing the workloads of %1: %2 of %3")
                     .arg(m_fileName, QLocale().toString(done), QLocale().toString(total)));
    setValue(readingShare + int(qint64(steps - readingShare) * done / total));
}

} // namespace MeshEntry
