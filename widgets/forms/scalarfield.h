#pragma once

#include "formbinding.h"
#include "formfield.h"

#include <QWidget>

class QAction;
class QLineEdit;

namespace MeshEntry {

class FieldMarker;
class MessageList;

/// A line edit bound to one scalar: every keystroke is written as a (merging) undo command.
class ScalarField : public QWidget, public FormField
{
    Q_OBJECT
public:
    ScalarField(FormBinding *binding, const YamlPath &path, FormBinding::ScalarKind kind,
                FormBinding::WhenEmpty whenEmpty, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    /// The messages shown, the field's own refused edit included.
    QList<FieldMessage> messages() const;

    YamlPath fieldPath() const override { return m_path; }
    QStringList patterns() const override { return {m_pattern}; }
    void refresh(const SpanTree &tree) override;
    void setMessages(const QList<FieldMessage> &messages) override;
    QWidget *focusPath(const YamlPath &path) override;
    void setReadOnly(bool readOnly) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void write(const QString &text);
    void updateMarkers();

    FormBinding *m_binding;
    YamlPath m_path;
    FormBinding::ScalarKind m_kind;
    FormBinding::WhenEmpty m_whenEmpty;
    QString m_pattern;
    QString m_help;
    QLineEdit *m_edit;
    QAction *m_icon;
    FieldMarker *m_marker;
    MessageList *m_messageList;
    QList<FieldMessage> m_messages;
    QList<FieldMessage> m_editError; ///< the last refused edit, until the next one succeeds
};

} // namespace MeshEntry
