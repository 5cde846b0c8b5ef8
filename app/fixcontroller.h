#pragma once

#include "diagnostic.h"
#include "fieldmessage.h"
#include "fix.h"

#include <QObject>

class QAction;
class QMenu;
class QPoint;

namespace MeshEntry {

class CurrentDocument;
class DiagnosticsController;
class DiagnosticsPanel;
class EditorDocument;
class FormPanel;
class YamlEditor;

/**
 * The one-click fixes in the window: the light bulb and context menu of a diagnostics row,
 * the fixes of the findings under the YAML pane's context menu, and the light bulb of a form
 * field's message. Fixes come from FixRegistry; each is applied as one undo step named after
 * it, and validation follows the edit like any other.
 */
class FixController : public QObject
{
    Q_OBJECT
public:
    FixController(DiagnosticsController *diagnostics, DiagnosticsPanel *panel, YamlEditor *yaml,
                  FormPanel *forms, CurrentDocument *current, QObject *parent = nullptr);

    /// The menu texts of a finding's fixes in the document's text as it is now.
    static QStringList fixLabels(EditorDocument *file, const QList<Diagnostic> &findings);
    /// Applies fix to document of file as one undo step; false (and a status message) when it
    /// cannot be written.
    bool apply(EditorDocument *file, int document, const Fix &fix);

signals:
    void statusMessage(const QString &text, int timeout);
    /// The diagnostics row's context menu asked to go to the finding.
    void jumpRequested(int row);
    /// The diagnostics row's context menu asked what its rule means.
    void ruleHelpRequested(int row);

private:
    void showRowMenu(int row, const QPoint &globalPosition, bool withJump);
    void addYamlFixes(QMenu *menu, qsizetype offset);
    void applyFieldFix(const FieldMessage &message, int index);
    /// Adds one action per fix of findings (in file's document) to menu, before `before`.
    void addFixActions(QMenu *menu, QAction *before, EditorDocument *file, int document,
                       const QList<Diagnostic> &findings);

    DiagnosticsController *m_diagnostics;
    YamlEditor *m_yaml;
    CurrentDocument *m_current;
};

} // namespace MeshEntry
