#pragma once

#include "editordocument.h"

#include <QPointer>
#include <QTimer>
#include <Qsci/qsciscintilla.h>
#include <functional>

class QAction;
class QMenu;

namespace MeshEntry {

struct FieldSpec;

/// A squiggle and margin marker on a byte range of the text.
struct TextMark {
    enum class Severity { Error, Warning, Info };
    qsizetype start = 0; ///< byte offset in the text shown (no BOM)
    qsizetype end = 0;
    Severity severity = Severity::Error;
    QString message;
};

/**
 * The YAML pane: the whole file in QScintilla (highlighting, folding, line numbers) kept in
 * step with an EditorDocument. Typing is sent to the document after a short pause, as one
 * undo command; changes from forms and undo are patched in without moving the cursor.
 * The pane keeps no undo history of its own: there is one history per file.
 *
 * Which keys do what is decided by the window's action registry, which removes QScintilla's
 * bindings that collide with window shortcuts; the pane's own commands (duplicate, move and
 * comment lines…) are public slots the Edit menu triggers. Ctrl+Tab and Ctrl+Shift+Tab leave
 * the pane, since Tab indents.
 */
class YamlEditor : public QsciScintilla
{
    Q_OBJECT
public:
    explicit YamlEditor(QWidget *parent = nullptr);

    void setDocument(EditorDocument *document);
    EditorDocument *document() const { return m_document; }

    /// Sends typing that is still waiting for the pause to the document now.
    void flushPendingEdits();
    /// Replaces the squiggles between byte offsets from and to, and the margin dots of every
    /// line from the one holding from to the one holding to, with marks.
    void setMarks(qsizetype from, qsizetype to, const QList<TextMark> &marks);
    /// Moves the cursor to a byte offset, makes it visible and takes the focus: a jump the
    /// user asked for (Go to Line, a diagnostic). Sends the pending typing first, so the offset
    /// is the same in the pane's and the document's text.
    void goToOffset(qsizetype offset);
    /**
     * Marks [start, end) (offsets of the document's text) as the shown document in the margin.
     * Unless the cursor is inside already, moves it to start and scrolls so that start is the top
     * line. Leaves the keyboard focus where it is.
     */
    void showRange(qsizetype start, qsizetype end);
    /// Byte offset of the cursor in the text.
    qsizetype cursorOffset() const;
    /// Where an offset of the pane's text is in the document's text: they differ after the
    /// typing not yet sent (an offset inside it maps to where it starts).
    qsizetype documentOffset(qsizetype offset) const;
    /// The inverse: where an offset of the document's text is in the pane's text.
    qsizetype paneOffset(qsizetype offset) const;
    /// First and last line (0-based) of the range showRange() marks, or -1.
    int rangeFirstLine() const { return m_rangeFirst; }
    int rangeLastLine() const { return m_rangeLast; }
    /// Help for the field under a text offset (a key stands for its value), from the field
    /// table of the document's kind; empty where there is none.
    QString fieldHelpAt(qsizetype position) const;
    /// The field under a text offset (a key stands for its value) and the document's kind;
    /// nullptr where the kind has no field table or the field is unknown.
    const FieldSpec *fieldAt(qsizetype position, QString *kind = nullptr) const;
    /// Text from start to end (bytes), as the pane holds it.
    QByteArray bytes(qsizetype start, qsizetype end) const;
    /// Lines with an error or warning marker in the margin, for tests and the status bar.
    QList<int> markedLines() const;
    /// Long lines wrap at the pane's edge instead of scrolling.
    void setLineWrap(bool wrap);
    bool lineWrap() const { return wrapMode() != WrapNone; }
    /// The YAML font (the fixed-pitch system font, at size points when size > 0).
    void setFontSize(int size);

    static constexpr int syncDelayMs = 150;

public slots:
    void duplicateSelection();
    void deleteLines();
    void moveLinesUp();
    void moveLinesDown();
    /// Comments the selected lines out with `# `, or in again when all of them are comments.
    void toggleComment();
    void indentLines();
    void unindentLines();
    /// The window's Undo and Redo (the document's one history) for the context menu: the
    /// pane keeps no undo of its own, so QScintilla's menu offered a dead Undo.
    void setHistoryActions(QAction *undo, QAction *redo);

signals:
    /// The cursor moved: 1-based line and column (characters).
    void cursorMoved(int line, int column);
    /// The pane shows another document's whole text (marks set before are gone). A large
    /// file's text arrives a slice per event-loop turn, read-only until this comes.
    void textLoaded();
    /// The context menu is about to show for a byte offset of the text (where the right click
    /// was, or the cursor when the keyboard opened it): slots may add actions at its top.
    void contextMenuAboutToShow(QMenu *menu, qsizetype offset);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    /// The pane's context menu: the window's Undo and Redo, then the clipboard commands.
    QMenu *createContextMenu();
    void applyPalette();
    void onModified(int position, int modificationType, const char *text, int length,
                    int linesAdded, int line, int foldNow, int foldPrev, int token,
                    int annotationLinesAdded);
    void onDocumentTextReplaced(qsizetype offset, qsizetype oldLength, const QByteArray &text);
    void loadWholeText();
    void appendSlice(quint64 generation);
    void showFieldHelp(int position, int x, int y);
    /// Offers field names or the field's values, from the field table (YamlCompletion).
    void offerCompletion();
    /// Runs an editing command as one undo step named description.
    void runCommand(const QString &description, const std::function<void()> &command);
    /// Applies edit to each line the selection (or the cursor) covers, as one undo step.
    void onEachSelectedLine(const QString &description, void (QsciScintilla::*edit)(int));
    /// The first and last line the selection (or the cursor) covers.
    void selectedLines(int *first, int *last) const;
    void updateLineNumberWidth();

    QPointer<EditorDocument> m_document;
    QPointer<QAction> m_undoAction;
    QPointer<QAction> m_redoAction;
    QTimer m_syncTimer;
    bool m_applyingModelChange = false;
    /// The file's text goes in a slice at a time (loadWholeText()); textLoaded() ends it.
    bool m_loading = false;
    int m_loadNext = 0; ///< the next document to append
    quint64 m_loadGeneration = 0;
    bool m_sendingEdit = false;
    bool m_pending = false;
    qsizetype m_dirtyStart = 0; ///< in current text coordinates
    qsizetype m_dirtyEnd = 0;
    qsizetype m_delta = 0;        ///< bytes added minus removed since the last flush
    QString m_pendingDescription; ///< the undo text of a command being sent
    QList<std::pair<qsizetype, qsizetype>> m_accessibleInserts; ///< to announce: position, length
    int m_rangeFirst = -1;
    int m_rangeLast = -1;
    int m_fontSize = 0;
    int m_errorMarker = 0;
    int m_warningMarker = 1;
    int m_errorIndicator = 8;
    int m_warningIndicator = 9;
};

} // namespace MeshEntry
