#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QTabWidget;

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

    /// Adds a page (a tab after General); it saves itself when the dialog is accepted.
    void addPage(QWidget *page, const QString &title);
    /// Shows an added page instead of General.
    void showPage(QWidget *page);

    void accept() override;

private:
    QTabWidget *m_tabs;
    QComboBox *m_scheme;
    QSpinBox *m_fontSize;
    QCheckBox *m_autosave;
};

} // namespace MeshEntry
