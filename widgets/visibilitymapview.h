#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QToolButton;

namespace MeshEntry {

class VisibilityMapModel;

/// The Visibility map panel: a filter, the namespaces × hosts grid with the reason on hover,
/// and exports as PNG, SVG and CSV of the rows shown.
class VisibilityMapView : public QWidget
{
    Q_OBJECT
public:
    explicit VisibilityMapView(VisibilityMapModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }

    /// Writes the shown rows to path as .png, .svg or .csv (by its suffix); false with *error.
    bool exportTo(const QString &path, QString *error) const;

private:
    void exportWithDialog(const QString &suffix);
    void updateCount();

    VisibilityMapModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_count;
    QProgressBar *m_busy;
};

} // namespace MeshEntry
