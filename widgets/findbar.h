#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace MeshEntry {

class YamlEditor;

/// Find and replace in the YAML pane; replacements flow through the pane into the undo history.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(YamlEditor *editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    bool findNext(bool backwards = false);
    int replaceAll();

private:
    void keyPressEvent(QKeyEvent *event) override;
    void replaceCurrent();

    YamlEditor *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_caseSensitive;
    QCheckBox *m_regularExpression;
    QWidget *m_replaceRow;
    QLabel *m_status;
};

} // namespace MeshEntry
