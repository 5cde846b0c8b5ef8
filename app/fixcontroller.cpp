#include "fixcontroller.h"

#include "messagetext.h"

#include "currentdocument.h"
#include "diagnosticscontroller.h"
#include "diagnosticsmodel.h"
#include "diagnosticspanel.h"
#include "editordocument.h"
#include "fixregistry.h"
#include "formpanel.h"
#include "validationbridge.h"
#include "yamleditor.h"

#include <QMenu>

namespace MeshEntry {

FixController::FixController(DiagnosticsController *diagnostics, DiagnosticsPanel *panel,
                             YamlEditor *yaml, FormPanel *forms, CurrentDocument *current,
                             QObject *parent)
    : QObject(parent), m_diagnostics(diagnostics), m_yaml(yaml), m_current(current)
{
    connect(panel, &DiagnosticsPanel::fixesRequested, this, &FixController::showRowMenu);
    // The row menu's Explain Rule is the panel's own rule-help request.
    connect(this, &FixController::ruleHelpRequested, panel, &DiagnosticsPanel::ruleHelpRequested);
    connect(yaml, &YamlEditor::contextMenuAboutToShow, this, &FixController::addYamlFixes);
    connect(forms, &FormPanel::fixRequested, this, &FixController::applyFieldFix);
}

QStringList FixController::fixLabels(EditorDocument *file, const QList<Diagnostic> &findings)
{
    QStringList labels;
    if (findings.isEmpty() || findings.first().document >= file->file().documentCount())
        return labels;
    const QByteArray &text = file->file().document(findings.first().document).text();
    for (const Fix &fix : FixRegistry::instance().fixesFor(findings, text))
        labels.append(fix.displayLabel());
    return labels;
}

bool FixController::apply(EditorDocument *file, int document, const Fix &fix)
{
    if (file->isReadOnly()) {
        emit statusMessage(tr("The file is read-only; the fix was not applied"), 5000);
        return false;
    }
    const QByteArray text = file->file().document(document).text();
    const DocumentEdit edit = fix.apply(text);
    if (!edit.ok) {
        emit statusMessage(tr("Could not apply the fix: %1").arg(edit.error), 8000);
        return false;
    }
    // Only the bytes that differ, so the pane keeps its cursor and scroll position.
    qsizetype prefix = 0;
    const qsizetype shorter = qMin(text.size(), edit.text.size());
    while (prefix < shorter && text[prefix] == edit.text[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           text[text.size() - 1 - suffix] == edit.text[edit.text.size() - 1 - suffix])
        ++suffix;
    file->replaceText(file->textOffset(document) + prefix, text.size() - prefix - suffix,
                      edit.text.mid(prefix, edit.text.size() - prefix - suffix), {},
                      fix.displayTitle());
    emit statusMessage(tr("Fixed: %1").arg(fix.displayTitle()), 4000);
    return true;
}

void FixController::addFixActions(QMenu *menu, QAction *before, EditorDocument *file, int document,
                                  const QList<Diagnostic> &findings)
{
    const QByteArray &text = file->file().document(document).text();
    for (const Fix &fix : FixRegistry::instance().fixesFor(findings, text)) {
        auto *action =
            new QAction(QIcon(QStringLiteral(":/icons/fix.svg")), fix.displayLabel(), menu);
        action->setToolTip(translatedMessage(findings.first().source, findings.first().message));
        connect(action, &QAction::triggered, this,
                [this, file, document, fix] { apply(file, document, fix); });
        menu->insertAction(before, action);
    }
}

void FixController::showRowMenu(int row, const QPoint &globalPosition, bool withJump)
{
    DiagnosticsModel *model = m_diagnostics->model();
    if (row < 0 || row >= model->rowCount())
        return;
    const LocatedDiagnostic &located = model->at(row);
    m_yaml->flushPendingEdits();
    auto *menu = new QMenu;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (withJump) {
        menu->addAction(tr("&Go to Finding"), this, [this, row] { emit jumpRequested(row); });
        menu->addAction(tr("&Explain Rule %1").arg(located.diagnostic.rule), this,
                        [this, row] { emit ruleHelpRequested(row); });
        menu->addSeparator();
    }
    if (located.file && located.diagnostic.document < located.file->file().documentCount())
        addFixActions(menu, nullptr, located.file, located.diagnostic.document, located.all());
    if (menu->actions().size() == (withJump ? 3 : 0))
        menu->addAction(tr("No one-click fix for this finding"))->setEnabled(false);
    menu->popup(globalPosition);
}

void FixController::addYamlFixes(QMenu *menu, qsizetype offset)
{
    EditorDocument *file = m_current->file();
    if (!file || m_yaml->document() != file)
        return;
    m_yaml->flushPendingEdits();
    const qsizetype at = m_yaml->documentOffset(offset);
    const int document = file->documentAt(at);
    if (document < 0)
        return;
    const qsizetype inDocument = at - file->textOffset(document);
    QList<Diagnostic> under;
    for (const Diagnostic &diagnostic : m_diagnostics->validation()->diagnostics(file, document)) {
        if (diagnostic.start <= inDocument && inDocument <= diagnostic.end)
            under.append(diagnostic);
    }
    QAction *first = menu->actions().value(0);
    const int before = int(menu->actions().size());
    // One finding at a time, so the fixes of each stay together.
    for (const Diagnostic &diagnostic : under)
        addFixActions(menu, first, file, document, {diagnostic});
    if (menu->actions().size() > before && first)
        menu->insertSeparator(first);
}

void FixController::applyFieldFix(const FieldMessage &message, int index)
{
    EditorDocument *file = m_current->file();
    if (!file)
        return;
    m_yaml->flushPendingEdits();
    const int document = m_current->document();
    // Fields reword their messages ("Port 1, Protocol: …"): match by rule, path and fixes.
    for (const Diagnostic &diagnostic : m_diagnostics->validation()->diagnostics(file, document)) {
        if (diagnostic.rule != message.ruleId || !(diagnostic.path == message.path))
            continue;
        const QList<Fix> fixes =
            FixRegistry::instance().fixesFor(diagnostic, file->file().document(document).text());
        QStringList labels;
        for (const Fix &fix : fixes)
            labels.append(fix.displayLabel());
        if (labels != message.fixes || index < 0 || index >= fixes.size())
            continue;
        apply(file, document, fixes[index]);
        return;
    }
    emit statusMessage(tr("The finding changed before the fix was applied; nothing was done"),
                       5000);
}

} // namespace MeshEntry
