#pragma once

#include "resourceform.h"

namespace MeshEntry {

class KeyValueEditor;
class MetadataSection;
class ScalarField;

/// Every field of a networking.istio.io WorkloadEntry: a VM or other workload outside Kubernetes.
class WorkloadEntryForm : public ResourceForm
{
    Q_OBJECT
public:
    explicit WorkloadEntryForm(QWidget *parent = nullptr);

    MetadataSection *metadataSection() const { return m_metadata; }
    ScalarField *addressField() const { return m_address; }
    ScalarField *networkField() const { return m_network; }
    ScalarField *localityField() const { return m_locality; }
    ScalarField *weightField() const { return m_weight; }
    ScalarField *serviceAccountField() const { return m_serviceAccount; }
    KeyValueEditor *portsEditor() const { return m_ports; }
    KeyValueEditor *labelsEditor() const { return m_labels; }

protected:
    void documentRefreshed(const SpanTree &) override {}

private:
    MetadataSection *m_metadata;
    ScalarField *m_address;
    ScalarField *m_network;
    ScalarField *m_locality;
    ScalarField *m_weight;
    ScalarField *m_serviceAccount;
    KeyValueEditor *m_ports;
    KeyValueEditor *m_labels;
};

} // namespace MeshEntry
