#pragma once

#include "meshconfig.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace MeshEntry {

/**
 * The Mesh page of Preferences: the mesh settings MeshEntry's answers depend on, as fields and
 * as the MeshConfig YAML itself. A field edit patches the YAML (every other byte, unknown keys
 * and comments included, stays); a YAML edit updates the fields. "Load from file…" reads a
 * MeshConfig, the istio ConfigMap or an IstioOperator.
 */
class MeshPreferencesPage : public QWidget
{
    Q_OBJECT
public:
    /// text: the MeshConfig YAML in force; source: where it came from (empty: typed or none).
    MeshPreferencesPage(const QByteArray &text, const QString &source, QWidget *parent = nullptr);

    /// The settings as the page shows them; valid() false while the YAML has an error.
    const MeshConfig &config() const { return m_config; }
    bool valid() const { return m_error.isEmpty(); }
    QByteArray text() const;
    QString source() const { return m_source; }

    bool loadFile(const QString &path);

    QLineEdit *rootNamespaceField() const { return m_rootNamespace; }
    QLineEdit *exportToField() const { return m_exportTo; }
    QComboBox *outboundField() const { return m_outbound; }
    QCheckBox *dnsCaptureField() const { return m_dnsCapture; }
    QCheckBox *autoAllocateField() const { return m_autoAllocate; }
    QComboBox *visibilityField() const { return m_visibility; }
    QCheckBox *sidecarsField() const { return m_sidecars; }
    QPlainTextEdit *yamlField() const { return m_yaml; }
    QLabel *statusLabel() const { return m_status; }

private:
    void parseText();
    void showConfig();
    /// Sets (or, with an empty value, removes) the key at path in the YAML.
    void patch(const QString &path, const QString &value, bool quoted = true);
    void patchList(const QString &path, const QStringList &values);
    QString keyIn(const QString &path) const;

    MeshConfig m_config;
    QString m_error;
    QString m_source;
    bool m_updating = false;
    QLabel *m_sourceLabel;
    QLineEdit *m_rootNamespace;
    QLineEdit *m_exportTo;
    QComboBox *m_outbound;
    QCheckBox *m_dnsCapture;
    QCheckBox *m_autoAllocate;
    QComboBox *m_visibility;
    QCheckBox *m_sidecars;
    QLabel *m_policies;
    QPlainTextEdit *m_yaml;
    QLabel *m_status;
    QTimer *m_parseTimer;
};

} // namespace MeshEntry
