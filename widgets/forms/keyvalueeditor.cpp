#include "keyvalueeditor.h"

#include "formitemdelegate.h"
#include "spantree.h"

#include <QTableWidget>

namespace MeshEntry {

namespace {

QList<TableField::Column> mapColumns(FormBinding *binding, const YamlPath &path,
                                     const QString &keyTitle, const QString &valueTitle)
{
    const QString pattern = binding->patternOf(path);
    return {{QString(), keyTitle, pattern, 0, true},
            {QString(), valueTitle, pattern + QStringLiteral(".*"), 0, true}};
}

} // namespace

KeyValueEditor::KeyValueEditor(FormBinding *binding, const YamlPath &path,
                               FormBinding::ScalarKind valueKind, const QString &keyTitle,
                               const QString &valueTitle, const QString &addPlaceholder,
                               QWidget *parent)
    : TableField(binding, path, mapColumns(binding, path, keyTitle, valueTitle), parent),
      m_valueKind(valueKind)
{
    setAdding(true, addPlaceholder);
}

void KeyValueEditor::retarget(const YamlPath &path)
{
    if (path == fieldPath())
        return;
    setPath(path);
    if (const SpanTree *current = tree())
        refresh(*current);
}

void KeyValueEditor::setKeySuggestions(const QStringList &suggestions)
{
    m_keySuggestions = suggestions;
    for (int row = 0; row < table()->rowCount(); ++row)
        cell(row, 0)->setData(FormItemDelegate::SuggestionsRole, m_keySuggestions);
}

void KeyValueEditor::readItems(const SpanTree &tree)
{
    int node = tree.find(fieldPath());
    if (node >= 0 && tree.node(node).isAlias())
        node = tree.resolveAlias(node);
    m_keys.clear();
    m_values.clear();
    if (node >= 0 && tree.node(node).isMapping()) {
        const QList<int> &children = tree.node(node).children;
        for (qsizetype i = 0; i + 1 < children.size(); i += 2) {
            m_keys.append(FormBinding::displayText(tree, children[i]));
            m_values.append(FormBinding::displayText(tree, children[i + 1]));
        }
    }
    setItemCount(int(m_keys.size()));
    for (int row = 0; row < m_keys.size(); ++row) {
        setCell(row, 0, m_keys[row]);
        setCell(row, 1, m_values[row]);
    }
    for (int row = 0; row < table()->rowCount(); ++row)
        cell(row, 0)->setData(FormItemDelegate::SuggestionsRole, m_keySuggestions);
}

QString KeyValueEditor::keyMergeKey(int row) const
{
    // By row, not by key: the key changes with every keystroke of a rename.
    return binding()->mergeKey(QStringLiteral("%1#key%2").arg(fieldPath().toString()).arg(row));
}

void KeyValueEditor::editCell(int row, int column, const QString &text)
{
    if (row >= itemCount()) {
        if (text.isEmpty())
            return;
        if (m_keys.contains(text)) {
            editDone(tr("%1 already exists").arg(fieldPath().key(text).toString()), row, column);
            return;
        }
        // Without a value yet (null): an empty string's quotes would stay on the value typed
        // next, as a replaced scalar keeps its quoting style. Created under the merge key the
        // following renames of this row use, so typing the key is one undo step.
        editDone(binding()->setValue(fieldPath().key(text), YamlValue(), keyMergeKey(row)), row,
                 column);
        return;
    }
    const YamlPath entry = itemPath(row);
    if (column == 0) {
        editDone(binding()->renameKey(entry, text, keyMergeKey(row)), row, column);
        return;
    }
    editDone(binding()->writeText(entry, text, m_valueKind, FormBinding::WhenEmpty::WriteEmpty,
                                  binding()->mergeKey(entry.toString())),
             row, column);
}

YamlPath KeyValueEditor::itemPath(int row) const
{
    return fieldPath().key(m_keys.value(row));
}

YamlPath KeyValueEditor::cellPath(int row, int) const
{
    return row >= 0 && row < itemCount() ? itemPath(row) : fieldPath();
}

bool KeyValueEditor::locate(const YamlPath &path, int *row, int *column) const
{
    const QList<YamlPath::Segment> &segments = path.segments();
    const int depth = fieldPath().size();
    if (segments.size() <= depth || segments[depth].isIndex())
        return false;
    *row = int(m_keys.indexOf(segments[depth].key));
    *column = -1;
    return *row >= 0;
}

QString KeyValueEditor::rowTitle(int row) const
{
    return m_keys[row].isEmpty() ? tr("Empty key") : m_keys[row];
}

bool KeyValueEditor::startsItem(int column) const
{
    return column == 0;
}

} // namespace MeshEntry
