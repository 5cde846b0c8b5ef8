#include "findbar.h"

#include "yamleditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace MeshEntry {

FindBar::FindBar(YamlEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_find(new QLineEdit), m_replace(new QLineEdit),
      m_caseSensitive(new QCheckBox(tr("Match case"))),
      m_regularExpression(new QCheckBox(tr("Regular expression"))), m_replaceRow(new QWidget),
      m_status(new QLabel)
{
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setObjectName(QStringLiteral("replaceEdit"));
    m_find->setObjectName(QStringLiteral("findEdit"));
    auto *next = new QPushButton(tr("Next"));
    auto *previous = new QPushButton(tr("Previous"));
    auto *replace = new QPushButton(tr("Replace"));
    auto *replaceAllButton = new QPushButton(tr("Replace All"));
    auto *close = new QToolButton;
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);

    // The fields never shrink below a usable width, and the two options stand one above the
    // other: in one row with German or French labels they squeezed the fields to a few pixels.
    const int fieldWidth = m_find->fontMetrics().averageCharWidth() * 16;
    m_find->setMinimumWidth(fieldWidth);
    m_replace->setMinimumWidth(fieldWidth);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_caseSensitive, 0, 3);
    layout->addWidget(m_regularExpression, 1, 3);
    layout->addWidget(m_status, 0, 4);
    layout->addWidget(close, 0, 5);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replace);
    replaceLayout->addWidget(replaceAllButton);
    layout->addWidget(m_replaceRow, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(replace, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void FindBar::showFind()
{
    m_replaceRow->hide();
    show();
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(u'\n'))
        m_find->setText(m_editor->selectedText());
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    showFind();
    m_replaceRow->show();
}

bool FindBar::findNext(bool backwards)
{
    if (m_find->text().isEmpty())
        return false;
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    if (backwards && m_editor->hasSelectedText()) {
        int lineTo = 0;
        int indexTo = 0;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
    }
    const bool found =
        m_editor->findFirst(m_find->text(), m_regularExpression->isChecked(),
                            m_caseSensitive->isChecked(), false, true, !backwards, line, index);
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

void FindBar::replaceCurrent()
{
    if (m_editor->isReadOnly())
        return;
    if (m_editor->hasSelectedText())
        m_editor->replace(m_replace->text());
    findNext();
}

int FindBar::replaceAll()
{
    if (m_editor->isReadOnly() || m_find->text().isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    if (m_editor->findFirst(m_find->text(), m_regularExpression->isChecked(),
                            m_caseSensitive->isChecked(), false, false, true, 0, 0)) {
        do {
            m_editor->replace(m_replace->text());
            ++count;
        } while (m_editor->findNext());
    }
    m_editor->endUndoAction();
    m_editor->flushPendingEdits();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace MeshEntry
