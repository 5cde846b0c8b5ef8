#include "workloadentryform.h"

#include "fieldspec.h"
#include "formbinding.h"
#include "formfacts.h"
#include "keyvalueeditor.h"
#include "metadatasection.h"
#include "scalarfield.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>

namespace MeshEntry {

WorkloadEntryForm::WorkloadEntryForm(QWidget *parent)
    : ResourceForm(QStringLiteral("WorkloadEntry"), parent)
{
    FormBinding *b = binding();
    m_metadata = new MetadataSection(b);
    addSectionWidget(m_metadata);
    for (FormField *field : m_metadata->fields())
        addField(field);

    const YamlPath spec = YamlPath().key(QStringLiteral("spec"));
    QGroupBox *workloadBox = addSection(tr("Workload"), u"spec");
    QFormLayout *workloadLayout = createFormLayout(workloadBox);
    const auto scalar = [&](const char *key, FormBinding::ScalarKind kind, const QString &label) {
        auto *field = new ScalarField(b, spec.key(QLatin1String(key)), kind,
                                      FormBinding::WhenEmpty::RemoveKey, workloadBox);
        workloadLayout->addRow(
            createLabel(b, label, QStringLiteral("spec.") + QLatin1String(key), field), field);
        addField(field);
        return field;
    };
    m_address = scalar("address", FormBinding::ScalarKind::String, tr("&Address:"));
    m_network = scalar("network", FormBinding::ScalarKind::String, tr("Networ&k:"));
    m_locality = scalar("locality", FormBinding::ScalarKind::String, tr("L&ocality:"));
    m_weight = scalar("weight", FormBinding::ScalarKind::Number, tr("Wei&ght:"));
    m_serviceAccount =
        scalar("serviceAccount", FormBinding::ScalarKind::String, tr("Service accoun&t:"));

    QGroupBox *portsBox = addSection(tr("Ports"), u"spec.ports");
    QFormLayout *portsLayout = createFormLayout(portsBox);
    addCaption(portsLayout, b->spec(u"spec.ports")->docsText());
    m_ports = new KeyValueEditor(b, spec.key(QStringLiteral("ports")),
                                 FormBinding::ScalarKind::Number, tr("Service port name"),
                                 tr("Port on the workload"), tr("Add port name…"), portsBox);
    portsLayout->addRow(m_ports);
    addField(m_ports);

    QGroupBox *labelsBox = addSection(tr("Labels"), u"spec.labels");
    QFormLayout *labelsLayout = createFormLayout(labelsBox);
    addCaption(labelsLayout, FormFacts::supplement(u"spec.labels"));
    m_labels =
        new KeyValueEditor(b, spec.key(QStringLiteral("labels")), FormBinding::ScalarKind::String,
                           tr("Label"), tr("Value"), tr("Add label…"), labelsBox);
    labelsLayout->addRow(m_labels);
    addField(m_labels);
    finishPage();
}

} // namespace MeshEntry
