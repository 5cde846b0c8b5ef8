#pragma once

#include <QWidget>

class QTreeView;
class QLabel;

namespace MeshEntry {

class DiagnosticsModel;

/// The bottom panel: one row per finding; activating a row asks to jump to it.
class DiagnosticsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosticsPanel(DiagnosticsModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

signals:
    void diagnosticActivated(int row);
    /// The user asked what the rule of row means: a click on its rule id, or the context menu.
    void ruleHelpRequested(int row);

private:
    QTreeView *m_view;
};

} // namespace MeshEntry
