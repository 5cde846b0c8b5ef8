#include "metadatasection.h"

#include "enumfield.h"
#include "formfacts.h"
#include "keyvalueeditor.h"
#include "resourceform.h"
#include "scalarfield.h"

#include <QFormLayout>
#include <QLabel>

namespace MeshEntry {

MetadataSection::MetadataSection(FormBinding *binding, QWidget *parent)
    : QGroupBox(tr("Metadata"), parent)
{
    const YamlPath metadata = YamlPath().key(QStringLiteral("metadata"));
    setWhatsThis(binding->whatsThis(u"metadata"));
    m_apiVersion = new EnumField(binding, YamlPath().key(QStringLiteral("apiVersion")),
                                 FormFacts::apiVersions(), this);
    // Kubernetes needs a name: clearing it keeps the key in place for the next keystroke.
    m_name =
        new ScalarField(binding, metadata.key(QStringLiteral("name")),
                        FormBinding::ScalarKind::String, FormBinding::WhenEmpty::WriteEmpty, this);
    m_namespace =
        new ScalarField(binding, metadata.key(QStringLiteral("namespace")),
                        FormBinding::ScalarKind::String, FormBinding::WhenEmpty::RemoveKey, this);
    m_labels = new KeyValueEditor(binding, metadata.key(QStringLiteral("labels")),
                                  FormBinding::ScalarKind::String, tr("Label"), tr("Value"),
                                  tr("Add label…"), this);
    m_annotations = new KeyValueEditor(binding, metadata.key(QStringLiteral("annotations")),
                                       FormBinding::ScalarKind::String, tr("Annotation"),
                                       tr("Value"), tr("Add annotation…"), this);

    QFormLayout *layout = ResourceForm::createFormLayout(this);
    layout->addRow(
        ResourceForm::createLabel(binding, tr("API ve&rsion:"), u"apiVersion", m_apiVersion),
        m_apiVersion);
    layout->addRow(ResourceForm::createLabel(binding, tr("&Name:"), u"metadata.name", m_name),
                   m_name);
    layout->addRow(
        ResourceForm::createLabel(binding, tr("Names&pace:"), u"metadata.namespace", m_namespace),
        m_namespace);
    layout->addRow(ResourceForm::createLabel(binding, tr("&Labels:"), u"metadata.labels", m_labels),
                   m_labels);
    layout->addRow(ResourceForm::createLabel(binding, tr("Annotat&ions:"), u"metadata.annotations",
                                             m_annotations),
                   m_annotations);
}

QList<FormField *> MetadataSection::fields() const
{
    return {m_apiVersion, m_name, m_namespace, m_labels, m_annotations};
}

} // namespace MeshEntry
