#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace MeshEntry {

class BusyRow;
class ClusterBanner;
class ClusterObjectsModel;

/**
 * Open from Cluster: pick a context, a namespace (or all) and the kinds, then tick the
 * objects to open. The dialog shows what its model loads; it asks for loads through signals.
 */
class OpenFromClusterDialog : public QDialog
{
    Q_OBJECT
public:
    OpenFromClusterDialog(ClusterObjectsModel *model, QWidget *parent = nullptr);

    void setContexts(const QStringList &names, const QString &current);
    QString context() const;
    /// The namespace to list; empty for all namespaces.
    QString namespaceName() const;
    void setNamespace(const QString &name);
    QStringList kinds() const;
    ClusterBanner *banner() const { return m_banner; }
    /// Says that nothing was listed because the context cannot be used (the banner says why),
    /// until the next load starts.
    void showNotLoaded();
    QTableView *table() const { return m_table; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void contextChosen(const QString &name);
    /// The user asked to list again (Refresh, or the namespace or kinds changed).
    void loadRequested();

private:
    void updateState();
    void setNamespaces(const QStringList &names);

    ClusterObjectsModel *m_model;
    QSortFilterProxyModel *m_filtered;
    QComboBox *m_context;
    QComboBox *m_namespace;
    QList<QCheckBox *> m_kinds;
    QLineEdit *m_filter;
    QTableView *m_table;
    ClusterBanner *m_banner;
    BusyRow *m_busy;
    QPushButton *m_open;
    bool m_notLoaded = false;
};

} // namespace MeshEntry
