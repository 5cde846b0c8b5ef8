#include "outlineview.h"

#include "badgedelegate.h"
#include "currentdocument.h"
#include "outlinemodel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace MeshEntry {

OutlineView::OutlineView(OutlineModel *model, CurrentDocument *current, QWidget *parent)
    : QWidget(parent), m_model(model), m_current(current), m_filter(new QLineEdit),
      m_noMatch(new QLabel), m_tree(new QTreeView)
{
    m_filter->setPlaceholderText(tr("Filter by name, namespace or kind"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Outline filter"));
    m_filter->setAccessibleDescription(tr("Shows only the documents whose name, namespace or "
                                          "kind contains the text"));
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &OutlineView::onFilterEdited);
    m_noMatch->setWordWrap(true);
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);
    m_noMatch->setMargin(6);
    m_noMatch->hide();

    m_tree->setModel(model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new BadgeDelegate(m_tree));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Outline"));
    m_tree->setAccessibleDescription(tr("The open files and their documents; a document's "
                                        "tooltip counts its errors and warnings"));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &position) {
        emit contextMenuRequested(m_tree->viewport()->mapToGlobal(position));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OutlineView::onCurrentRowChanged);
    // Rows come and go with files, structural edits and the filter: the file rows stay open
    // and the current document stays selected.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            expandFiles();
        updateNoMatch();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &OutlineView::updateNoMatch);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        expandFiles();
        showCurrent();
        updateNoMatch();
    });
    connect(model, &QAbstractItemModel::layoutChanged, this, &OutlineView::showCurrent);
    connect(current, &CurrentDocument::changed, this, &OutlineView::showCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_tree, 1);
}

void OutlineView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void OutlineView::expandFiles()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->expand(m_model->index(row, 0));
}

void OutlineView::onFilterEdited(const QString &text)
{
    m_model->setFilter(text);
    updateNoMatch();
}

void OutlineView::updateNoMatch()
{
    // A file that arrives after the filter was typed (a large one opens in the background)
    // may match it.
    const bool none = m_model->isFiltering() && m_model->shownDocumentCount() == 0;
    m_noMatch->setText(tr("No document matches “%1”.").arg(m_filter->text().trimmed()));
    m_noMatch->setVisible(none);
}

void OutlineView::showCurrent()
{
    EditorDocument *file = m_current->file();
    QModelIndex row = file ? m_model->documentIndex(file, m_current->document()) : QModelIndex();
    if (m_tree->currentIndex() == row &&
        (!row.isValid() || m_tree->selectionModel()->isSelected(row)))
        return;
    m_showing = true;
    if (row.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect);
        m_tree->scrollTo(row);
    } else {
        // The filter hides the current document: nothing is selected until it shows again.
        m_tree->selectionModel()->clear();
    }
    m_showing = false;
}

void OutlineView::onCurrentRowChanged(const QModelIndex &row)
{
    if (m_showing || !row.isValid())
        return;
    EditorDocument *file = m_model->fileAt(row);
    const int document = m_model->documentAt(row);
    if (!file)
        return;
    // A file row shows the file: its current document if it is the current file, else its first.
    const int shown = document >= 0               ? document
                      : file == m_current->file() ? m_current->document()
                                                  : 0;
    m_current->set(file, shown, CurrentDocument::Origin::Outline);
}

bool OutlineView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Down or Enter moves into the list of matches, Escape clears the filter.
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            // Onto the current document, or the first match when the filter hides it.
            if (m_model->documentAt(m_tree->currentIndex()) < 0 && m_model->rowCount() > 0) {
                const QModelIndex file = m_model->index(0, 0);
                const QModelIndex first = m_model->index(0, 0, file);
                m_tree->setCurrentIndex(first.isValid() ? first : file);
            }
            m_tree->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace MeshEntry
