#pragma once

#include "routeanswer.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QToolButton;

namespace MeshEntry {

class RouteStepsModel;

/**
 * The Request tester: a source namespace and a URL (or the fields it fills), the outcome of
 * the request, and the numbered steps that lead there. Activating a step asks to open the
 * document and field it came from.
 */
class RequestTesterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RequestTesterPanel(QWidget *parent = nullptr);

    /// The request the fields describe; false (with *problem) when they describe none yet.
    bool request(RoutingRequest *request, QString *problem) const;
    /// Offers these namespaces in the namespace field, keeping what is typed there; an empty
    /// field takes preferred (the current document's namespace), else the first.
    void setNamespaces(const QStringList &namespaces, const QString &preferred = QString());
    void setAnswer(const RouteAnswer &answer);
    /// No answer: shows why (an incomplete URL, no documents).
    void showProblem(const QString &problem);
    /// What the answers assume besides the files ("Mesh: Istio defaults · 3 namespaces"), as
    /// the status bar shows it; details on hover.
    void setSettingsSummary(const QString &summary, const QString &details);
    QLabel *settingsLabel() const { return m_settings; }
    /// The window's commands for what the answers assume besides the files (Workloads ▸ Mesh
    /// Settings, Import Namespaces), as buttons under the fields.
    void setSettingsActions(QAction *meshSettings, QAction *importNamespaces);

    QComboBox *namespaceField() const { return m_namespace; }
    QLineEdit *urlField() const { return m_url; }
    QLabel *outcomeLabel() const { return m_outcome; }
    QTableView *stepsView() const { return m_steps; }
    const RouteStepsModel *stepsModel() const { return m_model; }

signals:
    void requestChanged();
    void stepActivated(int document, const YamlPath &path);

private:
    void urlEdited();
    void fieldsEdited();

    QComboBox *m_namespace;
    QLineEdit *m_url;
    QComboBox *m_protocol;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_address;
    QLineEdit *m_sni;
    QLabel *m_outcome;
    QLabel *m_summary;
    QTableView *m_steps;
    QLabel *m_settings;
    QToolButton *m_meshButton;
    QToolButton *m_namespacesButton;
    RouteStepsModel *m_model;
    bool m_syncing = false;
};

} // namespace MeshEntry
