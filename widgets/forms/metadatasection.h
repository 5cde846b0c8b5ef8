#pragma once

#include <QGroupBox>

namespace MeshEntry {

class EnumField;
class FormBinding;
class FormField;
class KeyValueEditor;
class ScalarField;

/// apiVersion, name, namespace, labels and annotations: the part both kinds share.
class MetadataSection : public QGroupBox
{
    Q_OBJECT
public:
    MetadataSection(FormBinding *binding, QWidget *parent = nullptr);

    QList<FormField *> fields() const;
    ScalarField *nameField() const { return m_name; }
    ScalarField *namespaceField() const { return m_namespace; }
    KeyValueEditor *labelsEditor() const { return m_labels; }
    KeyValueEditor *annotationsEditor() const { return m_annotations; }

private:
    EnumField *m_apiVersion;
    ScalarField *m_name;
    ScalarField *m_namespace;
    KeyValueEditor *m_labels;
    KeyValueEditor *m_annotations;
};

} // namespace MeshEntry
