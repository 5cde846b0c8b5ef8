#include "meshpreferencespage.h"

#include "documenteditor.h"
#include "meshconfigloader.h"
#include "spantree.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace MeshEntry {

namespace {

const QString captureKey = QStringLiteral("ISTIO_META_DNS_CAPTURE");
const QString autoAllocateKey = QStringLiteral("ISTIO_META_DNS_AUTO_ALLOCATE");

/// The snake_case spelling protobuf JSON also accepts for a camelCase key.
QString snakeCase(const QString &camel)
{
    QString out;
    for (const QChar c : camel) {
        if (c.isUpper()) {
            out += u'_';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

MeshPreferencesPage::MeshPreferencesPage(const QByteArray &text, const QString &source,
                                         QWidget *parent)
    : QWidget(parent), m_source(source), m_sourceLabel(new QLabel), m_rootNamespace(new QLineEdit),
      m_exportTo(new QLineEdit), m_outbound(new QComboBox),
      m_dnsCapture(new QCheckBox(tr("DNS capture (ISTIO_META_DNS_CAPTURE)"))),
      m_autoAllocate(new QCheckBox(tr("Address auto-allocation (ISTIO_META_DNS_AUTO_ALLOCATE)"))),
      m_visibility(new QComboBox), m_sidecars(new QCheckBox(tr("Apply to sidecars"))),
      m_policies(new QLabel), m_yaml(new QPlainTextEdit), m_status(new QLabel),
      m_parseTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("meshPreferencesPage"));
    for (const MeshConfig::OutboundMode mode :
         {MeshConfig::OutboundMode::AllowAny, MeshConfig::OutboundMode::RegistryOnly,
          MeshConfig::OutboundMode::AllowAnyDynamicDns})
        m_outbound->addItem(MeshConfig::outboundModeName(mode), int(mode));
    m_visibility->addItem(tr("Not set (PUBLIC)"), QString());
    for (const char *name : {"PUBLIC", "NAMESPACE", "NONE"})
        m_visibility->addItem(QLatin1String(name), QLatin1String(name));
    m_rootNamespace->setPlaceholderText(QStringLiteral("istio-system"));
    m_exportTo->setPlaceholderText(QStringLiteral("*"));
    m_exportTo->setToolTip(tr("defaultServiceExportTo: comma-separated, * for every namespace, "
                              ". for the entry's own namespace, ~ for none"));
    m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_yaml->setPlainText(QString::fromUtf8(text));
    m_yaml->setAccessibleName(tr("MeshConfig YAML"));
    m_yaml->setPlaceholderText(tr("# MeshConfig YAML; empty means Istio's defaults"));
    m_status->setWordWrap(true);
    m_policies->setWordWrap(true);
    m_parseTimer->setSingleShot(true);
    m_parseTimer->setInterval(250);

    auto *load = new QPushButton(tr("&Load from File…"));
    auto *reset = new QPushButton(tr("&Reset to Istio's Defaults"));
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sourceLabel, 1);
    sourceRow->addWidget(load);
    sourceRow->addWidget(reset);

    auto *form = new QFormLayout;
    form->addRow(tr("Root &namespace:"), m_rootNamespace);
    form->addRow(tr("Default service &exportTo:"), m_exportTo);
    form->addRow(tr("&Outbound traffic policy:"), m_outbound);
    form->addRow(tr("Proxy metadata:"), m_dnsCapture);
    form->addRow(QString(), m_autoAllocate);
    form->addRow(tr("ServiceEntry &visibility:"), m_visibility);
    form->addRow(QString(), m_sidecars);
    form->addRow(QString(), m_policies);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addLayout(form);
    auto *yamlLabel = new QLabel(tr("MeshConfig &YAML (the istio ConfigMap's data.mesh):"));
    yamlLabel->setBuddy(m_yaml);
    layout->addWidget(yamlLabel);
    layout->addWidget(m_yaml, 1);
    layout->addWidget(m_status);

    connect(load, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Load Mesh Settings"), QString(),
                                         tr("YAML or JSON (*.yaml *.yml *.json);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        m_source.clear();
        m_yaml->setPlainText(QString());
        parseText();
    });
    connect(m_yaml, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_parseTimer->start();
    });
    connect(m_parseTimer, &QTimer::timeout, this, &MeshPreferencesPage::parseText);
    connect(m_rootNamespace, &QLineEdit::textEdited, this, [this](const QString &text) {
        patch(QStringLiteral("rootNamespace"), text.trimmed());
    });
    connect(m_exportTo, &QLineEdit::textEdited, this, [this](const QString &text) {
        QStringList entries;
        for (const QString &entry : text.split(u',', Qt::SkipEmptyParts))
            entries.append(entry.trimmed());
        patchList(QStringLiteral("defaultServiceExportTo"), entries);
    });
    connect(m_outbound, &QComboBox::activated, this, [this] {
        patch(QStringLiteral("outboundTrafficPolicy.mode"), m_outbound->currentText(), false);
    });
    connect(m_dnsCapture, &QCheckBox::clicked, this, [this](bool on) {
        patch(QStringLiteral("defaultConfig.proxyMetadata.") + captureKey,
              on ? QStringLiteral("true") : QString());
    });
    connect(m_autoAllocate, &QCheckBox::clicked, this, [this](bool on) {
        patch(QStringLiteral("defaultConfig.proxyMetadata.") + autoAllocateKey,
              on ? QStringLiteral("true") : QString());
    });
    connect(m_visibility, &QComboBox::activated, this, [this] {
        patch(QStringLiteral("serviceEntryVisibility.defaultVisibility"),
              m_visibility->currentData().toString(), false);
    });
    connect(m_sidecars, &QCheckBox::clicked, this, [this](bool on) {
        patch(QStringLiteral("serviceEntryVisibility.applyToSidecars"),
              on ? QStringLiteral("true") : QString(), false);
    });
    parseText();
}

QByteArray MeshPreferencesPage::text() const
{
    return m_yaml->toPlainText().toUtf8();
}

bool MeshPreferencesPage::loadFile(const QString &path)
{
    MeshConfig loaded;
    QString error;
    if (!MeshConfigLoader::fromFile(path, &loaded, &error)) {
        m_status->setText(error);
        return false;
    }
    m_source = path;
    m_updating = true;
    m_yaml->setPlainText(QString::fromUtf8(loaded.text));
    m_updating = false;
    parseText();
    return true;
}

void MeshPreferencesPage::parseText()
{
    m_parseTimer->stop();
    MeshConfig parsed;
    QString error;
    if (!MeshConfigLoader::fromBytes(
            text(), m_source.isEmpty() ? tr("YAML") : QFileInfo(m_source).fileName(), &parsed,
            &error)) {
        m_error = error;
        m_status->setText(error);
        return;
    }
    m_error.clear();
    parsed.source = m_source;
    m_config = parsed;
    showConfig();
}

void MeshPreferencesPage::showConfig()
{
    m_updating = true;
    m_sourceLabel->setText(m_source.isEmpty() ? tr("Settings typed here, or Istio's defaults")
                                              : tr("Loaded from %1").arg(m_source));
    if (!m_rootNamespace->hasFocus())
        m_rootNamespace->setText(m_config.rootNamespace);
    if (!m_exportTo->hasFocus())
        m_exportTo->setText(m_config.defaultServiceExportTo.join(QStringLiteral(", ")));
    m_outbound->setCurrentIndex(m_outbound->findData(int(m_config.outboundMode)));
    m_dnsCapture->setChecked(m_config.dnsCapture());
    m_autoAllocate->setChecked(m_config.dnsAutoAllocate());
    const ServiceEntryVisibility &visibility = m_config.serviceEntryVisibility;
    const QString name = visibility.configured
                             ? ServiceEntryVisibility::name(visibility.defaultVisibility)
                             : QString();
    m_visibility->setCurrentIndex(qMax(0, m_visibility->findData(name)));
    m_sidecars->setChecked(visibility.applyToSidecars);
    m_policies->setText(
        visibility.policies.isEmpty()
            ? tr("No visibility policies (add them under serviceEntryVisibility.policies below).")
        : visibility.policies.size() == 1
            ? tr("1 visibility policy, chosen by namespace labels; edit it below.")
            : tr("%1 visibility policies, chosen by namespace labels; edit them below.")
                  .arg(visibility.policies.size()));
    const QStringList summary = m_config.summary();
    QString status = summary.isEmpty()
                         ? tr("In force: Istio's defaults.")
                         : tr("In force: %1.").arg(summary.join(QStringLiteral(", ")));
    if (!m_config.otherKeys.isEmpty())
        status += u' ' + tr("Kept but not used by MeshEntry: %1.")
                             .arg(m_config.otherKeys.join(QStringLiteral(", ")));
    m_status->setText(status);
    m_updating = false;
}

QString MeshPreferencesPage::keyIn(const QString &path) const
{
    // Keep writing to the spelling the file already uses.
    const SpanTree tree = SpanTree::parse(text());
    QStringList parts = path.split(u'.');
    QStringList resolved;
    for (const QString &part : parts) {
        const QString candidate = (resolved + QStringList{snakeCase(part)}).join(u'.');
        const bool snake =
            snakeCase(part) != part && tree.find(YamlPath::fromText(candidate)) >= 0 &&
            tree.find(YamlPath::fromText((resolved + QStringList{part}).join(u'.'))) < 0;
        resolved.append(snake ? snakeCase(part) : part);
    }
    return resolved.join(u'.');
}

void MeshPreferencesPage::patch(const QString &path, const QString &value, bool quoted)
{
    const QByteArray before = text();
    const SpanTree tree = SpanTree::parse(before);
    const YamlPath target = YamlPath::fromText(keyIn(path));
    const DocumentEditor editor(before, tree);
    DocumentEdit edit;
    if (value.isEmpty()) {
        // Removing the last key of a mapping removes the mapping too (no `proxyMetadata: {}`).
        YamlPath doomed = target;
        while (doomed.size() > 1) {
            const int parent = tree.find(doomed.parent());
            if (parent < 0 || tree.node(parent).entryCount() != 1)
                break;
            doomed = doomed.parent();
        }
        edit = tree.find(target) >= 0 ? editor.remove(doomed) : DocumentEdit();
    } else
        edit = editor.setValue(target, quoted ? YamlValue::string(value) : YamlValue::plain(value));
    if (!edit.ok) {
        if (!edit.error.isEmpty())
            m_status->setText(tr("Cannot change %1: %2").arg(path, edit.error));
        return;
    }
    m_updating = true;
    m_yaml->setPlainText(QString::fromUtf8(edit.text));
    m_updating = false;
    parseText();
}

void MeshPreferencesPage::patchList(const QString &path, const QStringList &values)
{
    const QByteArray before = text();
    const SpanTree tree = SpanTree::parse(before);
    const YamlPath target = YamlPath::fromText(keyIn(path));
    QList<YamlValue> items;
    for (const QString &entry : values)
        items.append(YamlValue::string(entry));
    const DocumentEditor editor(before, tree);
    const DocumentEdit edit =
        values.isEmpty() ? (tree.find(target) >= 0 ? editor.remove(target) : DocumentEdit())
                         : editor.setValue(target, YamlValue::sequence(items));
    if (!edit.ok)
        return;
    m_updating = true;
    m_yaml->setPlainText(QString::fromUtf8(edit.text));
    m_updating = false;
    parseText();
}

} // namespace MeshEntry
