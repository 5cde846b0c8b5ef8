#pragma once

#include "fieldmessage.h"

#include <QPointer>
#include <QStackedWidget>

class QLabel;

namespace MeshEntry {

class EditorDocument;
class YamlDocument;
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
    /// The narrowest width at which no form scrolls sideways (its labels above its fields).
    int minimumFormWidth() const;
    /// Hands findings of the shown document to its form.
    void setFieldMessages(const QList<FieldMessage> &messages);
    ServiceEntryForm *serviceEntryForm() const { return m_serviceEntryForm; }
    WorkloadEntryForm *workloadEntryForm() const { return m_workloadEntryForm; }
    QLabel *messageLabel() const { return m_message; }
    /// Whether a document holds nothing but its `---` and comments.
    static bool isEmptyDocument(const YamlDocument &document);
    /// The page shown for a document without content: one button per template.
    QWidget *emptyDocumentPage() const { return m_emptyPage; }

signals:
    /// The user moved into the field at path of the shown document.
    void fieldActivated(const YamlPath &path);
    /// The user chose to fill the shown empty document from the template with this id.
    void templateRequested(const QString &id);
    /// The user chose fix number index of a field's message (its light bulb menu).
    void fixRequested(const FieldMessage &message, int index);

private:
    QList<ResourceForm *> forms() const;
    QWidget *createEmptyDocumentPage();

    /// Shows the shown document again when an edit changes what it is (its kind, or that it is
    /// empty), such as a template filling it or a kind typed in the YAML pane.
    void onDocumentChanged(int index);

    QLabel *m_message;
    QWidget *m_emptyPage;
    QPointer<EditorDocument> m_file;
    int m_document = -1;
    ServiceEntryForm *m_serviceEntryForm;
    WorkloadEntryForm *m_workloadEntryForm;
};

} // namespace MeshEntry
