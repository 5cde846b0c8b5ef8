#include "editorkeybindings.h"

#include <QCoreApplication>
#include <Qsci/qscicommandset.h>
#include <Qsci/qsciscintilla.h>

namespace MeshEntry::EditorKeyBindings {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EditorKeyBindings", text);
}

} // namespace

QList<Decision> removed()
{
    using C = QsciCommand;
    const QString history = tr("One undo history per file: the window's Undo and Redo.");
    const QString brackets = tr("Ctrl+] and Ctrl+[ indent and unindent the selected lines.");
    const QString comment = tr("Ctrl+/ comments lines out and in.");
    const QString caseChange =
        tr("Changes the case of keys and values without a word; Kubernetes names are "
           "case-sensitive.");
    return {
        {C::LineCut, tr("Ctrl+L is Go to Line.")},
        {C::LineDelete, tr("Delete Line is Ctrl+Shift+K in the Edit menu.")},
        {C::LineCopy, tr("Copying needs no key of its own: Ctrl+C copies the selection.")},
        {C::LineTranspose, tr("Swaps lines on a key pressed for other things; Alt+Up and "
                              "Alt+Down move lines.")},
        {C::SelectionDuplicate,
         tr("Ctrl+D duplicates the document; Duplicate Line is Ctrl+Shift+D.")},
        {C::SelectionLowerCase, caseChange},
        {C::SelectionUpperCase, caseChange},
        {C::ParaDown, brackets},
        {C::ParaDownExtend, brackets},
        {C::ParaUp, brackets},
        {C::ParaUpExtend, brackets},
        {C::WordPartLeft, comment},
        {C::WordPartLeftExtend, comment},
        {C::WordPartRight, comment},
        {C::WordPartRightExtend, comment},
        {C::Undo, history},
        {C::Redo, history},
    };
}

void apply(QsciScintilla *editor, const QList<QKeySequence> &claimed)
{
    QList<QsciCommand::Command> commands;
    for (const Decision &decision : removed())
        commands.append(decision.command);
    QList<int> keys;
    for (const QKeySequence &sequence : claimed) {
        if (sequence.count() == 1)
            keys.append(sequence[0].toCombined());
    }
    for (QsciCommand *command : editor->standardCommands()->commands()) {
        if (commands.contains(command->command())) {
            command->setKey(0);
            command->setAlternateKey(0);
            continue;
        }
        if (keys.contains(command->key()))
            command->setKey(0);
        if (keys.contains(command->alternateKey()))
            command->setAlternateKey(0);
    }
}

} // namespace MeshEntry::EditorKeyBindings
