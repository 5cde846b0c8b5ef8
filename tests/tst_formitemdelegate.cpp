#include "formitemdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

using namespace MeshEntry;

/// The forms' table delegate: a placeholder runs on over the empty cells to its right.
class TestFormItemDelegate : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_table = new QTableWidget(2, 2);
        m_delegate = new FormItemDelegate(m_table);
        m_table->setItemDelegate(m_delegate);
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_table->setColumnWidth(0, 60);
        m_table->setColumnWidth(1, 120);
        for (int row = 0; row < 2; ++row) {
            for (int column = 0; column < 2; ++column)
                m_table->setItem(row, column, new QTableWidgetItem);
        }
        m_table->item(0, 0)->setText(QStringLiteral("team"));
        m_table->item(0, 1)->setText(QStringLiteral("payments"));
        m_table->item(1, 0)->setData(FormItemDelegate::PlaceholderRole, placeholder);
        m_table->resize(260, 120);
        m_table->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_table));
    }
    void cleanup()
    {
        delete m_table;
        m_table = nullptr;
    }

    void theTextRunsOverTheEmptyCellsToItsRight()
    {
        const QRect key = m_table->visualRect(index(1, 0));
        const QRect value = m_table->visualRect(index(1, 1));
        for (int column : {0, 1}) {
            const FormItemDelegate::PlaceholderRun run = runOf(1, column);
            QCOMPARE(run.text, placeholder);
            QCOMPARE(run.area.left(), key.left() + 4);
            QCOMPARE(run.area.right(), value.right() - 4);
        }
        // The value cell paints its part of the text: not all of it is the background.
        const QImage cell = m_table->viewport()->grab(value.adjusted(1, 1, -2, -2)).toImage();
        int inked = 0;
        for (int y = 0; y < cell.height(); ++y) {
            for (int x = 0; x < cell.width(); ++x)
                inked += cell.pixel(x, y) != cell.pixel(0, 0);
        }
        QVERIFY2(inked > 20, qPrintable(QString::number(inked)));
        // A row with text has no placeholder anywhere.
        QCOMPARE(runOf(0, 0).text, QString());
        QCOMPARE(runOf(0, 1).text, QString());
    }

    void aCellWithTextEndsTheRun()
    {
        m_table->item(1, 1)->setText(QStringLiteral("v"));
        QCOMPARE(runOf(1, 1).text, QString());
        const FormItemDelegate::PlaceholderRun run = runOf(1, 0);
        QCOMPARE(run.text, placeholder);
        QCOMPARE(run.area.right(), m_table->visualRect(index(1, 0)).right() - 4);
    }

    void anOpenEditorShowsThePlaceholderItself()
    {
        QTest::mouseClick(m_table->viewport(), Qt::LeftButton, Qt::NoModifier,
                          m_table->visualRect(index(1, 0)).center());
        QTest::keyClick(m_table, Qt::Key_F2);
        auto *editor = m_table->viewport()->findChild<QLineEdit *>();
        QTRY_VERIFY(editor && editor->isVisible());
        QCOMPARE(editor->placeholderText(), placeholder);
        QCOMPARE(runOf(1, 1).text, QString());
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!m_table->viewport()->findChild<QLineEdit *>());
        QCOMPARE(runOf(1, 1).text, placeholder);
    }

private:
    QModelIndex index(int row, int column) const { return m_table->model()->index(row, column); }
    FormItemDelegate::PlaceholderRun runOf(int row, int column) const
    {
        QStyleOptionViewItem option;
        option.widget = m_table;
        option.rect = m_table->visualRect(index(row, column));
        return m_delegate->placeholderRun(index(row, column), option);
    }

    const QString placeholder = QStringLiteral("Label hinzufügen…");
    QTableWidget *m_table = nullptr;
    FormItemDelegate *m_delegate = nullptr;
};

QTEST_MAIN(TestFormItemDelegate)
#include "tst_formitemdelegate.moc"
