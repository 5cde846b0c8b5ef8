#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace MeshEntry {

class CurrentDocument;
class YamlPath;
class DocumentManager;
class EditorDocument;
class YamlEditor;

/**
 * Keeps the YAML pane on the current document and the current document on the pane's cursor:
 * selecting a document marks it in the margin and shows its first line at the top (without
 * taking the focus); moving the cursor across a `---` (arrows, Ctrl+End, Go to Line, a click)
 * makes the document under it current, so the outline and the form follow.
 */
class YamlPaneController : public QObject
{
    Q_OBJECT
public:
    YamlPaneController(CurrentDocument *current, YamlEditor *yaml, DocumentManager *documents,
                       QObject *parent = nullptr);

    /// Moves the pane's cursor to the node at path of the current document (a form field
    /// gained focus) without taking the focus from the form.
    void showField(const YamlPath &path);
    /// Asks for a line (GoToLineDialog) and moves there.
    void goToLine(QWidget *dialogParent);

private:
    void onCurrentChanged(EditorDocument *file, int document, bool fileChanged);
    void onCursorMoved();
    void markCurrentRange();

    CurrentDocument *m_current;
    YamlEditor *m_yaml;
    QPointer<EditorDocument> m_watched;
};

} // namespace MeshEntry
