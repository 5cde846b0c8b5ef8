#pragma once

#include <QDialog>

class QLabel;

namespace MeshEntry {

class SelectionDiagram;

/// A window with the selection diagram and its PNG and SVG export.
class SelectionDiagramDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SelectionDiagramDialog(QWidget *parent = nullptr);

    SelectionDiagram *diagram() const { return m_diagram; }
    void setCaption(const QString &text);

private:
    void exportAs(const QString &format);

    SelectionDiagram *m_diagram;
    QLabel *m_caption;
};

} // namespace MeshEntry
