#pragma once

#include <QStyledItemDelegate>

namespace MeshEntry {

/**
 * The delegate of the forms' tables and lists. Its editors report every keystroke (or combo
 * choice) at once, so an edit becomes an undo command as it is typed; it never writes to the
 * item model, which only mirrors the document. It also draws message frames and placeholders.
 */
class FormItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role {
        SeverityRole = Qt::UserRole + 10, ///< int: worst FieldMessage::Severity, -1 for none
        PlaceholderRole,                  ///< QString shown grey while the cell is empty
        ChoicesRole,                      ///< QStringList: edit with a combo of these values
        SuggestionsRole,                  ///< QStringList: completions for the line edit
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    /// Where a cell draws the grey placeholder text of its row: the text of the nearest cell
    /// holding one (itself, or one to its left with only empty cells between) and the area,
    /// in the view's coordinates, from that cell to the last empty cell after it.
    struct PlaceholderRun {
        QRect area;
        QString text; ///< empty: the cell draws no placeholder
    };
    PlaceholderRun placeholderRun(const QModelIndex &index,
                                  const QStyleOptionViewItem &option) const;

protected:
    /// Tab and Shift+Tab in a cell editor leave the table instead of editing the next cell.
    bool eventFilter(QObject *editor, QEvent *event) override;

signals:
    void editorCreated(QWidget *editor, const QModelIndex &index);
    /// The user changed the text of the editor on index.
    void textEdited(const QModelIndex &index, const QString &text);

private:
    QPersistentModelIndex m_editing; ///< the cell whose editor is open
};

} // namespace MeshEntry
