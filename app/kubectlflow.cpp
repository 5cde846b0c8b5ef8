#include "kubectlflow.h"

#include "editordocument.h"
#include "kubectldialog.h"
#include "kubectlrunner.h"
#include "mainwindow.h"
#include "manifestexport.h"

namespace MeshEntry {

KubectlFlow::KubectlFlow(MainWindow *window, const QString &context, EditorDocument *file,
                         int document)
    : m_context(context), m_file(file), m_document(document), m_dialog(new KubectlDialog(window)),
      m_runner(new KubectlRunner(this))
{
    setParent(m_dialog);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setScopes({tr("This document"), tr("The whole file (%n document(s))", nullptr,
                                                 file->file().documentCount())},
                        document >= 0 ? 0 : 1);
    connect(m_dialog, &KubectlDialog::choiceChanged, this, &KubectlFlow::updateCommand);
    connect(m_dialog, &KubectlDialog::runRequested, this, &KubectlFlow::run);
    connect(m_dialog, &KubectlDialog::cancelRequested, m_runner, &KubectlRunner::cancel);
    connect(m_runner, &KubectlRunner::outputReceived, this, [this] {
        m_dialog->setOutput(QString::fromUtf8(m_runner->output() + m_runner->errorOutput()));
    });
    connect(m_runner, &KubectlRunner::finished, this, &KubectlFlow::finished);
    updateCommand();
}

QStringList KubectlFlow::arguments() const
{
    return KubectlRunner::arguments(KubectlRunner::Action(m_dialog->action()), m_context);
}

void KubectlFlow::updateCommand()
{
    QStringList shown{QStringLiteral("kubectl")};
    for (const QString &argument : arguments())
        shown.append(KubectlRunner::shellQuoted(argument));
    m_dialog->setCommandLine(shown.join(u' ') + tr("   (the documents on stdin)"));
}

void KubectlFlow::run()
{
    if (!m_file)
        return;
    const QList<int> documents =
        m_dialog->scope() == 0 && m_document >= 0 ? QList<int>{m_document} : QList<int>();
    m_dialog->setOutput(QString());
    m_dialog->setRunning(true);
    m_runner->start(arguments(), ManifestExport::cleanText(m_file->file(), documents));
}

void KubectlFlow::finished()
{
    m_dialog->setRunning(false);
    m_dialog->setOutput(QString::fromUtf8(m_runner->output() + m_runner->errorOutput()));
    if (!m_runner->failure().isEmpty()) {
        m_dialog->setOutcome(m_runner->failure(), true);
        return;
    }
    const int code = m_runner->exitCode();
    const bool diff = KubectlRunner::Action(m_dialog->action()) == KubectlRunner::Action::Diff;
    if (code == 0)
        m_dialog->setOutcome(
            diff ? tr("Exit status 0: no differences.") : tr("Exit status 0: done."), false);
    else if (diff && code == 1)
        m_dialog->setOutcome(tr("Exit status 1: the cluster differs (shown above)."), false);
    else
        m_dialog->setOutcome(
            tr("Exit status %1: kubectl reported an error (shown above).").arg(code), true);
}

} // namespace MeshEntry
