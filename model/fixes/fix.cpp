#include "fix.h"

#include "documenteditor.h"
#include "messagetext.h"

namespace MeshEntry {

QString Fix::label() const
{
    return consequence.isEmpty() ? title : QStringLiteral("%1 — %2").arg(title, consequence);
}

QString Fix::displayTitle() const
{
    return translatedMessage(titleSource, title);
}

QString Fix::displayLabel() const
{
    const QString shownConsequence = translatedMessage(consequenceSource, consequence);
    return consequence.isEmpty() ? displayTitle()
                                 : QStringLiteral("%1 — %2").arg(displayTitle(), shownConsequence);
}

DocumentEdit Fix::apply(const QByteArray &documentText) const
{
    if (kind == Kind::ReplaceText) {
        if (start < 0 || end < start || end > documentText.size())
            return DocumentEdit::failure(QStringLiteral("the text to fix is no longer there"));
        DocumentEdit edit;
        edit.text = documentText;
        const QByteArray replacement = text.toUtf8();
        edit.text.replace(start, end - start, replacement);
        edit.tree = SpanTree::parse(edit.text);
        // The syntax error this fixes is gone; a later one (libyaml stops at the first) may
        // remain and get its own finding.
        const qsizetype fixedEnd = start + replacement.size();
        if (edit.tree.hasErrors() && edit.tree.errors().first().offset <= fixedEnd)
            return DocumentEdit::failure(
                QStringLiteral("the fix would not remove the syntax error (%1); nothing was "
                               "changed")
                    .arg(edit.tree.errors().first().message));
        edit.ok = true;
        return edit;
    }
    const SpanTree tree = SpanTree::parse(documentText);
    const DocumentEditor editor(documentText, tree);
    return kind == Kind::Set ? editor.setValue(path, value) : editor.remove(path);
}

} // namespace MeshEntry
