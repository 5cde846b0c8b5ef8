#include "yamltextview.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QPalette>
#include <Qsci/qscilexeryaml.h>

namespace MeshEntry {

YamlTextView::YamlTextView(QWidget *parent) : QsciScintilla(parent)
{
    setUtf8(true);
    setLexer(new QsciLexerYAML(this));
    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginWidth(0, QStringLiteral("000000"));
    setMarginType(1, QsciScintilla::SymbolMargin);
    setMarginWidth(1, 14);
    setMarginSensitivity(1, false);
    setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    setIndentationsUseTabs(false);
    setTabWidth(2);
    setWrapMode(QsciScintilla::WrapNone);
    setEolVisibility(false);
    setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
    m_errorMarker = markerDefine(QsciScintilla::Circle);
    setMarkerBackgroundColor(QColor(0xd0, 0x30, 0x30), m_errorMarker);
    setMarkerForegroundColor(QColor(0xd0, 0x30, 0x30), m_errorMarker);
    applyPalette();
}

void YamlTextView::applyPalette()
{
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QPalette palette = QApplication::palette(this);
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    QsciLexer *yaml = lexer();
    yaml->setDefaultFont(font);
    yaml->setFont(font);
    yaml->setDefaultPaper(palette.color(QPalette::Base));
    yaml->setPaper(palette.color(QPalette::Base));
    yaml->setDefaultColor(palette.color(QPalette::Text));
    yaml->setColor(palette.color(QPalette::Text), QsciLexerYAML::Default);
    yaml->setColor(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0), QsciLexerYAML::Identifier);
    yaml->setColor(dark ? QColor(0x8c, 0x9a, 0x8c) : QColor(0x6a, 0x73, 0x7d), QsciLexerYAML::Comment);
    yaml->setColor(dark ? QColor(0xf2, 0x9e, 0x74) : QColor(0xa0, 0x3c, 0x10), QsciLexerYAML::Number);
    yaml->setColor(dark ? QColor(0xc5, 0x8a, 0xf9) : QColor(0x7a, 0x3e, 0x9d), QsciLexerYAML::Keyword);
    yaml->setColor(dark ? QColor(0xe0, 0xc0, 0x60) : QColor(0x8a, 0x6d, 0x00), QsciLexerYAML::DocumentDelimiter);
    setMarginsBackgroundColor(palette.color(QPalette::AlternateBase));
    setMarginsForegroundColor(palette.color(QPalette::PlaceholderText));
    setFoldMarginColors(palette.color(QPalette::AlternateBase), palette.color(QPalette::AlternateBase));
    setCaretForegroundColor(palette.color(QPalette::Text));
    setSelectionBackgroundColor(palette.color(QPalette::Highlight));
    setSelectionForegroundColor(palette.color(QPalette::HighlightedText));
    setMarginWidth(0, QStringLiteral("000000"));
}

bool YamlTextView::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    return QsciScintilla::event(event);
}

void YamlTextView::setYaml(const QByteArray &bytes)
{
    const bool wasReadOnly = isReadOnly();
    setReadOnly(false);
    SendScintilla(SCI_CLEARALL);
    SendScintilla(SCI_APPENDTEXT, static_cast<unsigned long>(bytes.size()), bytes.constData());
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    setReadOnly(wasReadOnly);
    clearErrors();
}

void YamlTextView::markError(int line, const QString &message)
{
    markerAdd(line, m_errorMarker);
    annotate(line, message, 0);
}

void YamlTextView::clearErrors()
{
    markerDeleteAll(m_errorMarker);
    clearAnnotations();
}

void YamlTextView::showLine(int line)
{
    setFirstVisibleLine(line);
    setCursorPosition(line, 0);
}

} // namespace MeshEntry
