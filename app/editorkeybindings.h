#pragma once

#include <QKeySequence>
#include <QList>
#include <Qsci/qscicommand.h>

class QsciScintilla;

namespace MeshEntry {

/**
 * The decisions about QScintilla's default key bindings. Each binding below is removed on
 * purpose, with the reason; what users expect of them (duplicate, delete and move lines,
 * comment, indent) is in the Edit menu under keys that collide with nothing. Any other binding
 * that a window shortcut uses is removed too, so the window's command wins in the YAML pane
 * (Ctrl+L opens Go to Line instead of cutting the line). Navigation, selection, clipboard,
 * Tab/Shift+Tab indentation and zoom stay as QScintilla binds them.
 */
namespace EditorKeyBindings {

struct Decision {
    QsciCommand::Command command;
    QString why;
};

/// The bindings removed on purpose.
QList<Decision> removed();
/// Applies the decisions to editor's command set and removes every binding in claimed.
void apply(QsciScintilla *editor, const QList<QKeySequence> &claimed);

} // namespace EditorKeyBindings

} // namespace MeshEntry
