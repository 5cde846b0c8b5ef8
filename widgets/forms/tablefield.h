#pragma once

#include "formbinding.h"
#include "formfield.h"

#include <QWidget>

class QTableWidget;
class QTableWidgetItem;
class QToolButton;

namespace MeshEntry {

class FieldMarker;
class FormItemDelegate;
class MessageList;

/**
 * Base of the list and table editors: a table with one row per item and, last, a row that
 * adds one when the user types into it; Add, Remove and Move buttons; message markers on cells
 * and the messages listed below. Subclasses say how rows map to paths and how a typed cell is
 * written. The table only mirrors the document: it is refreshed from the tree after each edit.
 */
class TableField : public QWidget, public FormField
{
    Q_OBJECT
public:
    struct Column {
        QString key; ///< map key the column edits in each item; empty: the item itself
        QString title;
        QString pattern; ///< field table entry for help
        int width = 0;   ///< in digits; 0 stretches
        bool editable = true;
    };

    QTableWidget *table() const { return m_table; }
    /// Items shown (the adding row not counted).
    int itemCount() const { return m_itemCount; }
    /// Whether the messages are listed under the table (a part of a larger editor leaves that
    /// to its owner and only marks cells).
    void setMessageListShown(bool shown);
    /// Offers or withdraws the adding row (a DNS_ROUND_ROBIN entry takes one endpoint).
    void setAddingEnabled(bool enabled);
    /// Opens the editor of the adding row, as the Add button does.
    void startAdding();
    /// Every message shown, refused edits included.
    QList<FieldMessage> messages() const;
    MessageList *messageList() const { return m_messageList; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }
    QToolButton *upButton() const { return m_up; }
    QToolButton *downButton() const { return m_down; }

    YamlPath fieldPath() const override { return m_path; }
    QStringList patterns() const override;
    void refresh(const SpanTree &tree) override;
    void setMessages(const QList<FieldMessage> &messages) override;
    QWidget *focusPath(const YamlPath &path) override;
    void setReadOnly(bool readOnly) override;

protected:
    TableField(FormBinding *binding, const YamlPath &path, const QList<Column> &columns,
               QWidget *parent);

    FormBinding *binding() const { return m_binding; }
    const QList<Column> &columns() const { return m_columns; }
    /// Re-targets the editor (an endpoint's labels when another endpoint is selected).
    void setPath(const YamlPath &path);
    /// Hides the table's header (a plain list has one column).
    void setHeaderVisible(bool visible);
    /// Whether items can be removed (Remove and the Delete key).
    void setRemovable(bool removable);
    /// Offers Move Up and Move Down (sequences only).
    void setMovable(bool movable);
    /// Whether the adding row is offered, and its placeholder.
    void setAdding(bool enabled, const QString &placeholder);
    /// Resizes to count items (plus the adding row), keeping open editors.
    void setItemCount(int count);
    /// Shows text in a cell; an editor open on it keeps its cursor when the text is the same.
    void setCell(int row, int column, const QString &text);
    /// Shows placeholder in a cell while it is empty.
    void setCellPlaceholder(int row, int column, const QString &placeholder);
    /// The cell's item, created when missing.
    QTableWidgetItem *cell(int row, int column);
    /// Records the outcome of an edit of a cell: an error marks it until the next edit.
    void editDone(const QString &error, int row, int column);
    /// The row the Remove and Move buttons act on, or -1.
    int currentItem() const;
    /// The document's tree, or nullptr.
    const SpanTree *tree() const { return m_binding->tree(); }

    /// Fills the rows from the tree (setItemCount, setCell).
    virtual void readItems(const SpanTree &tree) = 0;
    /// The user typed text into a cell; row == itemCount() is the adding row.
    virtual void editCell(int row, int column, const QString &text) = 0;
    /// Path of an item.
    virtual YamlPath itemPath(int row) const;
    /// Path a cell edits; the adding row gives the list's own path.
    virtual YamlPath cellPath(int row, int column) const;
    /// Row and column (-1: the whole row) of a path below the field's; false for the list itself.
    virtual bool locate(const YamlPath &path, int *row, int *column) const;
    /// How a row is named in messages: "Port 443", "Host 2".
    virtual QString rowTitle(int row) const = 0;
    /// Whether typing into this column of the adding row starts an item.
    virtual bool startsItem(int column) const;
    /// The current row changed (the adding row gives itemCount()).
    virtual void currentRowChanged(int row);
    /// Cell markers changed; subclasses forward messages to their parts.
    virtual void messagesChanged() {}
    /// Tooltip of a column: its help from the field table.
    QString columnHelp(int column) const;
    /// The messages (refused edits included) at or below path.
    QList<FieldMessage> messagesUnder(const YamlPath &path) const;

    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentCellChanged(int row, int column);
    void onTextEdited(const QModelIndex &index, const QString &text);
    void onEditorCreated(QWidget *editor, const QModelIndex &index);
    void updateMarkers();
    void updateButtons();
    void updateHeight();
    void removeItem(int row);
    void moveCurrent(int delta);
    void prepareAddingRow();
    Qt::ItemFlags itemFlags(int row, int column) const;

    FormBinding *m_binding;
    YamlPath m_path;
    QList<Column> m_columns;
    QTableWidget *m_table;
    FormItemDelegate *m_delegate;
    FieldMarker *m_marker;
    MessageList *m_messageList;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    int m_itemCount = 0;
    int m_addingRow = -1; ///< the row currently set up as the adding row
    bool m_adding = true;
    bool m_readOnly = false;
    bool m_movable = false;
    bool m_removable = true;
    bool m_messageListShown = true;
    QString m_addingPlaceholder;
    QList<FieldMessage> m_messages;
    QList<FieldMessage> m_editError;
};

} // namespace MeshEntry
