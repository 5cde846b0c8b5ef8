#include "workerpool.h"

#include <QSet>
#include <QThread>
#include <QtTest>

using namespace MeshEntry;

/// The model's worker threads, and the switch that keeps their work on the calling thread.
class TestWorkerPool : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void mappedWorkRunsOnPoolThreads();
    void mappedWorkRunsOnTheCallingThreadWhenSet();
    void mapRunsOnTheCallingThreadWhenSet();

private:
    static QList<int> items() { return {1, 2, 3, 4, 5, 6, 7, 8}; }
};

void TestWorkerPool::cleanup()
{
    setRunOnCallingThread(false);
}

void TestWorkerPool::mappedWorkRunsOnPoolThreads()
{
    QVERIFY(!runsOnCallingThread());
    const QThread *caller = QThread::currentThread();
    const QList<QThread *> threads =
        blockingMapped(items(), [](int) { return QThread::currentThread(); });
    QCOMPARE(threads.size(), 8);
    QVERIFY(!threads.contains(caller));
    QCOMPARE(blockingMapped(items(), [](int item) { return item * 10; }),
             QList<int>({10, 20, 30, 40, 50, 60, 70, 80}));
}

void TestWorkerPool::mappedWorkRunsOnTheCallingThreadWhenSet()
{
    setRunOnCallingThread(true);
    QVERIFY(runsOnCallingThread());
    QList<int> order;
    const QList<QThread *> threads = blockingMapped(items(), [&order](int item) {
        order.append(item);
        return QThread::currentThread();
    });
    QCOMPARE(QSet<QThread *>(threads.cbegin(), threads.cend()),
             QSet<QThread *>({QThread::currentThread()}));
    QCOMPARE(threads.size(), 8);
    QCOMPARE(order, items());
}

void TestWorkerPool::mapRunsOnTheCallingThreadWhenSet()
{
    QList<QPair<int, QThread *>> cells = {{1, nullptr}, {2, nullptr}, {3, nullptr}};
    const auto mark = [](QPair<int, QThread *> &cell) {
        cell.first *= 2;
        cell.second = QThread::currentThread();
    };
    blockingMap(cells, mark);
    for (const auto &cell : std::as_const(cells))
        QVERIFY(cell.second != QThread::currentThread());
    setRunOnCallingThread(true);
    blockingMap(cells, mark);
    QCOMPARE(cells, (QList<QPair<int, QThread *>>({{4, QThread::currentThread()},
                                                   {8, QThread::currentThread()},
                                                   {12, QThread::currentThread()}})));
}

QTEST_GUILESS_MAIN(TestWorkerPool)
#include "tst_workerpool.moc"
