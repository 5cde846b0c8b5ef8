#pragma once

#include "clusterbatchdialog.h"

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QToolButton;

namespace MeshEntry {

class ClusterSession;
class EditorDocument;
class KubeClient;
class MainWindow;

/**
 * The Cluster menu of a window and everything behind it: the context picker (menu and status
 * bar), Open from Cluster, Diff, Apply and Delete, export to kubectl and running kubectl.
 * MainWindow only creates it; each dialog's work lives in its own flow class.
 */
class ClusterController : public QObject
{
    Q_OBJECT
public:
    explicit ClusterController(MainWindow *window);

    ClusterSession *session() const { return m_session; }
    QMenu *menu() const { return m_menu; }
    /// Why no cluster can be reached through context (empty: none is chosen, e.g. no kubeconfig
    /// was found), for the window's warnings.
    static QString cannotUseContext(const QString &context, const QString &error);

private:
    enum class Scope { Document, File };

    void createMenu();
    void updateContextMenu();
    void updateContextButton();
    void updateActions();
    /// The client of the chosen context, or null after telling the user why not.
    KubeClient *client();
    /// The current file, or null after telling the user there is none.
    EditorDocument *file() const;

    void openFromCluster();
    /// Runs open with the current file and the chosen context's client, when there are both.
    void withFileAndClient(const std::function<void(EditorDocument *, KubeClient *)> &open);
    void diffWithCluster();
    void openBatch(ClusterBatchDialog::Mode mode);
    void runKubectl();
    void copyCommand(Scope scope);
    void saveForKubectl(Scope scope);
    QList<int> documents(Scope scope) const;

    MainWindow *m_window;
    ClusterSession *m_session;
    QMenu *m_menu = nullptr;
    QMenu *m_contextMenu = nullptr;
    QToolButton *m_contextButton = nullptr;
    QList<QAction *> m_fileActions; ///< the actions that need an open file
};

} // namespace MeshEntry
