#pragma once

#include "fieldmessage.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace MeshEntry {

class WrappedLabel;

/**
 * A tinted strip that says why part of a form is disabled or read-only (resolution NONE takes
 * no endpoints; the YAML has a syntax error), with an optional button that fixes it.
 */
class SectionNotice : public QFrame
{
    Q_OBJECT
public:
    explicit SectionNotice(QWidget *parent = nullptr);

    /// Shows text; a non-empty buttonText adds a button that emits buttonClicked().
    void showNotice(FieldMessage::Severity severity, const QString &text,
                    const QString &buttonText = {});
    void clear();
    QString text() const;
    FieldMessage::Severity severity() const { return m_severity; }
    QPushButton *button() const { return m_button; }

signals:
    void buttonClicked();

private:
    QLabel *m_icon;
    WrappedLabel *m_text;
    QPushButton *m_button;
    FieldMessage::Severity m_severity = FieldMessage::Info;
};

} // namespace MeshEntry
