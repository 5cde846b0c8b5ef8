#pragma once

#include <QWidget>

namespace MeshEntry {

class FindBar;
class YamlEditor;

/// The right-hand pane: the YAML editor with its find and replace bar below.
class YamlPane : public QWidget
{
    Q_OBJECT
public:
    explicit YamlPane(QWidget *parent = nullptr);

    YamlEditor *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }

private:
    YamlEditor *m_editor;
    FindBar *m_findBar;
};

} // namespace MeshEntry
