#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace MeshEntry {

/// Preferences kept in QSettings: colour scheme, editor font size, autosave.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class ColorScheme { System, Light, Dark };

    explicit PreferencesDialog(QWidget *parent = nullptr);

    static ColorScheme colorScheme();
    static int editorFontSize(); ///< 0: the system's fixed font size
    static bool autosaveEnabled();

    void accept() override;

private:
    QComboBox *m_scheme;
    QSpinBox *m_fontSize;
    QCheckBox *m_autosave;
};

} // namespace MeshEntry
