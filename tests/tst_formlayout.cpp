#include "editordocument.h"
#include "formtesthelpers.h"
#include "keyvalueeditor.h"
#include "mainwindow.h"
#include "metadatasection.h"
#include "workloadentryform.h"

#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::FormTest;

class TestFormLayout : public QObject
{
    Q_OBJECT
private slots:
    void tablesGrowWithoutOverlap();
    void inWindow();
};

void TestFormLayout::inWindow()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir dir;
    QFile f(dir.filePath("x.yaml"));
    f.open(QIODevice::WriteOnly);
    f.write(example());
    f.close();
    QVERIFY(window.openFile(dir.filePath("x.yaml")));
    QTest::qWait(50);
    window.setCurrent(window.currentFile(), 3);
    QTest::qWait(100);
    window.setCurrent(window.currentFile(), 2);
    QTest::qWait(200);
    KeyValueEditor *labels = window.workloadEntryForm()->metadataSection()->labelsEditor();
    const QRect table = labels->table()->geometry();
    const QRect add = labels->addButton()->geometry();
    qDebug() << table << add << labels->geometry() << labels->sizeHint();
    for (QWidget *w = labels->parentWidget(); w && w != &window; w = w->parentWidget()) {
        auto *form =
            qobject_cast<QFormLayout *>(window.workloadEntryForm()->metadataSection()->layout());
        for (int i = 0; i < form->count(); ++i) {
            QLayoutItem *it = form->itemAt(i);
            qDebug() << "item" << i
                     << (it->widget() ? it->widget()->metaObject()->className() : "?")
                     << it->geometry() << it->sizeHint() << it->minimumSize()
                     << it->hasHeightForWidth() << it->heightForWidth(it->geometry().width());
        }
    }
    for (QLabel *l : window.workloadEntryForm()->metadataSection()->findChildren<QLabel *>())
        if (l->wordWrap())
            qDebug() << "label" << l->text().left(30) << l->geometry() << l->minimumHeight()
                     << l->heightForWidth(l->width()) << l->sizeHint() << l->isVisible();
    for (QWidget *w = labels->parentWidget(); w && w != &window; w = w->parentWidget())
        qDebug() << w->metaObject()->className() << w->geometry() << w->sizeHint()
                 << w->minimumSizeHint() << (w->layout() ? w->layout()->hasHeightForWidth() : false)
                 << w->heightForWidth(w->width()) << w->minimumSize();
    QVERIFY(table.bottom() < add.top());
}

void TestFormLayout::tablesGrowWithoutOverlap()
{
    EditorDocument document(example());
    WorkloadEntryForm form;
    form.resize(700, 900);
    form.setDocument(&document, 3);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    form.setDocument(&document, 2);
    QTest::qWait(100);
    KeyValueEditor *labels = form.metadataSection()->labelsEditor();
    const QRect table = labels->table()->geometry();
    const QRect add = labels->addButton()->geometry();
    qDebug() << table << add << labels->geometry() << labels->sizeHint();
    QVERIFY(table.bottom() < add.top());
}

QTEST_MAIN(TestFormLayout)
#include "tst_formlayout.moc"
