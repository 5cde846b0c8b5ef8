#include "kubectldialog.h"

#include "busyrow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace MeshEntry {

KubectlDialog::KubectlDialog(QWidget *parent)
    : QDialog(parent), m_scope(new QComboBox), m_action(new QComboBox), m_command(new QLineEdit),
      m_output(new QPlainTextEdit), m_outcome(new BusyRow), m_run(new QPushButton(tr("&Run")))
{
    setWindowTitle(tr("Run with kubectl"));
    resize(860, 520);
    m_action->addItem(tr("kubectl diff (server-side)"));
    m_action->addItem(tr("kubectl apply --dry-run=server"));
    m_action->addItem(tr("kubectl apply (server-side)"));
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("kubectl's output appears here."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Documents:"), m_scope);
    form->addRow(tr("Co&mmand:"), m_action);
    form->addRow(tr("Runs:"), m_command);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    m_run->setDefault(true);
    m_run->setFocus();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_output, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &KubectlDialog::choiceChanged);
    connect(m_action, &QComboBox::currentIndexChanged, this, &KubectlDialog::choiceChanged);
    connect(m_run, &QPushButton::clicked, this, &KubectlDialog::runRequested);
    connect(m_outcome, &BusyRow::stopRequested, this, &KubectlDialog::cancelRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setRunning(false);
}

void KubectlDialog::setScopes(const QStringList &labels, int current)
{
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    m_scope->addItems(labels);
    m_scope->setCurrentIndex(current);
}

int KubectlDialog::scope() const
{
    return m_scope->currentIndex();
}

int KubectlDialog::action() const
{
    return m_action->currentIndex();
}

void KubectlDialog::setAction(int action)
{
    m_action->setCurrentIndex(action);
}

void KubectlDialog::setCommandLine(const QString &text)
{
    m_command->setText(text);
    m_command->setCursorPosition(0);
}

void KubectlDialog::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_scope->setEnabled(!running);
    m_action->setEnabled(!running);
    m_outcome->setBusy(running, tr("Running…"));
}

void KubectlDialog::setOutput(const QString &text)
{
    m_output->setPlainText(text);
}

void KubectlDialog::setOutcome(const QString &text, bool problem)
{
    m_outcome->setText(text, problem);
}

QString KubectlDialog::outcome() const
{
    return m_outcome->text();
}

} // namespace MeshEntry
