#pragma once

#include "yamlfile.h"

#include <QMainWindow>

class QListView;
class QLabel;

namespace MeshEntry {

class DocumentListModel;
class YamlTextView;

/// The editor window: wires the outline, the YAML pane and the file actions together.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Opens path; shows a message and returns false when it cannot be read.
    bool openFile(const QString &path);

private:
    void createActions();
    void openWithDialog();
    void showDocument(int row);
    void updateRecentFiles();
    void showAbout();

    YamlFile m_file;
    QString m_path;
    DocumentListModel *m_documents;
    QListView *m_outline;
    YamlTextView *m_text;
    QLabel *m_summary;
    QMenu *m_recentMenu = nullptr;
};

} // namespace MeshEntry
