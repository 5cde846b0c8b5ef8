#include "gotolinedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace MeshEntry {

GoToLineDialog::GoToLineDialog(int current, int lines, QWidget *parent)
    : QDialog(parent), m_line(new QSpinBox)
{
    setWindowTitle(tr("Go to Line"));
    setObjectName(QStringLiteral("goToLineDialog"));
    m_line->setRange(1, qMax(lines, 1));
    m_line->setValue(qBound(1, current, qMax(lines, 1)));
    m_line->setAccelerated(true);
    m_line->selectAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Line (1–%1):").arg(lines), m_line);
    layout->addRow(buttons);
    m_line->setFocus();
}

int GoToLineDialog::line() const
{
    return m_line->value();
}

} // namespace MeshEntry
