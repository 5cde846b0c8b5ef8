#pragma once

// What the GUI tests do as a user would: open cells, type into them, read the example.

#include "yamlpath.h"

#include <QFile>
#include <QLineEdit>
#include <QTableWidget>
#include <QtTest>

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

} // namespace MeshEntry::FormTest
