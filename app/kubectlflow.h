#pragma once

#include <QObject>
#include <QPointer>

namespace MeshEntry {

class EditorDocument;
class KubectlDialog;
class KubectlRunner;
class MainWindow;

/// Run with kubectl: the user's kubectl on the current document or the whole file, with the
/// chosen context, its output and exit status shown.
class KubectlFlow : public QObject
{
    Q_OBJECT
public:
    KubectlFlow(MainWindow *window, const QString &context, EditorDocument *file, int document);
    KubectlDialog *dialog() const { return m_dialog; }

private:
    QStringList arguments() const;
    void updateCommand();
    void run();
    void finished();

    QString m_context;
    QPointer<EditorDocument> m_file;
    int m_document;
    KubectlDialog *m_dialog;
    KubectlRunner *m_runner;
};

} // namespace MeshEntry
