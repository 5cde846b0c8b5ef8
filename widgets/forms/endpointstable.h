#pragma once

#include "tablefield.h"

class QBoxLayout;
class QLabel;

namespace MeshEntry {

class KeyValueEditor;

/**
 * A ServiceEntry's endpoints: one row per endpoint with its address, network, locality, weight
 * and service account, and summaries of its ports and labels, which are edited in the two maps
 * under the table for the selected endpoint: side by side where they fit, one above the other
 * in a narrow form (long German or French headers), so the form never scrolls sideways.
 */
class EndpointsTable : public TableField
{
    Q_OBJECT
public:
    enum ColumnIndex {
        AddressColumn,
        PortsColumn,
        LabelsColumn,
        NetworkColumn,
        LocalityColumn,
        WeightColumn,
        ServiceAccountColumn
    };

    EndpointsTable(FormBinding *binding, const YamlPath &path, QWidget *parent = nullptr);

    /// The endpoint whose ports and labels are shown below, or -1.
    int detailRow() const { return m_detailRow; }
    KeyValueEditor *portsEditor() const { return m_ports; }
    KeyValueEditor *labelsEditor() const { return m_labels; }
    /// Names offered as endpoint port keys: the ServiceEntry's port names.
    void setPortNames(const QStringList &names);

    QWidget *focusPath(const YamlPath &path) override;
    void setReadOnly(bool readOnly) override;
    /// As narrow as the maps one above the other allow, whichever way they are laid out now.
    QSize minimumSizeHint() const override;

protected:
    void readItems(const SpanTree &tree) override;
    void editCell(int row, int column, const QString &text) override;
    QString rowTitle(int row) const override;
    void currentRowChanged(int row) override;
    void messagesChanged() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showDetail(int row);
    void arrangeMaps();

    QStringList m_addresses;
    QLabel *m_detailTitle;
    QBoxLayout *m_maps;
    KeyValueEditor *m_ports;
    KeyValueEditor *m_labels;
    int m_detailRow = -1;
};

} // namespace MeshEntry
