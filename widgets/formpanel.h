#pragma once

#include "fieldmessage.h"

#include <QStackedWidget>

class QLabel;

namespace MeshEntry {

class EditorDocument;
class ResourceForm;
class ServiceEntryForm;
class WorkloadEntryForm;

/**
 * The centre of the window: the form of the shown document, or a sentence saying why there is
 * none (another kind, a syntax error in a document without kind, nothing open).
 */
class FormPanel : public QStackedWidget
{
    Q_OBJECT
public:
    explicit FormPanel(QWidget *parent = nullptr);

    /// Shows document of file (file null: nothing open).
    void showDocument(EditorDocument *file, int document);
    /// The form on screen, or nullptr when the message is shown.
    ResourceForm *currentForm() const;
    /// The width at which the forms show their tables without scrolling sideways.
    int preferredWidth() const;
    /// Hands findings of the shown document to its form.
    void setFieldMessages(const QList<FieldMessage> &messages);
    ServiceEntryForm *serviceEntryForm() const { return m_serviceEntryForm; }
    WorkloadEntryForm *workloadEntryForm() const { return m_workloadEntryForm; }
    QLabel *messageLabel() const { return m_message; }

signals:
    /// The user moved into the field at path of the shown document.
    void fieldActivated(const YamlPath &path);

private:
    QList<ResourceForm *> forms() const;

    QLabel *m_message;
    ServiceEntryForm *m_serviceEntryForm;
    WorkloadEntryForm *m_workloadEntryForm;
};

} // namespace MeshEntry
