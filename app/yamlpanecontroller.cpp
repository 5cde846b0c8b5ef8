#include "yamlpanecontroller.h"

#include "currentdocument.h"
#include "documentmanager.h"
#include "editordocument.h"
#include "gotolinedialog.h"
#include "yamleditor.h"

namespace MeshEntry {

YamlPaneController::YamlPaneController(CurrentDocument *current, YamlEditor *yaml,
                                       DocumentManager *documents, QObject *parent)
    : QObject(parent), m_current(current), m_yaml(yaml)
{
    connect(current, &CurrentDocument::changed, this, &YamlPaneController::onCurrentChanged);
    connect(yaml, &YamlEditor::cursorMoved, this, &YamlPaneController::onCursorMoved);
    // A large file's text arrives in slices: the shown document is marked once it is whole.
    connect(yaml, &YamlEditor::textLoaded, this, &YamlPaneController::markCurrentRange);
    connect(documents, &DocumentManager::aboutToUseFiles, yaml, &YamlEditor::flushPendingEdits);
    connect(documents, &DocumentManager::fileAboutToClose, this, [this](EditorDocument *file) {
        if (m_yaml->document() == file)
            m_yaml->setDocument(nullptr);
    });
}

void YamlPaneController::onCurrentChanged(EditorDocument *file, int, bool fileChanged)
{
    if (fileChanged) {
        if (m_watched)
            disconnect(m_watched, nullptr, this, nullptr);
        m_watched = file;
        m_yaml->setDocument(file);
        // The shown document grows and shrinks as it is edited: its margin bar follows.
        if (file) {
            connect(file, &EditorDocument::documentChanged, this, [this](int document) {
                if (document == m_current->document())
                    markCurrentRange();
            });
        }
    }
    markCurrentRange();
}

void YamlPaneController::markCurrentRange()
{
    EditorDocument *file = m_current->file();
    if (!file || m_yaml->document() != file)
        return;
    const int document = m_current->document();
    m_yaml->showRange(file->textOffset(document), file->textOffset(document + 1));
}

void YamlPaneController::showField(const YamlPath &path)
{
    EditorDocument *file = m_current->file();
    if (!file || m_current->document() < 0 || m_yaml->document() != file)
        return;
    const SpanTree &tree = file->file().document(m_current->document()).tree();
    int node = -1;
    tree.existingPrefix(path, &node);
    if (node < 0)
        return;
    const qsizetype offset =
        m_yaml->paneOffset(file->textOffset(m_current->document()) + tree.node(node).start);
    m_yaml->SendScintilla(QsciScintilla::SCI_GOTOPOS, static_cast<unsigned long>(offset));
    m_yaml->SendScintilla(QsciScintilla::SCI_SCROLLCARET);
}

void YamlPaneController::goToLine(QWidget *dialogParent)
{
    if (!m_yaml->document())
        return;
    int line = 0;
    int index = 0;
    m_yaml->getCursorPosition(&line, &index);
    GoToLineDialog dialog(line + 1, m_yaml->lines(), dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_yaml->goToOffset(m_yaml->positionFromLineIndex(dialog.line() - 1, 0));
}

void YamlPaneController::onCursorMoved()
{
    EditorDocument *file = m_current->file();
    if (!file || m_yaml->document() != file)
        return;
    const int document = file->documentAt(m_yaml->documentOffset(m_yaml->cursorOffset()));
    m_current->set(file, document, CurrentDocument::Origin::YamlPane);
}

} // namespace MeshEntry
