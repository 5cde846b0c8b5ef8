#pragma once

#include "tablefield.h"

namespace MeshEntry {

/**
 * A ServiceEntry's ports: number, protocol (Istio's list), name and target port. Choosing a
 * protocol for a port without a name names it after the protocol, in the same undo step.
 */
class PortsTable : public TableField
{
    Q_OBJECT
public:
    enum ColumnIndex { NumberColumn, ProtocolColumn, NameColumn, TargetPortColumn };

    PortsTable(FormBinding *binding, const YamlPath &path, QWidget *parent = nullptr);

    /// The name suggested for a port of row with protocol: the protocol's own name, or with
    /// the port number appended when another port has it already.
    QString suggestedName(int row, const QString &protocol) const;
    /// The port names, for endpoint port suggestions.
    QStringList names() const { return m_names; }

protected:
    void readItems(const SpanTree &tree) override;
    void editCell(int row, int column, const QString &text) override;
    QString rowTitle(int row) const override;

private:
    QStringList m_numbers;
    QStringList m_names;
};

} // namespace MeshEntry
