#include "yamleditor.h"

#include "editordocument.h"
#include "fieldtable.h"
#include "severitycolors.h"
#include "yamlcompletion.h"
#include "yamleditoraccessible.h"

#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QToolTip>
#include <Qsci/qscilexeryaml.h>
#include <utility>

namespace MeshEntry {

namespace {

constexpr int syntaxMarginWidth = 16;
constexpr int rangeBarWidth = 3;
constexpr int keyCompletionMinimumLength = 2;
/// How far back completion looks for the start of the document being typed in.
constexpr int completionContextLines = 4000;
/// How much of a file's text goes into the pane per event-loop turn (a few milliseconds:
/// Scintilla splits it into lines and updates each line's markers, fold level and state).
constexpr qsizetype loadSliceBytes = 256 * 1024;
/// Room left after a large file's text: Scintilla grows a full buffer by copying the whole
/// text and its styles (50 MB for a 25 MB file, 100 ms); with no room the load's last slice
/// or the first edit paid that.
constexpr qsizetype editRoomBytes = 1024 * 1024;

} // namespace

YamlEditor::YamlEditor(QWidget *parent) : QsciScintilla(parent)
{
    YamlEditorAccessible::install();
    setUtf8(true);
    setLexer(new QsciLexerYAML(this));
    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginType(1, QsciScintilla::SymbolMargin);
    setMarginWidth(1, syntaxMarginWidth);
    setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    setIndentationsUseTabs(false);
    setTabWidth(2);
    setAutoIndent(true);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setWrapMode(QsciScintilla::WrapNone);
    setCaretLineVisible(true);
    setAccessibleName(tr("YAML"));
    setAccessibleDescription(tr("The YAML text of the shown file; Ctrl+Tab leaves it"));
    // The last document's first line can be shown at the top too.
    SendScintilla(SCI_SETENDATLASTLINE, 0L);
    // One undo history per file lives in the document's QUndoStack.
    SendScintilla(SCI_SETUNDOCOLLECTION, 0L);
    // Style what is shown, a slice at a time, rather than everything above it first: jumping
    // to the end of a 25 MB file must not lex 25 MB before the next repaint.
    SendScintilla(SCI_SETIDLESTYLING, SC_IDLESTYLING_TOVISIBLE);
    // Typing is followed through the notifications *before* each change. QScintilla's
    // accessibility support counts the characters from the start of the file on every
    // "text inserted/deleted" notification, which costs 100 ms near the end of a 25 MB file;
    // it is not sent when the mask leaves those out. Fold changes are QScintilla's own need.
    SendScintilla(SCI_SETMODEVENTMASK,
                  SC_MOD_BEFOREINSERT | SC_MOD_BEFOREDELETE | SC_MOD_CHANGEFOLD);
    // Not by colour alone: errors are dots in the margin, warnings triangles.
    m_errorMarker = markerDefine(QsciScintilla::Circle, 0);
    m_warningMarker = markerDefine(QsciScintilla::RightTriangle, 1);
    setMarginMarkerMask(1, (1 << m_errorMarker) | (1 << m_warningMarker));
    m_errorIndicator = indicatorDefine(QsciScintilla::SquiggleIndicator, 8);
    m_warningIndicator = indicatorDefine(QsciScintilla::SquiggleIndicator, 9);
    applyPalette();

    SendScintilla(SCI_SETMOUSEDWELLTIME, 600L);
    SendScintilla(SCI_AUTOCSETIGNORECASE, 1L);
    SendScintilla(SCI_AUTOCSETSEPARATOR, static_cast<unsigned long>('\n'));
    connect(this, &QsciScintilla::SCN_CHARADDED, this, [this] { offerCompletion(); });
    connect(this, &QsciScintilla::SCN_DWELLSTART, this, &YamlEditor::showFieldHelp);
    connect(this, &QsciScintilla::SCN_DWELLEND, this, [] { QToolTip::hideText(); });

    m_syncTimer.setSingleShot(true);
    m_syncTimer.setInterval(syncDelayMs);
    connect(&m_syncTimer, &QTimer::timeout, this, &YamlEditor::flushPendingEdits);
    connect(this, &QsciScintilla::SCN_MODIFIED, this, &YamlEditor::onModified);
    connect(this, &QsciScintilla::cursorPositionChanged, this, [this](int line, int index) {
        const QByteArray lineText = text(line).toUtf8().left(index);
        emit cursorMoved(line + 1, int(QString::fromUtf8(lineText).size()) + 1);
        if (QAccessible::isActive()) {
            QAccessibleTextCursorEvent event(this,
                                             YamlEditorAccessible::offsetOf(this, cursorOffset()));
            QAccessible::updateAccessibility(&event);
        }
    });
    // Inserted text is known once it is in: tell screen readers when the pane settles.
    connect(this, &QsciScintillaBase::SCN_UPDATEUI, this, [this] {
        for (const auto &[position, length] : std::exchange(m_accessibleInserts, {})) {
            QAccessibleTextInsertEvent event(this, YamlEditorAccessible::offsetOf(this, position),
                                             QString::fromUtf8(bytes(position, position + length)));
            QAccessible::updateAccessibility(&event);
        }
    });
}

void YamlEditor::showFieldHelp(int position, int x, int y)
{
    const QString text = fieldHelpAt(position);
    if (!text.isEmpty())
        QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y)), text, viewport());
}

void YamlEditor::offerCompletion()
{
    if (isReadOnly() || !m_document)
        return;
    const qsizetype position = cursorOffset();
    // The document being typed in, from its `---` (or the top) to the cursor.
    const int line = int(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(position)));
    int first = line;
    while (first > 0 && line - first < completionContextLines) {
        const QByteArray head = bytes(SendScintilla(SCI_POSITIONFROMLINE, first),
                                      SendScintilla(SCI_POSITIONFROMLINE, first) + 3);
        if (head == "---")
            break;
        --first;
    }
    const qsizetype start = SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(first));
    const QByteArray typed = bytes(start, position);
    // The kind as written above the cursor, else the document's (its `kind:` may come later).
    static const QRegularExpression kindLine(QStringLiteral("^kind:\\s*(\\w+)"),
                                             QRegularExpression::MultilineOption);
    QString kind = kindLine.match(QString::fromUtf8(typed)).captured(1);
    if (kind.isEmpty()) {
        // Offsets before the typing not yet sent are still the document's.
        kind =
            m_document->file().document(m_document->documentAt(documentOffset(start))).info().kind;
    }
    const YamlCompletion::Offer offer = YamlCompletion::at(FieldTable::forKind(kind), typed);
    const bool active = SendScintilla(SCI_AUTOCACTIVE);
    const bool longEnough = offer.value || offer.prefix.size() >= keyCompletionMinimumLength;
    if (offer.words.isEmpty() || !longEnough) {
        // A finished word closes the list instead of leaving it open on itself.
        if (active)
            SendScintilla(SCI_AUTOCCANCEL);
        return;
    }
    const QByteArray list = offer.words.join(u'\n').toUtf8();
    SendScintilla(SCI_AUTOCSHOW, static_cast<unsigned long>(offer.prefix.toUtf8().size()),
                  list.constData());
}

const FieldSpec *YamlEditor::fieldAt(qsizetype position, QString *kind) const
{
    if (!m_document || position < 0)
        return nullptr;
    const int index = m_document->documentAt(position);
    const YamlDocument &document = m_document->file().document(index);
    const FieldTable *table = FieldTable::forKind(document.info().kind);
    if (!table || document.hasSyntaxErrors())
        return nullptr;
    if (kind)
        *kind = table->kind();
    const qsizetype offset = position - m_document->textOffset(index);
    const SpanTree &tree = document.tree();
    // The innermost node under the pointer; a key stands for the value it holds.
    int found = -1;
    for (int node = 0; node < tree.nodeCount(); ++node) {
        const YamlNode &candidate = tree.node(node);
        if (candidate.start <= offset && offset < qMax(candidate.valueEnd, candidate.start + 1))
            found = node;
    }
    if (found < 0)
        return nullptr;
    const YamlNode &node = tree.node(found);
    int valueNode = found;
    if (node.parent >= 0 && tree.node(node.parent).isMapping()) {
        const QList<int> &siblings = tree.node(node.parent).children;
        const qsizetype at = siblings.indexOf(found);
        if (at % 2 == 0)
            valueNode = siblings[at + 1];
    }
    return table->fieldAt(tree.pathOf(valueNode));
}

QString YamlEditor::fieldHelpAt(qsizetype position) const
{
    const FieldSpec *field = fieldAt(position);
    if (!field || field->helpText().isEmpty())
        return {};
    QString text = QStringLiteral("<b>%1</b><br>%2")
                       .arg(field->path.toHtmlEscaped(), field->helpText().toHtmlEscaped());
    if (!field->defaultValue.isEmpty())
        text += QStringLiteral("<br><i>%1</i>")
                    .arg(tr("Default: %1").arg(field->defaultValue.toHtmlEscaped()));
    return text;
}

void YamlEditor::applyPalette()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (m_fontSize > 0)
        font.setPointSize(m_fontSize);
    const QPalette palette = QApplication::palette(this);
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    QsciLexer *yaml = lexer();
    yaml->setDefaultFont(font);
    yaml->setFont(font);
    yaml->setDefaultPaper(palette.color(QPalette::Base));
    yaml->setPaper(palette.color(QPalette::Base));
    yaml->setDefaultColor(palette.color(QPalette::Text));
    yaml->setColor(palette.color(QPalette::Text), QsciLexerYAML::Default);
    yaml->setColor(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0),
                   QsciLexerYAML::Identifier);
    yaml->setColor(dark ? QColor(0x8c, 0x9a, 0x8c) : QColor(0x6a, 0x73, 0x7d),
                   QsciLexerYAML::Comment);
    yaml->setColor(dark ? QColor(0xf2, 0x9e, 0x74) : QColor(0xa0, 0x3c, 0x10),
                   QsciLexerYAML::Number);
    yaml->setColor(dark ? QColor(0xc5, 0x8a, 0xf9) : QColor(0x7a, 0x3e, 0x9d),
                   QsciLexerYAML::Keyword);
    yaml->setColor(dark ? QColor(0xe0, 0xc0, 0x60) : QColor(0x8a, 0x6d, 0x00),
                   QsciLexerYAML::DocumentDelimiter);
    yaml->setColor(dark ? QColor(0x9a, 0xd0, 0x9a) : QColor(0x2a, 0x70, 0x2a),
                   QsciLexerYAML::Reference);
    yaml->setColor(palette.color(QPalette::Text), QsciLexerYAML::Operator);
    yaml->setPaper(dark ? QColor(0x5a, 0x20, 0x20) : QColor(0xff, 0xdd, 0xdd),
                   QsciLexerYAML::SyntaxErrorMarker);
    setMarginsBackgroundColor(palette.color(QPalette::AlternateBase));
    setMarginsForegroundColor(palette.color(QPalette::PlaceholderText));
    setFoldMarginColors(palette.color(QPalette::AlternateBase),
                        palette.color(QPalette::AlternateBase));
    // Findings: squiggles against the text's paper, margin symbols against the margin's.
    const QColor paper = palette.color(QPalette::Base);
    const QColor margin = palette.color(QPalette::AlternateBase);
    setIndicatorForegroundColor(SeverityColors::mark(Severity::Error, paper), m_errorIndicator);
    setIndicatorForegroundColor(SeverityColors::mark(Severity::Warning, paper), m_warningIndicator);
    for (const auto &[marker, severity] : {std::pair{m_errorMarker, Severity::Error},
                                           std::pair{m_warningMarker, Severity::Warning}}) {
        setMarkerBackgroundColor(SeverityColors::mark(severity, margin), marker);
        setMarkerForegroundColor(SeverityColors::mark(severity, margin), marker);
    }
    // QScintilla draws fold boxes white with black lines whatever the palette: in a dark
    // theme they glare. Outline and sign in the margin's text colour, filled with its paper.
    // (Fold markers are not QScintilla's "allocated" markers: set them directly.)
    for (unsigned long marker = SC_MARKNUM_FOLDEREND; marker <= SC_MARKNUM_FOLDEROPEN; ++marker) {
        SendScintilla(SCI_MARKERSETFORE, marker, palette.color(QPalette::AlternateBase));
        SendScintilla(SCI_MARKERSETBACK, marker, palette.color(QPalette::PlaceholderText));
    }
    setCaretForegroundColor(palette.color(QPalette::Text));
    QColor caretLine = palette.color(QPalette::Highlight);
    caretLine.setAlpha(dark ? 40 : 24);
    setCaretLineBackgroundColor(caretLine);
    setSelectionBackgroundColor(palette.color(QPalette::Highlight));
    setSelectionForegroundColor(palette.color(QPalette::HighlightedText));
    updateLineNumberWidth();
}

bool YamlEditor::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    return QsciScintilla::event(event);
}

void YamlEditor::contextMenuEvent(QContextMenuEvent *event)
{
    if (!contextMenuNeeded(event->x(), event->y()))
        return;
    QMenu *menu = createContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    qsizetype offset = cursorOffset();
    QPoint at = event->globalPos();
    if (event->reason() == QContextMenuEvent::Mouse) {
        const long position = SendScintilla(SCI_POSITIONFROMPOINTCLOSE,
                                            static_cast<unsigned long>(event->x()), event->y());
        if (position >= 0)
            offset = position;
    } else {
        // From the keyboard: open at the cursor, below its line.
        const auto position = static_cast<unsigned long>(offset);
        const int x = int(SendScintilla(SCI_POINTXFROMPOSITION, 0UL, position));
        const int y = int(SendScintilla(SCI_POINTYFROMPOSITION, 0UL, position));
        at = viewport()->mapToGlobal(QPoint(x, y + textHeight(0)));
    }
    QToolTip::hideText(); // the field help of the hovered key would cover the menu
    emit contextMenuAboutToShow(menu, offset);
    menu->popup(at);
}

void YamlEditor::setHistoryActions(QAction *undo, QAction *redo)
{
    m_undoAction = undo;
    m_redoAction = redo;
}

QMenu *YamlEditor::createContextMenu()
{
    auto *menu = new QMenu(this);
    if (m_undoAction && m_redoAction) {
        menu->addAction(m_undoAction);
        menu->addAction(m_redoAction);
        menu->addSeparator();
    }
    const bool writable = !isReadOnly();
    const bool selected = hasSelectedText();
    const auto add = [menu](const QString &text, QKeySequence::StandardKey key, bool enabled,
                            auto slot) {
        QAction *action = menu->addAction(text, slot);
        action->setShortcut(key);
        action->setEnabled(enabled);
        return action;
    };
    add(tr("Cu&t"), QKeySequence::Cut, writable && selected, [this] { cut(); });
    add(tr("&Copy"), QKeySequence::Copy, selected, [this] { copy(); });
    add(tr("&Paste"), QKeySequence::Paste, writable && SendScintilla(SCI_CANPASTE) != 0,
        [this] { paste(); });
    add(tr("&Delete"), QKeySequence::Delete, writable && selected,
        [this] { removeSelectedText(); });
    menu->addSeparator();
    add(tr("Select &All"), QKeySequence::SelectAll, length() > 0, [this] { selectAll(); });
    return menu;
}

void YamlEditor::keyPressEvent(QKeyEvent *event)
{
    // Tab indents here, so Ctrl+Tab and Ctrl+Shift+Tab are how the keyboard leaves the pane.
    const bool control = event->modifiers() & Qt::ControlModifier;
    if (control && (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab)) {
        const bool backwards =
            event->key() == Qt::Key_Backtab || (event->modifiers() & Qt::ShiftModifier);
        QWidget::focusNextPrevChild(!backwards);
        event->accept();
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

void YamlEditor::setFontSize(int size)
{
    m_fontSize = size;
    applyPalette();
}

void YamlEditor::updateLineNumberWidth()
{
    // Room for the largest line number and one more digit, not more.
    setMarginWidth(0, QString(QString::number(lines()).size() + 2, u'0'));
}

void YamlEditor::setLineWrap(bool wrap)
{
    setWrapMode(wrap ? WrapWord : WrapNone);
    setWrapVisualFlags(wrap ? WrapFlagByBorder : WrapFlagNone);
}

void YamlEditor::setDocument(EditorDocument *document)
{
    if (m_document == document)
        return;
    flushPendingEdits();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    loadWholeText();
    if (!document)
        return;
    connect(document, &EditorDocument::textReplaced, this, &YamlEditor::onDocumentTextReplaced);
    connect(document, &EditorDocument::readOnlyChanged, this,
            [this](bool readOnly) { setReadOnly(readOnly || m_loading); });
}

void YamlEditor::loadWholeText()
{
    ++m_loadGeneration;
    m_applyingModelChange = true;
    setReadOnly(false);
    SendScintilla(SCI_CLEARALL);
    m_applyingModelChange = false;
    m_pending = false;
    m_rangeFirst = m_rangeLast = -1;
    m_loadNext = 0;
    m_loading = m_document != nullptr;
    if (!m_document)
        return appendSlice(m_loadGeneration);
    SendScintilla(SCI_SETEOLMODE,
                  m_document->file().lineEnding() == "\r\n" ? SC_EOL_CRLF : SC_EOL_LF);
    const qsizetype size = m_document->textOffset(m_document->file().documentCount());
    if (size <= loadSliceBytes)
        return appendSlice(m_loadGeneration);
    // Room for the whole text (and a style byte per character) at once, in a turn of its own
    // (it clears 50 MB for a 25 MB file): grown slice by slice, the buffer is copied again
    // every few slices. Some room is left for the edits to come.
    setReadOnly(true);
    QTimer::singleShot(0, this, [this, generation = m_loadGeneration, size] {
        if (generation != m_loadGeneration)
            return;
        SendScintilla(SCI_ALLOCATE, static_cast<unsigned long>(size + editRoomBytes));
        QTimer::singleShot(0, this, [this, generation] { appendSlice(generation); });
    });
}

void YamlEditor::appendSlice(quint64 generation)
{
    if (generation != m_loadGeneration)
        return; // another file, or the text changed: loadWholeText() started again
    if (m_document) {
        // A slice per event-loop turn: 25 MB take a quarter of a second to append, and the
        // window paints in between. The text is read-only until it is whole.
        const YamlFile &file = m_document->file();
        QByteArray slice;
        while (m_loadNext < file.documentCount() && slice.size() < loadSliceBytes)
            slice += file.document(m_loadNext++).text();
        m_applyingModelChange = true;
        setReadOnly(false);
        SendScintilla(SCI_APPENDTEXT, static_cast<unsigned long>(slice.size()), slice.constData());
        m_applyingModelChange = false;
        if (m_loadNext < file.documentCount()) {
            setReadOnly(true);
            QTimer::singleShot(0, this, [this, generation] { appendSlice(generation); });
            return;
        }
    }
    m_loading = false;
    setReadOnly(!m_document || m_document->isReadOnly());
    SendScintilla(SCI_GOTOPOS, 0L);
    updateLineNumberWidth();
    emit textLoaded();
}

void YamlEditor::onModified(int position, int modificationType, const char *, int length, int, int,
                            int, int, int, int)
{
    if (m_applyingModelChange || !(modificationType & (SC_MOD_BEFOREINSERT | SC_MOD_BEFOREDELETE)))
        return;
    const bool insert = modificationType & SC_MOD_BEFOREINSERT;
    if (QAccessible::isActive()) {
        if (insert) {
            m_accessibleInserts.append({position, length});
        } else {
            QAccessibleTextRemoveEvent event(this, YamlEditorAccessible::offsetOf(this, position),
                                             QString::fromUtf8(bytes(position, position + length)));
            QAccessible::updateAccessibility(&event);
        }
    }
    if (!m_pending) {
        m_pending = true;
        m_dirtyStart = m_dirtyEnd = position;
        m_delta = 0;
    }
    // Keep [m_dirtyStart, m_dirtyEnd) covering every changed byte, in current coordinates.
    if (insert) {
        if (position <= m_dirtyEnd)
            m_dirtyEnd += length;
        m_dirtyEnd = qMax<qsizetype>(m_dirtyEnd, position + length);
    } else if (m_dirtyEnd >= position + length) {
        m_dirtyEnd -= length;
    } else if (m_dirtyEnd > position) {
        m_dirtyEnd = position;
    }
    m_dirtyStart = qMin<qsizetype>(m_dirtyStart, position);
    m_dirtyEnd = qMax<qsizetype>(m_dirtyEnd, position);
    m_delta += insert ? length : -length;
    m_syncTimer.start();
}

void YamlEditor::flushPendingEdits()
{
    m_syncTimer.stop();
    if (!m_pending || !m_document)
        return;
    m_pending = false;
    const qsizetype oldLength = m_dirtyEnd - m_dirtyStart - m_delta;
    const QByteArray replacement = bytes(m_dirtyStart, m_dirtyEnd);
    m_sendingEdit = true;
    m_document->replaceText(m_dirtyStart, oldLength, replacement, {}, m_pendingDescription);
    m_sendingEdit = false;
    updateLineNumberWidth();
}

void YamlEditor::onDocumentTextReplaced(qsizetype offset, qsizetype oldLength,
                                        const QByteArray &text)
{
    if (m_sendingEdit)
        return;
    if (m_loading) {
        loadWholeText(); // the slices still to come are of the text before this change
        return;
    }
    flushPendingEdits();
    // Patch only the bytes that differ so the cursor and the scroll position stay put.
    const QByteArray current = bytes(offset, offset + oldLength);
    qsizetype head = 0;
    const qsizetype shorter = qMin(current.size(), text.size());
    while (head < shorter && current[head] == text[head])
        ++head;
    qsizetype tail = 0;
    while (tail < shorter - head &&
           current[current.size() - 1 - tail] == text[text.size() - 1 - tail])
        ++tail;
    const QByteArray middle = text.mid(head, text.size() - head - tail);
    m_applyingModelChange = true;
    const bool wasReadOnly = isReadOnly();
    setReadOnly(false);
    SendScintilla(SCI_SETTARGETSTART, static_cast<unsigned long>(offset + head));
    SendScintilla(SCI_SETTARGETEND, static_cast<unsigned long>(offset + oldLength - tail));
    SendScintilla(SCI_REPLACETARGET, static_cast<unsigned long>(middle.size()), middle.constData());
    setReadOnly(wasReadOnly);
    m_applyingModelChange = false;
}

QByteArray YamlEditor::bytes(qsizetype start, qsizetype end) const
{
    if (end <= start)
        return {};
    QByteArray buffer(end - start + 1, Qt::Uninitialized);
    SendScintilla(SCI_GETTEXTRANGE, int(start), int(end), buffer.data());
    buffer.chop(1);
    return buffer;
}

void YamlEditor::setMarks(qsizetype from, qsizetype to, const QList<TextMark> &marks)
{
    const qsizetype length = SendScintilla(SCI_GETLENGTH);
    from = qBound<qsizetype>(0, from, length);
    to = qBound<qsizetype>(from, to, length);
    for (const int indicator : {m_errorIndicator, m_warningIndicator}) {
        SendScintilla(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(indicator));
        SendScintilla(SCI_INDICATORCLEARRANGE, static_cast<unsigned long>(from),
                      static_cast<long>(to - from));
    }
    const int firstLine =
        int(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(from)));
    const int lastLine = int(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(to)));
    for (int line = firstLine; line <= lastLine; ++line) {
        // A line can hold a marker more than once (deleted lines' markers move onto the line
        // where the deletion was): remove every one.
        for (const int marker : {m_errorMarker, m_warningMarker}) {
            while (markersAtLine(line) & (1 << marker))
                markerDelete(line, marker);
        }
    }
    QSet<int> errorLines;
    QSet<int> warningLines;
    for (const TextMark &mark : marks) {
        const bool error = mark.severity == TextMark::Severity::Error;
        const qsizetype end = qMax(mark.end, mark.start + 1);
        SendScintilla(SCI_SETINDICATORCURRENT,
                      static_cast<unsigned long>(error ? m_errorIndicator : m_warningIndicator));
        SendScintilla(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(mark.start),
                      static_cast<long>(qMin<qsizetype>(end, length) - mark.start));
        const int line =
            int(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(mark.start)));
        // One dot per line and severity, however many findings: one removal clears it.
        QSet<int> &lines = error ? errorLines : warningLines;
        if (!lines.contains(line)) {
            lines.insert(line);
            markerAdd(line, error ? m_errorMarker : m_warningMarker);
        }
    }
}

void YamlEditor::showRange(qsizetype start, qsizetype end)
{
    // The range is in the document's offsets; the cursor and lines are the pane's, which are
    // ahead of them by the typing not yet sent.
    start = paneOffset(start);
    end = paneOffset(end);
    const int first = int(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(start)));
    const int last =
        int(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(qMax(start, end - 1))));
    // The bar is painted over the margin (paintEvent), not set as a marker on each line:
    // markers are found and cleared by scanning every line of a 1.2-million-line file.
    if (first != m_rangeFirst || last != m_rangeLast) {
        m_rangeFirst = first;
        m_rangeLast = last;
        viewport()->update();
    }
    const qsizetype cursor = cursorOffset();
    if (cursor >= start && (cursor < end || end >= length()))
        return;
    SendScintilla(SCI_GOTOPOS, static_cast<unsigned long>(start));
    // The document's first line at the top, not wherever a minimal scroll leaves it.
    SendScintilla(SCI_SETFIRSTVISIBLELINE,
                  SendScintilla(SCI_VISIBLEFROMDOCLINE, static_cast<unsigned long>(first)));
}

void YamlEditor::paintEvent(QPaintEvent *event)
{
    QsciScintilla::paintEvent(event);
    if (m_rangeFirst < 0)
        return;
    // The shown document's lines: a bar at the left of the symbol margin.
    const long top = SendScintilla(SCI_GETFIRSTVISIBLELINE);
    const int lineHeight = int(SendScintilla(SCI_TEXTHEIGHT, 0L));
    const long firstShown =
        SendScintilla(SCI_VISIBLEFROMDOCLINE, static_cast<unsigned long>(m_rangeFirst));
    const long lastShown =
        SendScintilla(SCI_VISIBLEFROMDOCLINE, static_cast<unsigned long>(m_rangeLast)) +
        SendScintilla(SCI_WRAPCOUNT, static_cast<unsigned long>(m_rangeLast));
    const int y = int(firstShown - top) * lineHeight;
    const int height = int(lastShown - firstShown) * lineHeight;
    if (y > viewport()->height() || y + height < 0)
        return;
    const int x = int(SendScintilla(SCI_GETMARGINWIDTHN, 0L));
    QPainter painter(viewport());
    painter.fillRect(QRect(x, y, rangeBarWidth, height), palette().color(QPalette::Highlight));
}

void YamlEditor::goToOffset(qsizetype offset)
{
    // The typing not yet sent goes first: then the pane's offsets are the document's.
    flushPendingEdits();
    SendScintilla(SCI_GOTOPOS, static_cast<unsigned long>(offset));
    SendScintilla(SCI_SCROLLCARET);
    setFocus(Qt::OtherFocusReason);
}

qsizetype YamlEditor::cursorOffset() const
{
    return const_cast<YamlEditor *>(this)->SendScintilla(SCI_GETCURRENTPOS);
}

qsizetype YamlEditor::documentOffset(qsizetype offset) const
{
    if (!m_pending || offset < m_dirtyStart)
        return offset;
    return offset >= m_dirtyEnd ? offset - m_delta : m_dirtyStart;
}

qsizetype YamlEditor::paneOffset(qsizetype offset) const
{
    // A document boundary where the typing starts stays put: the typing belongs to the document
    // that begins there (EditorDocument::replaceText attributes it so).
    if (!m_pending || offset <= m_dirtyStart)
        return offset;
    const qsizetype replacedEnd = m_dirtyEnd - m_delta;
    if (offset >= replacedEnd)
        return offset + m_delta;
    return qMin(offset, m_dirtyEnd);
}

QList<int> YamlEditor::markedLines() const
{
    QList<int> result;
    const unsigned long mask = (1u << m_errorMarker) | (1u << m_warningMarker);
    auto *self = const_cast<YamlEditor *>(this);
    for (long line = self->SendScintilla(SCI_MARKERNEXT, 0L, mask); line >= 0;
         line = self->SendScintilla(SCI_MARKERNEXT, static_cast<unsigned long>(line + 1), mask))
        result.append(int(line));
    return result;
}

} // namespace MeshEntry
