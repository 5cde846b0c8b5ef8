#pragma once

#include <QObject>

namespace MeshEntry {

class ClusterObjectsModel;
class ClusterSession;
class MainWindow;
class OpenFromClusterDialog;

/// Open from Cluster: lists what the chosen context holds and opens the ticked objects as a
/// new unsaved file, cleaned for editing.
class OpenFromClusterFlow : public QObject
{
    Q_OBJECT
public:
    OpenFromClusterFlow(MainWindow *window, ClusterSession *session);
    OpenFromClusterDialog *dialog() const { return m_dialog; }

private:
    void chooseContext(const QString &context);
    void load();
    void open();

    MainWindow *m_window;
    ClusterSession *m_session;
    ClusterObjectsModel *m_model;
    OpenFromClusterDialog *m_dialog;
};

} // namespace MeshEntry
