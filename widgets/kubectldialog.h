#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace MeshEntry {

class BusyRow;

/// Run with kubectl: the command, its output and its exit status. A view; the controller
/// runs kubectl.
class KubectlDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KubectlDialog(QWidget *parent = nullptr);

    void setScopes(const QStringList &labels, int current);
    int scope() const;
    /// 0 diff, 1 apply --dry-run=server, 2 apply (KubectlRunner::Action order).
    int action() const;
    void setAction(int action);
    void setCommandLine(const QString &text);
    void setRunning(bool running);
    void setOutput(const QString &text);
    /// The outcome line: exit status and what it means, or why kubectl did not run.
    void setOutcome(const QString &text, bool problem);
    QPlainTextEdit *output() const { return m_output; }
    QPushButton *runButton() const { return m_run; }
    /// The outcome line's text.
    QString outcome() const;

signals:
    void choiceChanged();
    void runRequested();
    void cancelRequested();

private:
    QComboBox *m_scope;
    QComboBox *m_action;
    QLineEdit *m_command;
    QPlainTextEdit *m_output;
    BusyRow *m_outcome;
    QPushButton *m_run;
};

} // namespace MeshEntry
