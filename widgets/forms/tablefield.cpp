#include "tablefield.h"

#include "fieldmarker.h"
#include "formitemdelegate.h"
#include "messagelist.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLayout>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace MeshEntry {

namespace {

constexpr int maxVisibleRows = 10;
constexpr QAbstractItemView::EditTriggers editTriggers =
    QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
    QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed;

QToolButton *makeButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(false);
    return button;
}

} // namespace

TableField::TableField(FormBinding *binding, const YamlPath &path, const QList<Column> &columns,
                       QWidget *parent)
    : QWidget(parent), m_binding(binding), m_path(path), m_columns(columns),
      m_table(new QTableWidget(0, int(columns.size()), this)),
      m_delegate(new FormItemDelegate(m_table)), m_messageList(new MessageList(this))
{
    setObjectName(path.toString());
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(editTriggers);
    // One tab stop: arrows move between cells, Enter or F2 edits, Tab goes on to the buttons.
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setWhatsThis(binding->whatsThis(binding->patternOf(path)));
    m_table->setToolTip(binding->toolTip(binding->patternOf(path)));
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int digit = fontMetrics().horizontalAdvance(u'0');
    for (int i = 0; i < columns.size(); ++i) {
        auto *item = new QTableWidgetItem(columns[i].title);
        item->setToolTip(columnHelp(i));
        item->setWhatsThis(binding->whatsThis(columns[i].pattern));
        m_table->setHorizontalHeaderItem(i, item);
        if (columns[i].width > 0) {
            header->setSectionResizeMode(i, QHeaderView::Interactive);
            header->resizeSection(i, digit * columns[i].width + 2 * digit);
        } else {
            header->setSectionResizeMode(i, QHeaderView::Stretch);
        }
    }
    // Without a stretching column the last one takes the room that is left.
    header->setStretchLastSection(std::all_of(
        columns.cbegin(), columns.cend(), [](const Column &column) { return column.width > 0; }));
    m_marker = new FieldMarker(m_table);

    m_add = makeButton(tr("Add"), tr("Add an item (or type into the last row)"), this);
    m_remove = makeButton(tr("Remove"), tr("Remove the selected item"), this);
    m_up = makeButton(tr("Move Up"), tr("Move the selected item up"), this);
    m_down = makeButton(tr("Move Down"), tr("Move the selected item down"), this);
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_up->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_down->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_up->hide();
    m_down->hide();
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_messageList);
    setFocusProxy(m_table);
    // As tall as the rows need: the page scrolls, not each table.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row, int column) { onCurrentCellChanged(row, column); });
    connect(m_delegate, &FormItemDelegate::textEdited, this, &TableField::onTextEdited);
    connect(m_delegate, &FormItemDelegate::editorCreated, this, &TableField::onEditorCreated);
    connect(m_add, &QToolButton::clicked, this, &TableField::startAdding);
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (currentItem() >= 0)
            removeItem(currentItem());
    });
    // Delete removes the selected item when no cell is being edited.
    auto *remove =
        new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, m_remove, &QToolButton::click);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    setItemCount(0);
    updateButtons();
    updateHeight();
}

void TableField::setPath(const YamlPath &path)
{
    m_path = path;
    m_editError.clear();
}

void TableField::setHeaderVisible(bool visible)
{
    m_table->horizontalHeader()->setVisible(visible);
    updateHeight();
}

void TableField::setMessageListShown(bool shown)
{
    m_messageListShown = shown;
    updateMarkers();
}

QStringList TableField::patterns() const
{
    QStringList result{m_binding->patternOf(m_path)};
    for (const Column &column : m_columns) {
        if (!column.key.isEmpty())
            result.append(column.pattern);
    }
    return result;
}

void TableField::setRemovable(bool removable)
{
    m_removable = removable;
    m_remove->setVisible(removable);
    updateButtons();
}

void TableField::setMovable(bool movable)
{
    m_movable = movable;
    m_up->setVisible(movable);
    m_down->setVisible(movable);
}

void TableField::setAdding(bool enabled, const QString &placeholder)
{
    if (m_adding == enabled && m_addingPlaceholder == placeholder)
        return;
    m_adding = enabled;
    m_addingPlaceholder = placeholder;
    m_addingRow = -1; // set the row up again with the new placeholder
    setItemCount(m_itemCount);
    updateButtons();
    updateHeight();
}

void TableField::setAddingEnabled(bool enabled)
{
    setAdding(enabled, m_addingPlaceholder);
}

Qt::ItemFlags TableField::itemFlags(int row, int column) const
{
    const bool editable = row < m_itemCount ? m_columns[column].editable : startsItem(column);
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled |
           (editable ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QTableWidgetItem *TableField::cell(int row, int column)
{
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        item->setFlags(itemFlags(row, column));
        item->setToolTip(columnHelp(column));
        m_table->setItem(row, column, item);
    }
    return item;
}

void TableField::setItemCount(int count)
{
    m_itemCount = count;
    const int rows = count + (m_adding && !m_readOnly ? 1 : 0);
    if (m_table->rowCount() != rows)
        m_table->setRowCount(rows);
    prepareAddingRow();
}

void TableField::prepareAddingRow()
{
    const int row = m_adding && !m_readOnly ? m_itemCount : -1;
    if (row == m_addingRow)
        return;
    // The old adding row became an item (or is gone): give it an item's flags back.
    if (m_addingRow >= 0 && m_addingRow < m_table->rowCount()) {
        for (int column = 0; column < m_columns.size(); ++column) {
            QTableWidgetItem *item = cell(m_addingRow, column);
            item->setData(FormItemDelegate::PlaceholderRole, QVariant());
            item->setFlags(itemFlags(m_addingRow, column));
        }
    }
    m_addingRow = row;
    if (row < 0)
        return;
    bool placed = false;
    for (int column = 0; column < m_columns.size(); ++column) {
        QTableWidgetItem *item = cell(row, column);
        item->setText(QString());
        item->setFlags(itemFlags(row, column));
        item->setData(FormItemDelegate::SeverityRole, -1);
        const bool first = !placed && startsItem(column);
        item->setData(FormItemDelegate::PlaceholderRole, first ? m_addingPlaceholder : QString());
        placed = placed || first;
    }
}

void TableField::setCell(int row, int column, const QString &text)
{
    QTableWidgetItem *item = cell(row, column);
    if (item->text() != text)
        item->setText(text);
}

void TableField::setCellPlaceholder(int row, int column, const QString &placeholder)
{
    cell(row, column)->setData(FormItemDelegate::PlaceholderRole, placeholder);
}

void TableField::refresh(const SpanTree &tree)
{
    // Any change of the document makes a refused edit stale; an edit that fails changes nothing.
    m_editError.clear();
    readItems(tree);
    updateMarkers();
    updateButtons();
    updateHeight();
}

YamlPath TableField::itemPath(int row) const
{
    return m_path.index(row);
}

YamlPath TableField::cellPath(int row, int column) const
{
    // The adding row names the item it is about to create, so that the keystroke creating
    // it and the ones after merge into one undo step.
    if (row < 0 || row > m_itemCount || (row == m_itemCount && !m_adding))
        return m_path;
    const YamlPath item = itemPath(row);
    return column < 0 || m_columns[column].key.isEmpty() ? item : item.key(m_columns[column].key);
}

bool TableField::locate(const YamlPath &path, int *row, int *column) const
{
    const QList<YamlPath::Segment> &segments = path.segments();
    const int depth = m_path.size();
    if (segments.size() <= depth || !segments[depth].isIndex())
        return false;
    *row = segments[depth].index;
    *column = -1;
    if (segments.size() == depth + 1) {
        // A message on a plain item belongs to its only cell.
        if (m_columns.size() == 1 && m_columns[0].key.isEmpty())
            *column = 0;
        return true;
    }
    for (int i = 0; i < m_columns.size(); ++i) {
        if (!segments[depth + 1].isIndex() && m_columns[i].key == segments[depth + 1].key)
            *column = i;
    }
    return true;
}

bool TableField::startsItem(int column) const
{
    return m_columns[column].editable;
}

void TableField::removeItem(int row)
{
    editDone(m_binding->remove(itemPath(row)), row, -1);
}

void TableField::currentRowChanged(int) {}

QString TableField::columnHelp(int column) const
{
    return m_binding->toolTip(m_columns[column].pattern);
}

QList<FieldMessage> TableField::messages() const
{
    return m_editError + m_messages;
}

QList<FieldMessage> TableField::messagesUnder(const YamlPath &path) const
{
    QList<FieldMessage> result;
    for (const FieldMessage &message : messages()) {
        if (message.isUnder(path))
            result.append(message);
    }
    return result;
}

void TableField::setMessages(const QList<FieldMessage> &messages)
{
    m_messages = messages;
    updateMarkers();
}

void TableField::editDone(const QString &error, int row, int column)
{
    m_editError.clear();
    if (!error.isEmpty()) {
        m_editError.append(
            {cellPath(row, column), FieldMessage::Error, {}, tr("Not applied: %1").arg(error)});
    }
    updateMarkers();
}

void TableField::updateMarkers()
{
    QHash<QPair<int, int>, QList<FieldMessage>> byCell;
    QList<FieldMessage> listLevel;
    QList<FieldMessage> shown;
    for (const FieldMessage &message : messages()) {
        int row = -1;
        int column = -1;
        if (!locate(message.path, &row, &column) || row >= m_itemCount) {
            listLevel.append(message);
            shown.append(message);
            continue;
        }
        FieldMessage line = message;
        // A plain item's row title names its cell already.
        line.text =
            column < 0 || m_columns[column].key.isEmpty()
                ? tr("%1: %2").arg(rowTitle(row), message.text)
                : tr("%1, %2: %3").arg(rowTitle(row), m_columns[column].title, message.text);
        shown.append(line);
        for (int i = 0; i < m_columns.size(); ++i) {
            if (column < 0 || column == i)
                byCell[{row, i}].append(message);
        }
    }
    for (int row = 0; row < m_itemCount; ++row) {
        for (int column = 0; column < m_columns.size(); ++column) {
            const QList<FieldMessage> cellMessages = byCell.value({row, column});
            QTableWidgetItem *item = cell(row, column);
            item->setData(FormItemDelegate::SeverityRole, FieldMarker::worst(cellMessages));
            item->setToolTip(FieldMarker::toolTip(cellMessages, columnHelp(column)));
        }
    }
    m_marker->setSeverity(FieldMarker::worst(listLevel));
    m_table->setToolTip(
        FieldMarker::toolTip(listLevel, m_binding->toolTip(m_binding->patternOf(m_path))));
    m_messageList->setMessages(m_messageListShown ? shown : QList<FieldMessage>());
    messagesChanged();
}

int TableField::currentItem() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_itemCount ? row : -1;
}

void TableField::updateButtons()
{
    const int row = currentItem();
    m_add->setEnabled(m_adding && !m_readOnly);
    m_remove->setEnabled(m_removable && row >= 0 && !m_readOnly);
    m_up->setEnabled(m_movable && !m_readOnly && row > 0);
    m_down->setEnabled(m_movable && !m_readOnly && row >= 0 && row < m_itemCount - 1);
}

void TableField::updateHeight()
{
    const int rows = qBound(1, m_table->rowCount(), maxVisibleRows);
    int height = 2 * m_table->frameWidth() + rows * m_table->verticalHeader()->defaultSectionSize();
    if (!m_table->horizontalHeader()->isHidden())
        height += m_table->horizontalHeader()->sizeHint().height();
    // Computed from this widget's width: the table's own geometry may not be laid out yet.
    QHeaderView *header = m_table->horizontalHeader();
    int needed = 0;
    for (int column = 0; column < m_columns.size(); ++column) {
        needed += header->sectionResizeMode(column) == QHeaderView::Stretch
                      ? header->minimumSectionSize()
                      : header->sectionSize(column);
    }
    int available = width() - 2 * m_table->frameWidth();
    if (m_table->rowCount() > maxVisibleRows)
        available -= m_table->verticalScrollBar()->sizeHint().width();
    if (needed > available)
        height += m_table->horizontalScrollBar()->sizeHint().height();
    if (m_table->height() == height && m_table->minimumHeight() == height)
        return;
    m_table->setFixedHeight(height);
    // The forms' layouts cache heights for their width (word-wrapped captions): a table that
    // grows must clear every cache up to the page, or the rows below overlap its buttons.
    for (QWidget *widget = this; widget && !widget->isWindow(); widget = widget->parentWidget()) {
        if (QLayout *layout = widget->layout())
            layout->invalidate();
        if (qobject_cast<QAbstractScrollArea *>(widget))
            break;
    }
    updateGeometry();
}

void TableField::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateHeight();
}

void TableField::startAdding()
{
    if (!m_adding || m_readOnly)
        return;
    for (int column = 0; column < m_columns.size(); ++column) {
        if (!startsItem(column))
            continue;
        m_table->setFocus(Qt::OtherFocusReason);
        m_table->setCurrentCell(m_itemCount, column);
        m_table->scrollToItem(cell(m_itemCount, column));
        m_table->editItem(cell(m_itemCount, column));
        return;
    }
}

QWidget *TableField::focusPath(const YamlPath &path)
{
    int row = -1;
    int column = -1;
    m_table->setFocus(Qt::OtherFocusReason);
    if (locate(path, &row, &column) && row < m_itemCount) {
        if (column < 0) {
            column = 0;
            while (column < m_columns.size() - 1 && !m_columns[column].editable)
                ++column;
        }
        m_table->setCurrentCell(row, column);
        m_table->scrollToItem(cell(row, column));
    }
    return m_table;
}

void TableField::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : editTriggers);
    setItemCount(m_itemCount);
    updateButtons();
    updateHeight();
}

bool TableField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // Enter edits the current cell, as F2 does (Qt leaves Enter to "activate" here).
        const QModelIndex current = m_table->currentIndex();
        if (enter && key->modifiers() == Qt::NoModifier && current.isValid() &&
            !m_table->indexWidget(current)) {
            if ((current.flags() & Qt::ItemIsEditable) && !m_readOnly) {
                m_table->edit(current);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TableField::onCurrentCellChanged(int row, int column)
{
    updateButtons();
    currentRowChanged(row);
    // Only the user's own moves go to the YAML pane, not rows shifting under a refresh.
    QWidget *focus = QApplication::focusWidget();
    if (row >= 0 && focus && (focus == m_table || m_table->isAncestorOf(focus)))
        m_binding->activate(cellPath(row, column));
}

void TableField::onEditorCreated(QWidget *, const QModelIndex &)
{
    m_binding->startEditSession();
}

void TableField::onTextEdited(const QModelIndex &index, const QString &text)
{
    editCell(index.row(), index.column(), text);
}

void TableField::moveCurrent(int delta)
{
    const int row = currentItem();
    if (row < 0)
        return;
    const int column = m_table->currentColumn();
    const QString error = m_binding->moveItem(m_path, row, row + delta);
    editDone(error, row, -1);
    if (error.isEmpty())
        m_table->setCurrentCell(row + delta, column);
}

} // namespace MeshEntry
