#pragma once

#include "fieldmessage.h"

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace MeshEntry {

class EditorDocument;
class FormBinding;
class FormField;
class MessageList;
class OtherFieldsView;
class SectionNotice;
class SpanTree;

/**
 * Base of the resource forms. Binds to one document of an EditorDocument, refreshes its
 * fields from the document's tree whenever that document changes (leaving the field being
 * typed in alone), turns read-only with the error shown while the YAML does not parse, shows
 * messages on the fields they concern, and lists the keys it does not edit as other fields.
 */
class ResourceForm : public QWidget
{
    Q_OBJECT
public:
    /// Binds the form to document index of document (nullptr unbinds) and refreshes it.
    void setDocument(EditorDocument *document, int index);
    EditorDocument *document() const;
    int documentIndex() const;
    /// The kind this form edits: "ServiceEntry" or "WorkloadEntry".
    QString kind() const { return m_kind; }

    /// True while the form cannot be edited: syntax error, read-only file, another kind.
    bool isReadOnly() const { return m_readOnly; }
    /// Why the form is read-only (with line and column for a syntax error), or empty.
    QString notice() const;

    /// Shows messages on the fields whose paths they lie under; the rest above the form.
    void setFieldMessages(const QList<FieldMessage> &messages);
    /// Messages no field shows, listed above the form.
    QList<FieldMessage> formMessages() const;
    /// The width at which the page shows every field without scrolling sideways.
    int preferredWidth() const;
    /// The narrowest width at which the page does not scroll sideways.
    int minimumPageWidth() const;
    /// Focuses the widget, table cell or list row that edits path and scrolls it into view.
    void focusField(const YamlPath &path);

    /// A QFormLayout with the forms' spacing and alignment.
    static QFormLayout *createFormLayout(QWidget *parent);
    /// A field label with the field's help as tooltip and What's This.
    static QLabel *createLabel(FormBinding *binding, const QString &text, QStringView pattern,
                               QWidget *buddy);

signals:
    /// The user moved into the field at path (the YAML pane can follow).
    void fieldActivated(const YamlPath &path);

protected:
    ResourceForm(const QString &kind, QWidget *parent = nullptr);

    FormBinding *binding() const { return m_binding; }
    /// Adds a titled section to the page; its What's This is the pattern's.
    QGroupBox *addSection(const QString &title, QStringView pattern);
    /// Adds a section built elsewhere (the metadata section both forms share).
    void addSectionWidget(QWidget *section);
    /// Adds a grey line of explanation to a section's form layout.
    void addCaption(QFormLayout *layout, const QString &text);
    /// Registers a field for refreshes, messages and focus.
    void addField(FormField *field);
    /// Adds the "Other fields" section; call after every field was added.
    void finishPage();
    /// Called after the fields were refreshed from a tree without syntax errors.
    virtual void documentRefreshed(const SpanTree &tree) = 0;

private:
    void refresh();
    void distributeMessages();
    void applyReadOnly(bool readOnly);
    void setTitle(const QString &space, const QString &name);

    QString m_kind;
    FormBinding *m_binding;
    QLabel *m_title;
    SectionNotice *m_notice;
    MessageList *m_formMessages;
    QScrollArea *m_scroll;
    QWidget *m_page;
    QVBoxLayout *m_pageLayout;
    QGroupBox *m_otherSection = nullptr;
    OtherFieldsView *m_otherFields = nullptr;
    QList<FormField *> m_fields;
    QList<FieldMessage> m_messages;
    QList<FieldMessage> m_unmatched;
    bool m_readOnly = false;
    bool m_syntaxError = false; ///< the notice shows a YAML syntax error
};

} // namespace MeshEntry
