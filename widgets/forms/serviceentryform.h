#pragma once

#include "resourceform.h"

class QLabel;

namespace MeshEntry {

class EndpointsTable;
class EnumField;
class KeyValueEditor;
class MetadataSection;
class PortsTable;
class SectionNotice;
class StringListEditor;
class WrappedLabel;

/**
 * Every field of a networking.istio.io ServiceEntry (v1, v1beta1 and v1alpha3 read the same).
 * The form follows the resolution: endpoints, the workload selector and addresses are
 * disabled with the reason shown when the resolution ignores or forbids them, and endpoints
 * and the workload selector exclude each other.
 */
class ServiceEntryForm : public ResourceForm
{
    Q_OBJECT
public:
    explicit ServiceEntryForm(QWidget *parent = nullptr);

    MetadataSection *metadataSection() const { return m_metadata; }
    StringListEditor *hostsEditor() const { return m_hosts; }
    StringListEditor *addressesEditor() const { return m_addresses; }
    PortsTable *portsTable() const { return m_ports; }
    EnumField *locationField() const { return m_location; }
    EnumField *resolutionField() const { return m_resolution; }
    EndpointsTable *endpointsTable() const { return m_endpoints; }
    KeyValueEditor *selectorEditor() const { return m_selector; }
    StringListEditor *exportToEditor() const { return m_exportTo; }
    StringListEditor *subjectAltNamesEditor() const { return m_subjectAltNames; }
    SectionNotice *addressesNotice() const { return m_addressesNotice; }
    SectionNotice *endpointsNotice() const { return m_endpointsNotice; }
    SectionNotice *selectorNotice() const { return m_selectorNotice; }

protected:
    void documentRefreshed(const SpanTree &tree) override;

private:
    QString exportToMeaning(const QString &entry) const;
    void removeField(const char *path);

    MetadataSection *m_metadata;
    StringListEditor *m_hosts;
    SectionNotice *m_addressesNotice;
    StringListEditor *m_addresses;
    PortsTable *m_ports;
    EnumField *m_location;
    EnumField *m_resolution;
    SectionNotice *m_endpointsNotice;
    EndpointsTable *m_endpoints;
    SectionNotice *m_selectorNotice;
    KeyValueEditor *m_selector;
    StringListEditor *m_exportTo;
    WrappedLabel *m_exportToDefault;
    StringListEditor *m_subjectAltNames;
};

} // namespace MeshEntry
