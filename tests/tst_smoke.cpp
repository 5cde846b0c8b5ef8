#include <QtTest>
class TestSmoke : public QObject { Q_OBJECT private slots: void ok() { QCOMPARE(1, 1); } };
QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
