#pragma once

// What the GUI tests do as a user would: open cells, type into them, read the example.

#include "yamlpath.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>
#include <functional>

namespace MeshEntry::FormTest {

/// The bundled example file.
inline QByteArray example()
{
    QFile file(QStringLiteral(MESHENTRY_SOURCE_DIR "/resources/examples/payments-mesh.yaml"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline YamlPath path(const char *text)
{
    return YamlPath::fromText(QLatin1String(text));
}

/// Opens the editor of a cell as a double click would; returns it.
inline QWidget *openEditor(QTableWidget *table, int row, int column)
{
    const QModelIndex index = table->model()->index(row, column);
    if (QWidget *open = table->indexWidget(index))
        return open;
    table->setFocus();
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    return table->indexWidget(index);
}

/// Types text into a cell, replacing what it held, one key at a time.
inline void typeInto(QTableWidget *table, int row, int column, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(openEditor(table, row, column));
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

/// Replaces a line edit's text by typing, as the user does.
inline void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

/// Clicks a row of a view where the user would: the middle of its rectangle.
inline void clickRow(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                      view->visualRect(index).center());
}

/// A key press on whatever has the keyboard focus, as the keyboard sends it.
inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the focus");
    QTest::keyClick(focus, key, modifiers);
}

/// Types text as the keyboard does: each key goes to whatever has the focus when it is
/// pressed (the first key into a table cell opens its editor, the next ones go there).
inline void typeKeys(const QString &text)
{
    for (const QChar c : text) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus, "nothing has the focus");
        QTest::keyClicks(focus, QString(c));
    }
}

/**
 * Calls handler with the next modal dialog once it is shown and has the focus: a dialog's
 * exec() does not return to the test until the dialog is closed, so the test acts on it from
 * a timer. The handler records what it sees (a failed QCOMPARE there would only leave the
 * lambda); a dialog it leaves open is rejected, so the test never hangs.
 */
inline void onNextDialog(const std::function<void(QWidget *)> &handler)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto remaining = std::make_shared<int>(250);
    QObject::connect(timer, &QTimer::timeout, [timer, handler, remaining] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (dialog && dialog->isVisible()) {
            timer->stop();
            timer->deleteLater();
            QApplication::setActiveWindow(dialog);
            if (QTest::qWaitForWindowActive(dialog))
                QTRY_VERIFY_WITH_TIMEOUT(dialog->isAncestorOf(QApplication::focusWidget()), 2000);
            QPointer<QWidget> guard(dialog);
            handler(dialog);
            if (auto *open = qobject_cast<QDialog *>(guard.data()); open && open->isVisible())
                open->reject();
        } else if (--*remaining == 0) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

} // namespace MeshEntry::FormTest
