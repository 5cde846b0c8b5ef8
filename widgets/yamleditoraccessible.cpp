#include "yamleditoraccessible.h"

#include "yamleditor.h"

namespace MeshEntry {

namespace {

using Sci = QsciScintillaBase;

long send(const YamlEditor *editor, unsigned int message, unsigned long w = 0, long l = 0)
{
    return const_cast<YamlEditor *>(editor)->SendScintilla(message, w, l);
}

/// Lines' first character offsets, kept by Scintilla as text changes from the first time a
/// screen reader asks: kept always, they triple the cost of loading a large file's text.
void ensureCharacterIndex(const YamlEditor *editor)
{
    if (!(send(editor, Sci::SCI_GETLINECHARACTERINDEX) & Sci::SC_LINECHARACTERINDEX_UTF32))
        send(editor, Sci::SCI_ALLOCATELINECHARACTERINDEX, Sci::SC_LINECHARACTERINDEX_UTF32);
}

QAccessibleInterface *factory(const QString &, QObject *object)
{
    if (auto *editor = qobject_cast<YamlEditor *>(object))
        return new YamlEditorAccessible(editor);
    return nullptr;
}

} // namespace

YamlEditorAccessible::YamlEditorAccessible(YamlEditor *editor)
    : QAccessibleWidget(editor, QAccessible::EditableText)
{}

void YamlEditorAccessible::install()
{
    static const bool installed = [] {
        // The factory installed last is asked first, so this one wins over QScintilla's.
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

YamlEditor *YamlEditorAccessible::editor() const
{
    return static_cast<YamlEditor *>(widget());
}

int YamlEditorAccessible::offsetOf(const YamlEditor *editor, qsizetype position)
{
    ensureCharacterIndex(editor);
    const long line = send(editor, Sci::SCI_LINEFROMPOSITION, static_cast<unsigned long>(position));
    const long lineStart =
        send(editor, Sci::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
    const long before = send(editor, Sci::SCI_INDEXPOSITIONFROMLINE,
                             static_cast<unsigned long>(line), Sci::SC_LINECHARACTERINDEX_UTF32);
    return int(before + send(editor, Sci::SCI_COUNTCHARACTERS,
                             static_cast<unsigned long>(lineStart), long(position)));
}

qsizetype YamlEditorAccessible::positionOf(const YamlEditor *editor, int offset)
{
    ensureCharacterIndex(editor);
    const long line =
        send(editor, Sci::SCI_LINEFROMINDEXPOSITION, static_cast<unsigned long>(qMax(offset, 0)),
             Sci::SC_LINECHARACTERINDEX_UTF32);
    const long lineStart =
        send(editor, Sci::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
    const long before = send(editor, Sci::SCI_INDEXPOSITIONFROMLINE,
                             static_cast<unsigned long>(line), Sci::SC_LINECHARACTERINDEX_UTF32);
    return send(editor, Sci::SCI_POSITIONRELATIVE, static_cast<unsigned long>(lineStart),
                long(offset) - before);
}

void *YamlEditorAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QAccessible::State YamlEditorAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.editable = !editor()->isReadOnly();
    state.readOnly = editor()->isReadOnly();
    state.multiLine = true;
    state.selectableText = true;
    return state;
}

void YamlEditorAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    if (selectionIndex != 0 || !editor()->hasSelectedText())
        return;
    *startOffset = offsetOf(editor(), send(editor(), Sci::SCI_GETSELECTIONSTART));
    *endOffset = offsetOf(editor(), send(editor(), Sci::SCI_GETSELECTIONEND));
}

int YamlEditorAccessible::selectionCount() const
{
    return editor()->hasSelectedText() ? 1 : 0;
}

void YamlEditorAccessible::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void YamlEditorAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex == 0)
        send(editor(), Sci::SCI_SETEMPTYSELECTION,
             static_cast<unsigned long>(editor()->cursorOffset()));
}

void YamlEditorAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex != 0)
        return;
    send(editor(), Sci::SCI_SETSEL, static_cast<unsigned long>(positionOf(editor(), startOffset)),
         long(positionOf(editor(), endOffset)));
}

int YamlEditorAccessible::cursorPosition() const
{
    return offsetOf(editor(), editor()->cursorOffset());
}

void YamlEditorAccessible::setCursorPosition(int position)
{
    send(editor(), Sci::SCI_GOTOPOS, static_cast<unsigned long>(positionOf(editor(), position)));
}

QString YamlEditorAccessible::text(int startOffset, int endOffset) const
{
    return QString::fromUtf8(
        editor()->bytes(positionOf(editor(), startOffset), positionOf(editor(), endOffset)));
}

QString YamlEditorAccessible::textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType,
                                           int *startOffset, int *endOffset) const
{
    const qsizetype position = positionOf(editor(), offset);
    qsizetype start = position;
    qsizetype end = position;
    switch (boundaryType) {
    case QAccessible::CharBoundary:
        end = send(editor(), Sci::SCI_POSITIONAFTER, static_cast<unsigned long>(position));
        break;
    case QAccessible::WordBoundary:
        start = send(editor(), Sci::SCI_WORDSTARTPOSITION, static_cast<unsigned long>(position), 1);
        end = send(editor(), Sci::SCI_WORDENDPOSITION, static_cast<unsigned long>(position), 1);
        break;
    case QAccessible::LineBoundary: {
        const long line =
            send(editor(), Sci::SCI_LINEFROMPOSITION, static_cast<unsigned long>(position));
        start = send(editor(), Sci::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
        end = send(editor(), Sci::SCI_GETLINEENDPOSITION, static_cast<unsigned long>(line));
        break;
    }
    default:
        // Sentences and paragraphs: Qt's own search over the text.
        return QAccessibleTextInterface::textAtOffset(offset, boundaryType, startOffset, endOffset);
    }
    *startOffset = offsetOf(editor(), start);
    *endOffset = offsetOf(editor(), end);
    return QString::fromUtf8(editor()->bytes(start, end));
}

int YamlEditorAccessible::characterCount() const
{
    return offsetOf(editor(), editor()->length());
}

QRect YamlEditorAccessible::characterRect(int offset) const
{
    const qsizetype position = positionOf(editor(), offset);
    const long x = send(editor(), Sci::SCI_POINTXFROMPOSITION, 0, long(position));
    const long y = send(editor(), Sci::SCI_POINTYFROMPOSITION, 0, long(position));
    const long next = send(editor(), Sci::SCI_POSITIONAFTER, static_cast<unsigned long>(position));
    const long width = send(editor(), Sci::SCI_POINTXFROMPOSITION, 0, next) - x;
    const long height = send(editor(), Sci::SCI_TEXTHEIGHT, 0);
    const QPoint topLeft = editor()->viewport()->mapToGlobal(QPoint(int(x), int(y)));
    return QRect(topLeft, QSize(int(qMax(width, 1L)), int(height)));
}

int YamlEditorAccessible::offsetAtPoint(const QPoint &point) const
{
    const QPoint local = editor()->viewport()->mapFromGlobal(point);
    const long position = send(editor(), Sci::SCI_POSITIONFROMPOINTCLOSE,
                               static_cast<unsigned long>(local.x()), local.y());
    return position < 0 ? -1 : offsetOf(editor(), position);
}

void YamlEditorAccessible::scrollToSubstring(int startIndex, int endIndex)
{
    send(editor(), Sci::SCI_SCROLLRANGE, static_cast<unsigned long>(positionOf(editor(), endIndex)),
         long(positionOf(editor(), startIndex)));
}

QString YamlEditorAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = offset;
    return {};
}

} // namespace MeshEntry
