#pragma once

#include "editordocument.h"

#include <QPointer>
#include <QTimer>
#include <Qsci/qsciscintilla.h>

namespace MeshEntry {

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
    /// Replaces the marks between byte offsets from and to with marks.
    void setMarks(qsizetype from, qsizetype to, const QList<TextMark> &marks);
    /// Moves the cursor to a byte offset and makes it visible.
    void goToOffset(qsizetype offset);
    /// Highlights the byte range of the selected document in the margin.
    void setCurrentRange(qsizetype start, qsizetype end);
    /// Byte offset of the cursor in the text.
    qsizetype cursorOffset() const;
    /// Help for the field under a text offset (a key stands for its value), from the field
    /// table of the document's kind; empty where there is none.
    QString fieldHelpAt(qsizetype position) const;
    /// Text from start to end (bytes), as the pane holds it.
    QByteArray bytes(qsizetype start, qsizetype end) const;

    static constexpr int syncDelayMs = 150;

signals:
    /// The cursor moved: 1-based line and column (characters).
    void cursorMoved(int line, int column);

private:
    void applyPalette();
    bool event(QEvent *event) override;
    void onModified(int position, int modificationType, const char *text, int length,
                    int linesAdded, int line, int foldNow, int foldPrev, int token,
                    int annotationLinesAdded);
    void onDocumentTextReplaced(qsizetype offset, qsizetype oldLength, const QByteArray &text);
    void loadWholeText();
    void showFieldHelp(int position, int x, int y);
    /// Offers field names and enum values that start with the word being typed.
    void offerCompletion();

    QPointer<EditorDocument> m_document;
    QTimer m_syncTimer;
    bool m_applyingModelChange = false;
    bool m_sendingEdit = false;
    bool m_pending = false;
    qsizetype m_dirtyStart = 0; ///< in current text coordinates
    qsizetype m_dirtyEnd = 0;
    qsizetype m_delta = 0; ///< bytes added minus removed since the last flush
    int m_errorMarker = 0;
    int m_warningMarker = 1;
    int m_rangeMarker = 2;
    int m_errorIndicator = 8;
    int m_warningIndicator = 9;
};

} // namespace MeshEntry
