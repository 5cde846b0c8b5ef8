#include "endpointstable.h"

#include "keyvalueeditor.h"
#include "spantree.h"
#include "wrappedlabel.h"

#include <QBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace MeshEntry {

namespace {

QList<TableField::Column> endpointColumns()
{
    const auto column = [](const char *key, const QString &title, int width, bool editable) {
        return TableField::Column{QLatin1String(key), title,
                                  QStringLiteral("spec.endpoints[].") + QLatin1String(key), width,
                                  editable};
    };
    // The address is read most: room for an IPv4 address or a short host name.
    return {column("address", EndpointsTable::tr("Address"), 17, true),
            column("ports", EndpointsTable::tr("Ports"), 10, false),
            column("labels", EndpointsTable::tr("Labels"), 12, false),
            column("network", EndpointsTable::tr("Network"), 10, true),
            column("locality", EndpointsTable::tr("Locality"), 12, true),
            column("weight", EndpointsTable::tr("Weight"), 6, true),
            column("serviceAccount", EndpointsTable::tr("Service account"), 12, true)};
}

/// A map on one line: `http 9080, grpc 9090` or `app=ledger, version=1.0`.
QString summary(const SpanTree &tree, int node, const QString &separator)
{
    if (node >= 0 && tree.node(node).isAlias())
        node = tree.resolveAlias(node);
    if (node < 0 || !tree.node(node).isMapping())
        return FormBinding::displayText(tree, node);
    QStringList parts;
    const QList<int> &children = tree.node(node).children;
    for (qsizetype i = 0; i + 1 < children.size(); i += 2) {
        parts.append(FormBinding::displayText(tree, children[i]) + separator +
                     FormBinding::displayText(tree, children[i + 1]));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

EndpointsTable::EndpointsTable(FormBinding *binding, const YamlPath &path, QWidget *parent)
    : TableField(binding, path, endpointColumns(), parent), m_detailTitle(new WrappedLabel(this)),
      m_maps(new QBoxLayout(QBoxLayout::LeftToRight))
{
    setMovable(true);
    setAdding(true, tr("Add endpoint address…"));
    const YamlPath first = path.index(0);
    m_ports = new KeyValueEditor(binding, first.key(QStringLiteral("ports")),
                                 FormBinding::ScalarKind::Number, tr("Service port name"),
                                 tr("Port on the endpoint"), tr("Add port…"), this);
    m_labels = new KeyValueEditor(binding, first.key(QStringLiteral("labels")),
                                  FormBinding::ScalarKind::String, tr("Label"), tr("Value"),
                                  tr("Add label…"), this);
    // The endpoint table lists every message; the maps only mark their cells.
    m_ports->setMessageListShown(false);
    m_labels->setMessageListShown(false);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);

    m_maps->setContentsMargins(0, 0, 0, 0);
    m_maps->addWidget(m_ports, 1);
    m_maps->addWidget(m_labels, 1);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addSpacing(4);
    layout->addWidget(m_detailTitle);
    layout->addLayout(m_maps);
    showDetail(-1);
}

void EndpointsTable::setPortNames(const QStringList &names)
{
    m_ports->setKeySuggestions(names);
}

void EndpointsTable::readItems(const SpanTree &tree)
{
    int node = tree.find(fieldPath());
    if (node >= 0 && tree.node(node).isAlias())
        node = tree.resolveAlias(node);
    const int count =
        node >= 0 && tree.node(node).isSequence() ? int(tree.node(node).children.size()) : 0;
    setItemCount(count);
    m_addresses.clear();
    for (int row = 0; row < count; ++row) {
        for (int column = 0; column < columns().size(); ++column) {
            const int value = tree.find(cellPath(row, column));
            QString text;
            if (column == PortsColumn)
                text = summary(tree, value, QStringLiteral(" → "));
            else if (column == LabelsColumn)
                text = summary(tree, value, QStringLiteral("="));
            else
                text = FormBinding::displayText(tree, value);
            setCell(row, column, text);
            if (column == AddressColumn)
                m_addresses.append(text);
        }
    }
    const int current = currentItem();
    showDetail(current >= 0 ? current : qMin(m_detailRow < 0 ? 0 : m_detailRow, count - 1));
    m_ports->refresh(tree);
    m_labels->refresh(tree);
}

void EndpointsTable::showDetail(int row)
{
    m_detailRow = row;
    const bool shown = row >= 0;
    if (shown) {
        m_ports->retarget(itemPath(row).key(QStringLiteral("ports")));
        m_labels->retarget(itemPath(row).key(QStringLiteral("labels")));
    }
    // Without endpoints there is nothing to give ports or labels to.
    m_detailTitle->setVisible(shown);
    m_ports->setVisible(shown);
    m_labels->setVisible(shown);
    if (shown)
        m_detailTitle->setText(tr("%1: ports and labels").arg(rowTitle(row)));
    messagesChanged();
}

void EndpointsTable::editCell(int row, int column, const QString &text)
{
    const QString key = columns()[column].key;
    const auto kind =
        column == WeightColumn ? FormBinding::ScalarKind::Number : FormBinding::ScalarKind::String;
    if (row >= itemCount()) {
        if (!text.isEmpty()) {
            editDone(binding()->insertItem(
                         fieldPath(), -1,
                         YamlValue::mapping({{key, FormBinding::valueFor(text, kind)}}),
                         binding()->mergeKey(cellPath(row, column).toString())),
                     row, column);
        }
        return;
    }
    const YamlPath path = cellPath(row, column);
    editDone(binding()->writeText(path, text, kind, FormBinding::WhenEmpty::RemoveKey,
                                  binding()->mergeKey(path.toString())),
             row, column);
}

QString EndpointsTable::rowTitle(int row) const
{
    const QString address = m_addresses.value(row);
    return address.isEmpty() ? tr("Endpoint %1").arg(row + 1)
                             : tr("Endpoint %1 (%2)").arg(row + 1).arg(address);
}

void EndpointsTable::currentRowChanged(int row)
{
    if (row >= 0 && row < itemCount() && row != m_detailRow)
        showDetail(row);
}

void EndpointsTable::messagesChanged()
{
    if (m_detailRow < 0 || m_detailRow >= itemCount()) {
        m_ports->setMessages({});
        m_labels->setMessages({});
        return;
    }
    m_ports->setMessages(messagesUnder(m_ports->fieldPath()));
    m_labels->setMessages(messagesUnder(m_labels->fieldPath()));
}

QWidget *EndpointsTable::focusPath(const YamlPath &path)
{
    int row = -1;
    int column = -1;
    if (locate(path, &row, &column) && row < itemCount() &&
        (column == PortsColumn || column == LabelsColumn)) {
        table()->setCurrentCell(row, column);
        showDetail(row);
        return (column == PortsColumn ? m_ports : m_labels)->focusPath(path);
    }
    return TableField::focusPath(path);
}

QSize EndpointsTable::minimumSizeHint() const
{
    QSize hint = TableField::minimumSizeHint();
    int width = qMax(m_ports->minimumSizeHint().width(), m_labels->minimumSizeHint().width());
    QLayout *outer = layout();
    for (int i = 0; i < outer->count(); ++i) {
        if (QLayoutItem *item = outer->itemAt(i); item->layout() != m_maps)
            width = qMax(width, item->minimumSize().width());
    }
    const QMargins margins = outer->contentsMargins();
    hint.setWidth(width + margins.left() + margins.right());
    return hint;
}

void EndpointsTable::resizeEvent(QResizeEvent *event)
{
    TableField::resizeEvent(event);
    arrangeMaps();
}

void EndpointsTable::arrangeMaps()
{
    // Side by side needs both maps' minimum widths whatever the direction is now, so the
    // choice does not flip back and forth.
    const int sideBySide = m_ports->minimumSizeHint().width() + m_maps->spacing() +
                           m_labels->minimumSizeHint().width();
    const auto direction =
        width() >= sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_maps->direction() != direction)
        m_maps->setDirection(direction);
}

void EndpointsTable::setReadOnly(bool readOnly)
{
    TableField::setReadOnly(readOnly);
    m_ports->setReadOnly(readOnly);
    m_labels->setReadOnly(readOnly);
}

} // namespace MeshEntry
