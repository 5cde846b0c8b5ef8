#include "serviceentryform.h"

#include "endpointstable.h"
#include "enumfield.h"
#include "fieldspec.h"
#include "formbinding.h"
#include "formfacts.h"
#include "keyvalueeditor.h"
#include "metadatasection.h"
#include "nodereader.h"
#include "portstable.h"
#include "sectionnotice.h"
#include "serviceentryview.h"
#include "stringlisteditor.h"
#include "wrappedlabel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>

namespace MeshEntry {

namespace {

YamlPath specPath(const char *key)
{
    return YamlPath().key(QStringLiteral("spec")).key(QLatin1String(key));
}

} // namespace

ServiceEntryForm::ServiceEntryForm(QWidget *parent)
    : ResourceForm(QStringLiteral("ServiceEntry"), parent)
{
    FormBinding *b = binding();
    m_metadata = new MetadataSection(b);
    addSectionWidget(m_metadata);
    for (FormField *field : m_metadata->fields())
        addField(field);

    QGroupBox *hostsBox = addSection(tr("Hosts and addresses"), u"spec.hosts");
    QFormLayout *hostsLayout = createFormLayout(hostsBox);
    addCaption(hostsLayout, FormFacts::supplement(u"spec.hosts"));
    m_hosts = new StringListEditor(b, specPath("hosts"), tr("Host"),
                                   tr("Add host, such as api.example.com…"), hostsBox);
    hostsLayout->addRow(createLabel(b, tr("Hos&ts:"), u"spec.hosts", m_hosts), m_hosts);
    m_addressesNotice = new SectionNotice(hostsBox);
    m_addressesNotice->setObjectName(QStringLiteral("notice:spec.addresses"));
    hostsLayout->addRow(m_addressesNotice);
    m_addresses = new StringListEditor(b, specPath("addresses"), tr("Address"),
                                       tr("Add IP address or CIDR block…"), hostsBox);
    hostsLayout->addRow(createLabel(b, tr("&Addresses:"), u"spec.addresses", m_addresses),
                        m_addresses);

    QGroupBox *portsBox = addSection(tr("Ports"), u"spec.ports");
    QFormLayout *portsLayout = createFormLayout(portsBox);
    m_ports = new PortsTable(b, specPath("ports"), portsBox);
    portsLayout->addRow(m_ports);

    QGroupBox *routingBox = addSection(tr("Location and resolution"), u"spec.resolution");
    QFormLayout *routingLayout = createFormLayout(routingBox);
    m_location =
        new EnumField(b, specPath("location"), b->spec(u"spec.location")->enumValues, routingBox);
    m_resolution = new EnumField(b, specPath("resolution"), b->spec(u"spec.resolution")->enumValues,
                                 routingBox);
    routingLayout->addRow(createLabel(b, tr("L&ocation:"), u"spec.location", m_location),
                          m_location);
    routingLayout->addRow(createLabel(b, tr("Resol&ution:"), u"spec.resolution", m_resolution),
                          m_resolution);

    QGroupBox *endpointsBox = addSection(tr("Endpoints"), u"spec.endpoints");
    QFormLayout *endpointsLayout = createFormLayout(endpointsBox);
    m_endpointsNotice = new SectionNotice(endpointsBox);
    m_endpointsNotice->setObjectName(QStringLiteral("notice:spec.endpoints"));
    m_endpoints = new EndpointsTable(b, specPath("endpoints"), endpointsBox);
    endpointsLayout->addRow(m_endpointsNotice);
    endpointsLayout->addRow(m_endpoints);

    QGroupBox *selectorBox = addSection(tr("Workload selector"), u"spec.workloadSelector");
    QFormLayout *selectorLayout = createFormLayout(selectorBox);
    addCaption(selectorLayout, b->spec(u"spec.workloadSelector")->docsText());
    m_selectorNotice = new SectionNotice(selectorBox);
    m_selectorNotice->setObjectName(QStringLiteral("notice:spec.workloadSelector"));
    m_selector = new KeyValueEditor(b, specPath("workloadSelector").key(QStringLiteral("labels")),
                                    FormBinding::ScalarKind::String, tr("Label"), tr("Value"),
                                    tr("Add label…"), selectorBox);
    selectorLayout->addRow(m_selectorNotice);
    selectorLayout->addRow(
        createLabel(b, tr("La&bels:"), u"spec.workloadSelector.labels", m_selector), m_selector);

    QGroupBox *visibilityBox = addSection(tr("Visibility and identity"), u"spec.exportTo");
    QFormLayout *visibilityLayout = createFormLayout(visibilityBox);
    m_exportTo = new StringListEditor(
        b, specPath("exportTo"), tr("Namespace"), tr("Add *, ., ~ or a namespace…"), visibilityBox,
        [this](const QString &entry) { return exportToMeaning(entry); });
    m_exportTo->setSuggestions({QStringLiteral("*"), QStringLiteral("."), QStringLiteral("~")});
    m_exportToDefault = new WrappedLabel(visibilityBox);
    m_exportToDefault->setForegroundRole(QPalette::PlaceholderText);
    auto *exportTo = new QWidget(visibilityBox);
    auto *exportToLayout = new QVBoxLayout(exportTo);
    exportToLayout->setContentsMargins(0, 0, 0, 0);
    exportToLayout->addWidget(m_exportTo);
    exportToLayout->addWidget(m_exportToDefault);
    visibilityLayout->addRow(createLabel(b, tr("E&xport to:"), u"spec.exportTo", m_exportTo),
                             exportTo);
    m_subjectAltNames = new StringListEditor(
        b, specPath("subjectAltNames"), tr("Subject alternative name"),
        tr("Add identity, such as spiffe://cluster.local/ns/a/sa/b…"), visibilityBox);
    visibilityLayout->addRow(
        createLabel(b, tr("Sub&ject alt names:"), u"spec.subjectAltNames", m_subjectAltNames),
        m_subjectAltNames);

    for (FormField *field :
         QList<FormField *>{m_hosts, m_addresses, m_ports, m_location, m_resolution, m_endpoints,
                            m_selector, m_exportTo, m_subjectAltNames})
        addField(field);
    finishPage();

    connect(m_addressesNotice, &SectionNotice::buttonClicked, this,
            [this] { removeField("addresses"); });
    connect(m_endpointsNotice, &SectionNotice::buttonClicked, this,
            [this] { removeField("endpoints"); });
    connect(m_selectorNotice, &SectionNotice::buttonClicked, this,
            [this] { removeField("workloadSelector"); });
}

void ServiceEntryForm::removeField(const char *path)
{
    binding()->remove(specPath(path));
}

QString ServiceEntryForm::exportToMeaning(const QString &entry) const
{
    const SpanTree *tree = binding()->tree();
    const QString space =
        tree ? FormBinding::displayText(
                   *tree, tree->find(YamlPath::fromText(QStringLiteral("metadata.namespace"))))
             : QString();
    return FormFacts::exportToMeaning(entry, space);
}

void ServiceEntryForm::documentRefreshed(const SpanTree &tree)
{
    const NodeReader reader(tree);
    const ServiceEntryView view =
        ServiceEntryView::read(reader, reader.value(tree.root(), u"spec"));
    // Absent means NONE; an unknown name reads as -1 and constrains nothing.
    const int resolution =
        view.resolution.present() ? view.resolution.value : int(ServiceEntryView::None);
    const QString name =
        view.resolution.present() ? reader.text(view.resolution.node) : QStringLiteral("NONE");
    const bool hasEndpoints = !view.endpoints.isEmpty();
    const bool hasSelector = view.hasWorkloadSelector();
    const bool hasAddresses = !view.addresses.isEmpty();

    bool addressesDisabled = false;
    if (!FormFacts::addressesAllowed(resolution)) {
        addressesDisabled = true;
        m_addressesNotice->showNotice(
            hasAddresses ? FieldMessage::Error : FieldMessage::Info,
            tr("Resolution %1 takes no addresses: routes are built from the hosts.").arg(name),
            hasAddresses ? tr("Remove Addresses") : QString());
    } else {
        m_addressesNotice->clear();
    }
    m_addresses->setEnabled(!addressesDisabled);

    bool endpointsDisabled = false;
    const int maxEndpoints = FormFacts::maxEndpoints(resolution);
    if (!FormFacts::endpointsAllowed(resolution)) {
        endpointsDisabled = true;
        m_endpointsNotice->showNotice(
            hasEndpoints ? FieldMessage::Error : FieldMessage::Info,
            tr("Resolution %1 takes no endpoints. %2")
                .arg(name, FormFacts::choiceHelp(u"spec.resolution", name)),
            hasEndpoints ? tr("Remove Endpoints") : QString());
    } else if (hasSelector && hasEndpoints) {
        m_endpointsNotice->showNotice(
            FieldMessage::Error,
            tr("Endpoints and a workload selector cannot be used together: keep one."),
            tr("Remove Endpoints"));
    } else if (hasSelector) {
        endpointsDisabled = true;
        m_endpointsNotice->showNotice(
            FieldMessage::Info,
            tr("The workload selector below picks the endpoints, so none can be listed here."));
    } else if (maxEndpoints >= 0) {
        m_endpointsNotice->showNotice(
            view.endpoints.size() > maxEndpoints ? FieldMessage::Error : FieldMessage::Info,
            tr("Resolution %1 takes at most %n endpoint(s).", nullptr, maxEndpoints).arg(name));
    } else {
        m_endpointsNotice->clear();
    }
    m_endpoints->setEnabled(!endpointsDisabled);
    m_endpoints->setAddingEnabled(maxEndpoints < 0 || view.endpoints.size() < maxEndpoints);
    m_endpoints->setPortNames(m_ports->names());

    bool selectorDisabled = false;
    if (hasSelector && hasEndpoints) {
        m_selectorNotice->showNotice(
            FieldMessage::Error,
            tr("Endpoints and a workload selector cannot be used together: keep one."),
            tr("Remove Workload Selector"));
    } else if (hasEndpoints) {
        selectorDisabled = true;
        m_selectorNotice->showNotice(
            FieldMessage::Info,
            tr("The endpoints above are listed by hand, so no workload selector can be used."));
    } else if (FormFacts::selectorIgnored(resolution)) {
        selectorDisabled = true;
        m_selectorNotice->showNotice(hasSelector ? FieldMessage::Warning : FieldMessage::Info,
                                     tr("Resolution %1 ignores the workload selector.").arg(name),
                                     hasSelector ? tr("Remove Workload Selector") : QString());
    } else {
        m_selectorNotice->clear();
    }
    m_selector->setEnabled(!selectorDisabled);

    if (view.exportToNode < 0 || view.exportTo.isEmpty()) {
        const QString fallback = binding()->defaultValue(u"spec.exportTo");
        m_exportToDefault->setText(
            tr("Not set: the mesh default applies, %1 (%2) unless the mesh configures another.")
                .arg(fallback, FormFacts::exportToMeaning(fallback, QString())));
        m_exportToDefault->show();
    } else {
        m_exportToDefault->hide();
    }
}

} // namespace MeshEntry
