#include "meshsettingscontroller.h"

#include "actionregistry.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "meshconfig.h"
#include "meshconfigloader.h"
#include "meshpreferencespage.h"
#include "preferencesdialog.h"
#include "selectionworkspace.h"
#include "windowactions.h"

#include <QAction>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>

namespace MeshEntry {

namespace {

const QString meshTextKey = QStringLiteral("mesh/yaml");
const QString meshSourceKey = QStringLiteral("mesh/source");
/// The Request tester's own mesh config and namespace import (paths), before it used these.
const QString legacyMeshKey = QStringLiteral("routing/meshConfig");
const QString legacyNamespacesKey = QStringLiteral("routing/namespaces");

} // namespace

MeshSettingsController::MeshSettingsController(MainWindow *window, SelectionWorkspace *workspace,
                                               QObject *parent)
    : QObject(parent), m_window(window), m_workspace(workspace), m_status(new QToolButton)
{
    m_status->setObjectName(QStringLiteral("meshStatus"));
    m_status->setAutoRaise(true);
    window->statusBar()->addPermanentWidget(m_status);
    connect(m_status, &QToolButton::clicked, this, &MeshSettingsController::showPreferences);
    connect(window->windowActions(), &WindowActions::preferencesOpening, this,
            &MeshSettingsController::addPage);
    connect(workspace, &SelectionWorkspace::meshChanged, this,
            &MeshSettingsController::updateStatus);
    connect(workspace, &SelectionWorkspace::namespacesChanged, this,
            &MeshSettingsController::updateStatus);
    connect(workspace, &SelectionWorkspace::importedChanged, this,
            &MeshSettingsController::updateStatus);
    restore();
    updateStatus();
}

void MeshSettingsController::restore()
{
    QSettings settings;
    QByteArray text = settings.value(meshTextKey).toByteArray();
    QString source = settings.value(meshSourceKey).toString();
    // The Request tester remembered a file of its own: it becomes the window's settings once.
    const QString legacyMesh = settings.value(legacyMeshKey).toString();
    const bool migrate = text.isEmpty() && !legacyMesh.isEmpty();
    if (migrate) {
        QFile file(legacyMesh);
        if (file.open(QIODevice::ReadOnly)) {
            text = file.readAll();
            source = legacyMesh;
        }
    }
    const QString legacyNamespaces = settings.value(legacyNamespacesKey).toString();
    settings.remove(legacyMeshKey);
    settings.remove(legacyNamespacesKey);
    if (!legacyNamespaces.isEmpty())
        m_window->statusBar()->showMessage(
            tr("Namespaces are no longer imported at start: import %1 with Workloads ▸ Import "
               "Namespaces")
                .arg(legacyNamespaces),
            15000);

    MeshConfig mesh;
    QString error;
    if (!text.isEmpty()) {
        if (MeshConfigLoader::fromBytes(text, source, &mesh, &error)) {
            if (migrate) {
                settings.setValue(meshTextKey, mesh.text);
                settings.setValue(meshSourceKey, mesh.source);
            }
        } else {
            mesh = MeshConfig();
            m_window->statusBar()->showMessage(
                tr("The saved mesh settings cannot be read, Istio's defaults apply: %1").arg(error),
                15000);
        }
    }
    m_workspace->setMesh(mesh);
}

void MeshSettingsController::setMesh(const MeshConfig &mesh)
{
    QSettings settings;
    settings.setValue(meshTextKey, mesh.text);
    settings.setValue(meshSourceKey, mesh.source);
    m_workspace->setMesh(mesh);
}

void MeshSettingsController::showPreferences()
{
    m_showPage = true;
    m_window->actions()->action(QStringLiteral("edit.preferences"))->trigger();
    m_showPage = false;
}

void MeshSettingsController::addPage(PreferencesDialog *dialog)
{
    const MeshConfig &mesh = m_workspace->mesh();
    auto *page = new MeshPreferencesPage(mesh.text, mesh.source);
    dialog->addPage(page, tr("Mesh"));
    if (m_showPage)
        dialog->showPage(page);
    connect(dialog, &QDialog::accepted, this, [this, page] {
        if (!page->valid()) {
            m_window->statusBar()->showMessage(
                tr("The mesh settings were not changed: their YAML has an error"), 8000);
            return;
        }
        MeshConfig mesh = page->config();
        mesh.text = page->text();
        mesh.source = page->source();
        setMesh(mesh);
    });
}

void MeshSettingsController::updateStatus()
{
    const MeshConfig &mesh = m_workspace->mesh();
    const QStringList summary = mesh.summary();
    QString text = summary.isEmpty() ? tr("Mesh: Istio defaults")
                                     : tr("Mesh: %1").arg(summary.join(QStringLiteral(" · ")));
    const int namespaces = m_workspace->namespaces().size();
    const int imported = m_workspace->importedCount();
    if (namespaces > 0)
        text += (namespaces == 1 ? tr(" · 1 namespace")
                                 : tr(" · %1 namespaces").arg(QLocale().toString(namespaces)));
    if (imported > 0)
        text += (imported == 1 ? tr(" · 1 imported workload")
                               : tr(" · %1 imported workloads").arg(QLocale().toString(imported)));
    m_summary = text;
    // The status bar is shared: a long summary is elided, the tooltip has it all.
    m_status->setText(m_status->fontMetrics().elidedText(text, Qt::ElideRight, 480));

    QStringList tip{mesh.source.isEmpty() ? tr("Mesh settings in force")
                                          : tr("Mesh settings from %1").arg(mesh.source)};
    tip.append(tr("root namespace: %1").arg(mesh.rootNamespace));
    tip.append(tr("default exportTo: %1").arg(mesh.defaultServiceExportTo.join(u", ")));
    tip.append(
        tr("outbound traffic policy: %1").arg(MeshConfig::outboundModeName(mesh.outboundMode)));
    tip.append(tr("DNS capture: %1, auto-allocation: %2")
                   .arg(mesh.dnsCapture() ? tr("on") : tr("off"),
                        mesh.dnsAutoAllocate() ? tr("on") : tr("off")));
    if (mesh.serviceEntryVisibility.configured)
        tip.append(
            tr("serviceEntryVisibility: default %1, policies: %2, %3")
                .arg(ServiceEntryVisibility::name(mesh.serviceEntryVisibility.defaultVisibility))
                .arg(mesh.serviceEntryVisibility.policies.size())
                .arg(mesh.serviceEntryVisibility.applyToSidecars ? tr("applied to sidecars")
                                                                 : tr("not applied to sidecars")));
    tip.append(namespaces > 0
                   ? tr("Namespaces: %1 imported; their labels decide serviceEntryVisibility")
                         .arg(QLocale().toString(namespaces))
                   : tr("Namespaces: none imported (Workloads ▸ Import Namespaces)"));
    const int open = m_workspace->openWorkloadCount();
    tip.append(tr("Workloads: %1 imported, %2 WorkloadEntries in the open files")
                   .arg(QLocale().toString(imported), QLocale().toString(open)));
    QStringList sources;
    for (const QString &source : m_workspace->importedSources())
        sources.append(ImportController::sourceName(source));
    if (!sources.isEmpty())
        tip.append(tr("Imported from %1").arg(sources.join(QStringLiteral(", "))));
    m_details = tip.join(u'\n');
    m_status->setToolTip(m_details + u'\n' + tr("Click to edit the mesh settings"));
    emit summaryChanged(m_summary, m_details);
}

} // namespace MeshEntry
