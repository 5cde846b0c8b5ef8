#include "otherfieldsview.h"

#include "spantree.h"

#include <QTableWidget>
#include <QToolButton>

namespace MeshEntry {

OtherFieldsView::OtherFieldsView(FormBinding *binding, QWidget *parent)
    : TableField(binding, YamlPath(),
                 {{QString(), tr("Field"), QString(), 24, false},
                  {QString(), tr("Value"), QString(), 0, false}},
                 parent)
{
    setObjectName(QStringLiteral("otherFields"));
    setAdding(false, QString());
    setRemovable(false);
    addButton()->hide();
    table()->setToolTip(tr("Kept exactly as written; edit them in the YAML pane"));
}

void OtherFieldsView::setModelled(const QStringList &patterns)
{
    m_modelled = patterns;
}

bool OtherFieldsView::isContainer(const QString &pattern) const
{
    // A key holds edited fields when some edited pattern lies below it.
    for (const QString &modelled : m_modelled) {
        if (modelled.startsWith(pattern + u'.') ||
            modelled.startsWith(pattern + QLatin1String("[]")))
            return true;
    }
    return false;
}

void OtherFieldsView::collect(const SpanTree &tree, int node, const YamlPath &path,
                              const QString &pattern)
{
    if (node >= 0 && tree.node(node).isAlias())
        node = tree.resolveAlias(node);
    if (node < 0)
        return;
    const YamlNode &current = tree.node(node);
    if (current.isSequence()) {
        const QString itemPattern = pattern + QLatin1String("[]");
        if (!isContainer(itemPattern))
            return;
        for (int i = 0; i < current.children.size(); ++i)
            collect(tree, current.children[i], path.index(i), itemPattern);
        return;
    }
    if (!current.isMapping())
        return;
    for (qsizetype i = 0; i + 1 < current.children.size(); i += 2) {
        const QString key = FormBinding::displayText(tree, current.children[i]);
        const YamlPath childPath = path.key(key);
        const QString childPattern = pattern.isEmpty() ? key : pattern + u'.' + key;
        if (isContainer(childPattern))
            collect(tree, current.children[i + 1], childPath, childPattern);
        else if (!m_modelled.contains(childPattern))
            m_paths.append(childPath);
    }
}

void OtherFieldsView::readItems(const SpanTree &tree)
{
    m_paths.clear();
    collect(tree, tree.root(), YamlPath(), QString());
    setItemCount(int(m_paths.size()));
    for (int row = 0; row < m_paths.size(); ++row) {
        setCell(row, 0, m_paths[row].toString());
        setCell(row, 1, FormBinding::displayText(tree, tree.find(m_paths[row])));
    }
}

int OtherFieldsView::matchLength(const YamlPath &path) const
{
    int best = -1;
    const FieldMessage probe{path, FieldMessage::Error, {}, {}};
    for (const YamlPath &listed : m_paths) {
        if (probe.isUnder(listed))
            best = qMax(best, listed.size());
    }
    return best;
}

YamlPath OtherFieldsView::itemPath(int row) const
{
    return m_paths.value(row);
}

YamlPath OtherFieldsView::cellPath(int row, int) const
{
    return m_paths.value(row);
}

bool OtherFieldsView::locate(const YamlPath &path, int *row, int *column) const
{
    const FieldMessage probe{path, FieldMessage::Error, {}, {}};
    for (int i = 0; i < m_paths.size(); ++i) {
        if (probe.isUnder(m_paths[i])) {
            *row = i;
            *column = -1;
            return true;
        }
    }
    return false;
}

QString OtherFieldsView::rowTitle(int row) const
{
    return m_paths.value(row).toString();
}

} // namespace MeshEntry
