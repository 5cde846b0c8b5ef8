#include "portstable.h"

#include "formfacts.h"
#include "formitemdelegate.h"
#include "spantree.h"

#include <QTableWidget>

namespace MeshEntry {

namespace {

QList<TableField::Column> portColumns()
{
    return {{QStringLiteral("number"), PortsTable::tr("Number"),
             QStringLiteral("spec.ports[].number"), 9, true},
            {QStringLiteral("protocol"), PortsTable::tr("Protocol"),
             QStringLiteral("spec.ports[].protocol"), 11, true},
            {QStringLiteral("name"), PortsTable::tr("Name"), QStringLiteral("spec.ports[].name"),
             14, true},
            {QStringLiteral("targetPort"), PortsTable::tr("Target port"),
             QStringLiteral("spec.ports[].targetPort"), 10, true}};
}

} // namespace

PortsTable::PortsTable(FormBinding *binding, const YamlPath &path, QWidget *parent)
    : TableField(binding, path, portColumns(), parent)
{
    setMovable(true);
    setAdding(true, tr("Add port…"));
}

QString PortsTable::suggestedName(int row, const QString &protocol) const
{
    const QString base = FormFacts::portNameFor(protocol);
    QStringList others = m_names;
    if (row < others.size())
        others.removeAt(row);
    if (!others.contains(base))
        return base;
    const QString number = m_numbers.value(row);
    QString name = number.isEmpty() ? base : base + u'-' + number;
    for (int suffix = 2; others.contains(name); ++suffix)
        name = base + u'-' + QString::number(suffix);
    return name;
}

void PortsTable::readItems(const SpanTree &tree)
{
    int node = tree.find(fieldPath());
    if (node >= 0 && tree.node(node).isAlias())
        node = tree.resolveAlias(node);
    const int count =
        node >= 0 && tree.node(node).isSequence() ? int(tree.node(node).children.size()) : 0;
    setItemCount(count);
    m_numbers.clear();
    m_names.clear();
    QStringList protocols;
    for (int row = 0; row < count; ++row) {
        QStringList texts;
        for (int column = 0; column < columns().size(); ++column)
            texts.append(FormBinding::displayText(tree, tree.find(cellPath(row, column))));
        m_numbers.append(texts[NumberColumn]);
        m_names.append(texts[NameColumn]);
        protocols.append(texts[ProtocolColumn]);
        for (int column = 0; column < columns().size(); ++column)
            setCell(row, column, texts[column]);
    }
    const QStringList choices = QStringList{QString()} + FormFacts::protocols();
    for (int row = 0; row < table()->rowCount(); ++row) {
        cell(row, ProtocolColumn)->setData(FormItemDelegate::ChoicesRole, choices);
        setCellPlaceholder(row, ProtocolColumn, tr("detect"));
        if (row >= count)
            continue;
        // Empty cells show what they will mean: the name the protocol suggests, and the port
        // number the endpoints get when targetPort is unset.
        setCellPlaceholder(row, NameColumn,
                           protocols[row].isEmpty() ? QString()
                                                    : suggestedName(row, protocols[row]));
        setCellPlaceholder(row, TargetPortColumn, m_numbers[row]);
    }
}

void PortsTable::editCell(int row, int column, const QString &text)
{
    const QString key = columns()[column].key;
    const auto kind = column == NumberColumn || column == TargetPortColumn
                          ? FormBinding::ScalarKind::Number
                          : FormBinding::ScalarKind::String;
    if (row >= itemCount()) {
        if (text.isEmpty())
            return;
        QList<YamlValue::Entry> entries{{key, FormBinding::valueFor(text, kind)}};
        if (column == ProtocolColumn)
            entries.append({QStringLiteral("name"), YamlValue::string(suggestedName(row, text))});
        editDone(binding()->insertItem(fieldPath(), -1, YamlValue::mapping(entries),
                                       binding()->mergeKey(cellPath(row, column).toString())),
                 row, column);
        return;
    }
    const YamlPath path = cellPath(row, column);
    const QString mergeKey = binding()->mergeKey(path.toString());
    if (column != ProtocolColumn) {
        // A port needs its number and name: clearing them keeps the key (and its place).
        const auto whenEmpty = column == TargetPortColumn ? FormBinding::WhenEmpty::RemoveKey
                                                          : FormBinding::WhenEmpty::WriteEmpty;
        editDone(binding()->writeText(path, text, kind, whenEmpty, mergeKey), row, column);
        return;
    }
    const bool unnamed = m_names.value(row).isEmpty();
    QString error =
        binding()->writeText(path, text, kind, FormBinding::WhenEmpty::RemoveKey, mergeKey);
    // Same merge key: the protocol and the name it suggests are one undo step.
    if (error.isEmpty() && unnamed && !text.isEmpty()) {
        error = binding()->setValue(cellPath(row, NameColumn),
                                    YamlValue::string(suggestedName(row, text)), mergeKey);
    }
    editDone(error, row, column);
}

QString PortsTable::rowTitle(int row) const
{
    const QString number = m_numbers.value(row);
    return number.isEmpty() ? tr("Port %1").arg(row + 1)
                            : tr("Port %1 (%2)").arg(row + 1).arg(number);
}

} // namespace MeshEntry
