#pragma once

#include <QDialog>

class QSpinBox;

namespace MeshEntry {

/// Asks for a line number of the YAML pane (Edit ▸ Go to Line, Ctrl+L).
class GoToLineDialog : public QDialog
{
    Q_OBJECT
public:
    /// current and lines are 1-based.
    GoToLineDialog(int current, int lines, QWidget *parent = nullptr);

    int line() const;
    QSpinBox *spinBox() const { return m_line; }

private:
    QSpinBox *m_line;
};

} // namespace MeshEntry
