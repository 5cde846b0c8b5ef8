#pragma once

#include <QAccessibleWidget>

namespace MeshEntry {

class YamlEditor;

/**
 * What screen readers see of the YAML pane: editable text, with character offsets mapped to
 * the pane's bytes through Scintilla's per-line character index. QScintilla's own accessible
 * counts characters from the start of the file on every cursor move and keystroke, which
 * freezes the pane on a large file; this one costs a line at most.
 */
class YamlEditorAccessible : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit YamlEditorAccessible(YamlEditor *editor);

    /// Installs the factory that gives YAML panes this accessible (once, before QScintilla's).
    static void install();
    /// Character offset of a byte position, and back.
    static int offsetOf(const YamlEditor *editor, qsizetype position);
    static qsizetype positionOf(const YamlEditor *editor, int offset);

    void *interface_cast(QAccessible::InterfaceType type) override;
    QAccessible::State state() const override;

    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    QString textAtOffset(int offset, QAccessible::TextBoundaryType boundaryType, int *startOffset,
                         int *endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

private:
    YamlEditor *editor() const;
};

} // namespace MeshEntry
