#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace MeshEntry {

/// A strip above the editor that states a condition (read-only, changed on disk) with actions.
class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Tone { Information, Warning };

    explicit Banner(QWidget *parent = nullptr);

    void setMessage(const QString &text, Tone tone);
    /// Adds a button; returns it so callers can connect it.
    QPushButton *addButton(const QString &text);
    void clearButtons();

private:
    QLabel *m_label;
    QHBoxLayout *m_buttons;
};

} // namespace MeshEntry
