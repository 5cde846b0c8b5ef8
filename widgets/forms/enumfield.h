#pragma once

#include "formbinding.h"
#include "formfield.h"

#include <QWidget>

class QComboBox;

namespace MeshEntry {

class FieldMarker;
class MessageList;
class WrappedLabel;

/**
 * A combo for a field with named choices (location, resolution, apiVersion). Each choice
 * carries a one-line explanation, shown in the popup and under the combo for the current one.
 * When the field has a default, the first item stands for "absent" and removes the key.
 */
class EnumField : public QWidget, public FormField
{
    Q_OBJECT
public:
    EnumField(FormBinding *binding, const YamlPath &path, const QStringList &choices,
              QWidget *parent = nullptr);

    QComboBox *comboBox() const { return m_combo; }
    /// The value the document holds; empty when absent.
    QString value() const { return m_value; }
    /// The explanation shown under the combo.
    QString explanation() const;

    YamlPath fieldPath() const override { return m_path; }
    QStringList patterns() const override { return {m_pattern}; }
    void refresh(const SpanTree &tree) override;
    void setMessages(const QList<FieldMessage> &messages) override;
    QWidget *focusPath(const YamlPath &path) override;
    void setReadOnly(bool readOnly) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(int index);
    void updateExplanation();
    void updateMarkers();
    int addChoice(const QString &text, const QString &value, const QString &explanation);

    FormBinding *m_binding;
    YamlPath m_path;
    QString m_pattern;
    QString m_default;
    QString m_help;
    QString m_value;
    QComboBox *m_combo;
    WrappedLabel *m_explanation;
    FieldMarker *m_marker;
    MessageList *m_messageList;
    int m_knownCount = 0; ///< items before the one showing a value Istio does not know
    QList<FieldMessage> m_messages;
    QList<FieldMessage> m_editError;
};

} // namespace MeshEntry
