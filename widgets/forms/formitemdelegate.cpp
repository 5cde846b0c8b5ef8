#include "formitemdelegate.h"

#include <QAbstractItemView>

#include "fieldmarker.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>

namespace MeshEntry {

QWidget *FormItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &index) const
{
    auto *self = const_cast<FormItemDelegate *>(this);
    const QPersistentModelIndex target(index);
    QWidget *editor = nullptr;
    const QStringList choices = index.data(ChoicesRole).toStringList();
    if (!choices.isEmpty()) {
        auto *combo = new QComboBox(parent);
        const QString none = index.data(PlaceholderRole).toString();
        for (const QString &choice : choices)
            combo->addItem(choice.isEmpty() ? none : choice, choice);
        connect(combo, &QComboBox::activated, self, [self, combo, target](int row) {
            if (target.isValid())
                emit self->textEdited(target, combo->itemData(row).toString());
        });
        editor = combo;
    } else {
        auto *edit = new QLineEdit(parent);
        edit->setFrame(false);
        edit->setPlaceholderText(index.data(PlaceholderRole).toString());
        const QStringList suggestions = index.data(SuggestionsRole).toStringList();
        if (!suggestions.isEmpty()) {
            auto *completer = new QCompleter(suggestions, edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            edit->setCompleter(completer);
            // A completion is chosen, not typed: textEdited does not report it.
            connect(completer, qOverload<const QString &>(&QCompleter::activated), self,
                    [self, target](const QString &text) {
                        if (target.isValid())
                            emit self->textEdited(target, text);
                    });
        }
        connect(edit, &QLineEdit::textEdited, self, [self, target](const QString &text) {
            if (target.isValid())
                emit self->textEdited(target, text);
        });
        editor = edit;
    }
    // While it is open the editor shows the placeholder itself (see placeholderRun).
    self->m_editing = target;
    connect(editor, &QObject::destroyed, self, [self, target] {
        if (self->m_editing == target)
            self->m_editing = QPersistentModelIndex();
    });
    emit self->editorCreated(editor, index);
    return editor;
}

bool FormItemDelegate::eventFilter(QObject *editor, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        auto *widget = qobject_cast<QWidget *>(editor);
        // The view is the editor's viewport's parent.
        QWidget *view =
            widget && widget->parentWidget() ? widget->parentWidget()->parentWidget() : nullptr;
        if (tab && view && !(key->modifiers() & Qt::ControlModifier)) {
            // The text went to the document as it was typed: closing loses nothing.
            emit closeEditor(widget, NoHint);
            const bool backwards =
                key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier);
            QCoreApplication::postEvent(
                view, new QKeyEvent(QEvent::KeyPress, backwards ? Qt::Key_Backtab : Qt::Key_Tab,
                                    backwards ? Qt::ShiftModifier : Qt::NoModifier));
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(editor, event);
}

void FormItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int row = combo->findData(text);
        if (row < 0) {
            combo->addItem(text, text);
            row = combo->count() - 1;
        }
        combo->setCurrentIndex(row);
        return;
    }
    // Setting equal text would move the cursor of the user who is typing to the end.
    auto *edit = static_cast<QLineEdit *>(editor);
    if (edit->text() != text)
        edit->setText(text);
}

void FormItemDelegate::setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const
{
    // Nothing to do: edits went to the document as they were typed, and the model follows it.
}

FormItemDelegate::PlaceholderRun
FormItemDelegate::placeholderRun(const QModelIndex &index, const QStyleOptionViewItem &option) const
{
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const auto empty = [](const QModelIndex &cell) {
        return cell.data(Qt::DisplayRole).toString().isEmpty();
    };
    const auto ownPlaceholder = [](const QModelIndex &cell) {
        return cell.data(PlaceholderRole).toString();
    };
    // The placeholder this cell shows: its own, or that of the nearest cell to its left when
    // every cell from there to here is empty (a narrow key column would cut "Add label…").
    QModelIndex owner;
    for (QModelIndex cell = index; cell.isValid() && empty(cell);
         cell = cell.column() > 0 ? cell.siblingAtColumn(cell.column() - 1) : QModelIndex()) {
        if (!ownPlaceholder(cell).isEmpty()) {
            owner = cell;
            break;
        }
        if (!view)
            break;
    }
    if (!owner.isValid())
        return {};
    // The owner's editor is open and shows the placeholder itself.
    if (m_editing == owner)
        return {};
    const QRect first = owner == index ? option.rect : view->visualRect(owner);
    int right = option.rect.right();
    if (view) {
        const int columns = index.model()->columnCount(index.parent());
        for (int column = owner.column() + 1; column < columns; ++column) {
            const QModelIndex cell = index.siblingAtColumn(column);
            if (!empty(cell) || !ownPlaceholder(cell).isEmpty())
                break;
            right = std::max(right, view->visualRect(cell).right());
        }
    }
    const int margin = 4;
    return {QRect(QPoint(first.left() + margin, option.rect.top()),
                  QPoint(right - margin, option.rect.bottom())),
            ownPlaceholder(owner)};
}

void FormItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const PlaceholderRun run = placeholderRun(index, option);
    if (!run.text.isEmpty()) {
        painter->save();
        QFont font = option.font;
        font.setItalic(true);
        painter->setFont(font);
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        // Each cell of the run paints its own part of the one text, so any repaint is whole.
        painter->setClipRect(option.rect, Qt::IntersectClip);
        painter->drawText(
            run.area, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(font).elidedText(run.text, Qt::ElideRight, run.area.width()));
        painter->restore();
    }
    const QVariant severity = index.data(SeverityRole);
    if (severity.isValid() && severity.toInt() >= 0) {
        const auto level = FieldMessage::Severity(severity.toInt());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(FieldMarker::color(level), 2));
        painter->drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 2, 2);
        const int size = qMin(option.rect.height() - 6, 16);
        const QRect iconRect(option.rect.right() - size - 3,
                             option.rect.top() + (option.rect.height() - size) / 2, size, size);
        FieldMarker::icon(level).paint(painter, iconRect);
        painter->restore();
    }
}

} // namespace MeshEntry
