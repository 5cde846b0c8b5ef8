// The YAML pane's editing commands (Edit menu): each is one undo step named after it.

#include "yamleditor.h"

namespace MeshEntry {

void YamlEditor::runCommand(const QString &description, const std::function<void()> &command)
{
    if (isReadOnly() || !m_document)
        return;
    // Typing before the command is its own step; the command is one step named after it.
    flushPendingEdits();
    command();
    m_pendingDescription = description;
    flushPendingEdits();
    m_pendingDescription.clear();
}

void YamlEditor::selectedLines(int *first, int *last) const
{
    int lineFrom = 0;
    int indexFrom = 0;
    int lineTo = 0;
    int indexTo = 0;
    if (hasSelectedText()) {
        getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
        // A selection that ends at the start of a line does not take that line.
        if (indexTo == 0 && lineTo > lineFrom)
            --lineTo;
    } else {
        getCursorPosition(&lineFrom, &indexFrom);
        lineTo = lineFrom;
    }
    *first = lineFrom;
    *last = lineTo;
}

void YamlEditor::duplicateSelection()
{
    runCommand(hasSelectedText() ? tr("Duplicate selection") : tr("Duplicate line"),
               [this] { SendScintilla(SCI_SELECTIONDUPLICATE); });
}

void YamlEditor::deleteLines()
{
    int first = 0;
    int last = 0;
    selectedLines(&first, &last);
    runCommand(first == last ? tr("Delete line") : tr("Delete lines"), [this, first, last] {
        const long start = SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(first));
        const long end = last + 1 < lines() ? SendScintilla(SCI_POSITIONFROMLINE,
                                                            static_cast<unsigned long>(last + 1))
                                            : long(length());
        SendScintilla(SCI_DELETERANGE, static_cast<unsigned long>(start), end - start);
    });
}

void YamlEditor::moveLinesUp()
{
    runCommand(tr("Move lines up"), [this] { SendScintilla(SCI_MOVESELECTEDLINESUP); });
}

void YamlEditor::moveLinesDown()
{
    runCommand(tr("Move lines down"), [this] { SendScintilla(SCI_MOVESELECTEDLINESDOWN); });
}

void YamlEditor::indentLines()
{
    onEachSelectedLine(tr("Indent"), &QsciScintilla::indent);
}

void YamlEditor::unindentLines()
{
    onEachSelectedLine(tr("Unindent"), &QsciScintilla::unindent);
}

void YamlEditor::onEachSelectedLine(const QString &description, void (QsciScintilla::*edit)(int))
{
    int first = 0;
    int last = 0;
    selectedLines(&first, &last);
    runCommand(description, [this, first, last, edit] {
        for (int line = first; line <= last; ++line)
            (this->*edit)(line);
    });
}

void YamlEditor::toggleComment()
{
    int first = 0;
    int last = 0;
    selectedLines(&first, &last);
    // Comment out when any non-blank line is not a comment yet, at the smallest indentation
    // so the block keeps its shape.
    bool allComments = true;
    int indentation = -1;
    for (int line = first; line <= last; ++line) {
        const QString content = text(line).trimmed();
        if (content.isEmpty())
            continue;
        const int column =
            int(SendScintilla(SCI_GETLINEINDENTATION, static_cast<unsigned long>(line)));
        indentation = indentation < 0 ? column : qMin(indentation, column);
        allComments = allComments && content.startsWith(u'#');
    }
    if (indentation < 0)
        return;
    runCommand(allComments ? tr("Uncomment lines") : tr("Comment lines"),
               [this, first, last, allComments, indentation] {
                   for (int line = last; line >= first; --line) {
                       const long start =
                           SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
                       const long indent = SendScintilla(SCI_GETLINEINDENTPOSITION,
                                                         static_cast<unsigned long>(line));
                       const QByteArray rest = bytes(indent, indent + 2);
                       if (allComments) {
                           if (rest.startsWith('#'))
                               SendScintilla(SCI_DELETERANGE, static_cast<unsigned long>(indent),
                                             rest == "# " ? 2L : 1L);
                       } else if (!text(line).trimmed().isEmpty()) {
                           SendScintilla(SCI_INSERTTEXT,
                                         static_cast<unsigned long>(start + indentation), "# ");
                       }
                   }
               });
}

} // namespace MeshEntry
