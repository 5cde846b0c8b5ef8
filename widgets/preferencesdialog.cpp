#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace MeshEntry {

namespace {

const QString schemeKey = QStringLiteral("preferences/colorScheme");
const QString fontSizeKey = QStringLiteral("preferences/editorFontSize");
const QString autosaveKey = QStringLiteral("preferences/autosave");

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget), m_scheme(new QComboBox), m_fontSize(new QSpinBox),
      m_autosave(new QCheckBox(tr("Save unsaved changes every 30 seconds for crash recovery")))
{
    setWindowTitle(tr("Preferences"));
    m_scheme->addItem(tr("Follow the system"), int(ColorScheme::System));
    m_scheme->addItem(tr("Light"), int(ColorScheme::Light));
    m_scheme->addItem(tr("Dark"), int(ColorScheme::Dark));
    m_scheme->setCurrentIndex(m_scheme->findData(int(colorScheme())));
    m_fontSize->setRange(0, 40);
    m_fontSize->setSpecialValueText(tr("System default"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(editorFontSize());
    m_autosave->setChecked(autosaveEnabled());

    auto *general = new QWidget;
    auto *form = new QFormLayout(general);
    form->addRow(tr("Colour scheme:"), m_scheme);
    form->addRow(tr("YAML font size:"), m_fontSize);
    form->addRow(m_autosave);
    m_tabs->addTab(general, tr("General"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
}

void PreferencesDialog::addPage(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

void PreferencesDialog::showPage(QWidget *page)
{
    m_tabs->setCurrentWidget(page);
}

PreferencesDialog::ColorScheme PreferencesDialog::colorScheme()
{
    return ColorScheme(QSettings().value(schemeKey, int(ColorScheme::System)).toInt());
}

int PreferencesDialog::editorFontSize()
{
    return QSettings().value(fontSizeKey, 0).toInt();
}

bool PreferencesDialog::autosaveEnabled()
{
    return QSettings().value(autosaveKey, true).toBool();
}

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(schemeKey, m_scheme->currentData());
    settings.setValue(fontSizeKey, m_fontSize->value());
    settings.setValue(autosaveKey, m_autosave->isChecked());
    QDialog::accept();
}

} // namespace MeshEntry
