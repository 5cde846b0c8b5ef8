#pragma once

#include "yamlvalue.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace MeshEntry {

class BusyRow;
class ClusterBanner;
class SideBySideDiffView;

/**
 * Diff with Cluster: for each document, the file as sent, the live object and the server's
 * dry-run result (what applying will really leave, server defaults included), two of them
 * side by side with the changes marked.
 */
class ClusterDiffDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Comparison { LiveToMerged, FileToLive, FileToMerged };

    explicit ClusterDiffDialog(QWidget *parent = nullptr);

    void setContext(const QString &context, const QString &server);
    ClusterBanner *banner() const { return m_banner; }
    /// The documents to choose from, and the one to show first.
    void setDocuments(const QStringList &labels, int current);
    int document() const;
    /// What the server said about one document: its live object (empty if none), the dry-run
    /// result, or why there is none.
    void setResult(int document, const YamlValue &file, const QByteArray &live,
                   const QByteArray &merged, const QString &error);
    void setBusy(bool busy, const QString &text = {});
    void setComparison(Comparison comparison);
    SideBySideDiffView *view() const { return m_view; }
    /// What the comparison shows, or why there is none.
    QString summary() const;

signals:
    void refreshRequested();
    void cancelRequested();

private:
    struct Result {
        bool known = false;
        YamlValue file;
        QByteArray live;
        QByteArray merged;
        QString error;
    };
    void render();

    QList<Result> m_results;
    ClusterBanner *m_banner;
    QLabel *m_context;
    QComboBox *m_documents;
    QComboBox *m_comparison;
    QCheckBox *m_hide;
    SideBySideDiffView *m_view;
    BusyRow *m_busy;
    QPushButton *m_refresh;
};

} // namespace MeshEntry
