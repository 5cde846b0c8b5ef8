#include "vminventorydialog.h"

#include "messagetext.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace MeshEntry {

VmInventoryDialog::VmInventoryDialog(const QString &defaultNamespace,
                                     const QSet<QString> &existingNames, QWidget *parent)
    : QDialog(parent), m_defaultNamespace(defaultNamespace), m_existing(existingNames),
      m_path(new QLineEdit), m_namespace(new QLineEdit(defaultNamespace)),
      m_table(new QTableWidget), m_summary(new QLabel), m_insert(nullptr)
{
    setWindowTitle(tr("Create WorkloadEntries from a VM Inventory"));
    auto *intro = new QLabel(
        tr("A CSV file with the columns <b>%1</b>, labels as <tt>k=v;k=v</tt>. A header row "
           "may name the columns in another order. Each row becomes a WorkloadEntry; rows with "
           "errors are not inserted.")
            .arg(VmInventoryCsv::columns().join(QStringLiteral(", "))));
    intro->setWordWrap(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    m_path->setPlaceholderText(tr("inventory.csv"));
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Namespace when empty:"), m_namespace);

    QStringList headers{tr("Line")};
    headers += VmInventoryCsv::columns();
    headers.append(tr("Check"));
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_insert = buttons->addButton(tr("Insert"), QDialogButtonBox::AcceptRole);
    m_insert->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &VmInventoryDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &VmInventoryDialog::reload);
    connect(m_namespace, &QLineEdit::editingFinished, this, &VmInventoryDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(980, 520);
}

void VmInventoryDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("VM Inventory"), m_path->text(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        load(path);
}

void VmInventoryDialog::reload()
{
    if (!m_path->text().isEmpty())
        load(m_path->text());
}

bool VmInventoryDialog::load(const QString &path)
{
    m_path->setText(path);
    m_rows.clear();
    QFile file(path);
    QString error;
    const QString ns = m_namespace->text().trimmed().isEmpty() ? m_defaultNamespace
                                                               : m_namespace->text().trimmed();
    bool ok = file.open(QIODevice::ReadOnly);
    if (!ok)
        error = tr("Cannot read %1: %2").arg(path, translatedFileError(file.errorString()));
    else
        ok = VmInventoryCsv::parse(file.readAll(), ns, &m_rows, &error);
    if (ok)
        VmInventoryCsv::validate(&m_rows, m_existing);
    fill();
    if (!ok)
        m_summary->setText(error);
    return ok;
}

void VmInventoryDialog::fill()
{
    m_table->setRowCount(int(m_rows.size()));
    int good = 0;
    const QColor errorColor(0xc2, 0x3b, 0x22);
    const QColor warningColor(0xb0, 0x6a, 0x00);
    for (int r = 0; r < m_rows.size(); ++r) {
        const VmInventoryCsv::Row &row = m_rows[r];
        QStringList labels;
        for (auto it = row.labels.cbegin(); it != row.labels.cend(); ++it)
            labels.append(it.key() + u'=' + it.value());
        const QStringList cells{QString::number(row.line),
                                row.name,
                                row.namespaceName,
                                row.address,
                                labels.join(u';'),
                                row.serviceAccount,
                                row.network,
                                row.locality,
                                row.weight};
        QString check = tr("OK");
        if (!row.errors.isEmpty())
            check = row.errors.join(QStringLiteral("; "));
        else if (!row.warnings.isEmpty())
            check = row.warnings.join(QStringLiteral("; "));
        for (int c = 0; c <= cells.size(); ++c) {
            auto *item = new QTableWidgetItem(c < cells.size() ? cells[c] : check);
            item->setToolTip(check);
            if (!row.errors.isEmpty())
                item->setForeground(errorColor);
            else if (!row.warnings.isEmpty() && c == cells.size())
                item->setForeground(warningColor);
            m_table->setItem(r, c, item);
        }
        good += row.ok();
    }
    m_table->resizeColumnsToContents();
    const int bad = int(m_rows.size()) - good;
    if (bad == 0)
        m_summary->setText(m_rows.size() == 1 ? tr("1 row, valid.")
                                              : tr("%1 rows, all valid.").arg(m_rows.size()));
    else
        m_summary->setText(bad == 1 ? tr("1 row with errors will not be inserted.")
                                    : tr("%1 rows with errors will not be inserted.").arg(bad));
    m_insert->setText(good == 1 ? tr("Insert 1 WorkloadEntry")
                                : tr("Insert %1 WorkloadEntries").arg(good));
    m_insert->setEnabled(good > 0);
}

QList<VmInventoryCsv::Row> VmInventoryDialog::insertable() const
{
    QList<VmInventoryCsv::Row> result;
    for (const VmInventoryCsv::Row &row : m_rows) {
        if (row.ok())
            result.append(row);
    }
    return result;
}

} // namespace MeshEntry
