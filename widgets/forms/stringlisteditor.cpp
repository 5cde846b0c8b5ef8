#include "stringlisteditor.h"

#include "formitemdelegate.h"
#include "spantree.h"

#include <QTableWidget>

namespace MeshEntry {

namespace {

QList<TableField::Column> listColumns(FormBinding *binding, const YamlPath &path,
                                      const QString &itemTitle, bool described)
{
    const QString pattern = binding->patternOf(path) + QStringLiteral("[]");
    QList<TableField::Column> columns{{QString(), itemTitle, pattern, 0, true}};
    if (described)
        columns.append({QString(), StringListEditor::tr("Meaning"), pattern, 0, false});
    return columns;
}

} // namespace

StringListEditor::StringListEditor(FormBinding *binding, const YamlPath &path,
                                   const QString &itemTitle, const QString &addPlaceholder,
                                   QWidget *parent, const Describer &describer)
    : TableField(binding, path, listColumns(binding, path, itemTitle, bool(describer)), parent),
      m_itemTitle(itemTitle), m_describer(describer)
{
    setHeaderVisible(bool(describer));
    setMovable(true);
    setAdding(true, addPlaceholder);
}

void StringListEditor::setSuggestions(const QStringList &suggestions)
{
    m_suggestions = suggestions;
    for (int row = 0; row < table()->rowCount(); ++row)
        cell(row, 0)->setData(FormItemDelegate::SuggestionsRole, m_suggestions);
}

void StringListEditor::readItems(const SpanTree &tree)
{
    int node = tree.find(fieldPath());
    if (node >= 0 && tree.node(node).isAlias())
        node = tree.resolveAlias(node);
    m_items.clear();
    if (node >= 0 && tree.node(node).isSequence()) {
        for (const int item : tree.node(node).children)
            m_items.append(FormBinding::displayText(tree, item));
    }
    setItemCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        setCell(row, 0, m_items[row]);
        if (m_describer)
            setCell(row, 1, m_describer(m_items[row]));
    }
    for (int row = 0; row < table()->rowCount(); ++row)
        cell(row, 0)->setData(FormItemDelegate::SuggestionsRole, m_suggestions);
}

void StringListEditor::editCell(int row, int column, const QString &text)
{
    if (row < itemCount()) {
        const YamlPath item = fieldPath().index(row);
        editDone(binding()->setValue(item, YamlValue::string(text),
                                     binding()->mergeKey(item.toString())),
                 row, column);
        return;
    }
    // The first keystroke in the adding row creates the item; the next ones edit it, under
    // the same merge key, so adding an item by typing is one undo step.
    editDone(binding()->insertItem(fieldPath(), -1, YamlValue::string(text),
                                   binding()->mergeKey(fieldPath().index(row).toString())),
             row, column);
}

QString StringListEditor::rowTitle(int row) const
{
    return tr("%1 %2").arg(m_itemTitle).arg(row + 1);
}

} // namespace MeshEntry
