#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace MeshEntry {

class BusyRow;
class ClusterBanner;
class ManifestResultsModel;

/**
 * Apply to Cluster and Delete from Cluster: which documents (this one or the whole file), what
 * the server's dry run says about each, and the buttons to go ahead. A view: the controller
 * runs the requests and answers its signals.
 */
class ClusterBatchDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Apply, Delete };

    ClusterBatchDialog(Mode mode, ManifestResultsModel *model, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setContext(const QString &context, const QString &server);
    ClusterBanner *banner() const { return m_banner; }
    void setScopes(const QStringList &labels, int current);
    int scope() const;
    /// A running request: the progress bar and Stop show, the buttons wait.
    void setBusy(bool busy, const QString &text = {});
    void setSummary(const QString &text, bool problem);
    /// Apply or Delete enabled; Force Apply shown (Apply mode).
    void setActions(bool primary, bool force);
    /// Closing is the only action left (after an apply or delete).
    void setDone();
    int currentRow() const;
    QTableView *table() const { return m_table; }
    QPushButton *primaryButton() const { return m_primary; }
    QPushButton *forceButton() const { return m_force; }
    QPushButton *diffButton() const { return m_diff; }

signals:
    void scopeChanged(int scope);
    void primaryRequested();
    void forceRequested();
    void diffRequested(int row);
    void cancelRequested();

private:
    void showDetails();

    Mode m_mode;
    ManifestResultsModel *m_model;
    ClusterBanner *m_banner;
    QLabel *m_context;
    QComboBox *m_scope;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    BusyRow *m_busy;
    QPushButton *m_diff;
    QPushButton *m_force;
    QPushButton *m_primary;
    QPushButton *m_close;
};

} // namespace MeshEntry
