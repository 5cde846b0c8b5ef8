#include "fuzztargets.h"

#include <QDir>
#include <QtTest>

using namespace MeshEntry;

/**
 * Replays, through the normal suite and without clang, what the libFuzzer programs run: each
 * target's seed corpus (tests/fuzz/corpus/TARGET) and every input that once crashed it or broke
 * one of its checks (tests/fuzz/regressions/TARGET).
 */
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
    void everyFolderNamesATarget();
};

namespace {

QFileInfoList inputs(const QString &folder)
{
    return QDir(QStringLiteral(MESHENTRY_FUZZ_DIR "/") + folder)
        .entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("folder");
    for (const Fuzz::Target &target : Fuzz::targets()) {
        const QString name = QString::fromLatin1(target.name);
        QTest::newRow(qPrintable(QStringLiteral("corpus/") + name))
            << QStringLiteral("corpus/") + name;
        QTest::newRow(qPrintable(QStringLiteral("regressions/") + name))
            << QStringLiteral("regressions/") + name;
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, folder);
    const QString name = folder.section(u'/', 1);
    const Fuzz::Target *target = nullptr;
    for (const Fuzz::Target &candidate : Fuzz::targets()) {
        if (QLatin1String(candidate.name) == name)
            target = &candidate;
    }
    QVERIFY(target);
    const QFileInfoList files = inputs(folder);
    if (folder.startsWith(QLatin1String("corpus/")))
        QVERIFY2(files.size() >= 3, qPrintable(folder + QStringLiteral(" holds too few seeds")));
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString failure = target->run(file.readAll());
        QVERIFY2(failure.isEmpty(), qPrintable(info.fileName() + QStringLiteral(": ") + failure));
    }
}

void TestFuzzRegressions::everyFolderNamesATarget()
{
    QStringList names;
    for (const Fuzz::Target &target : Fuzz::targets())
        names.append(QString::fromLatin1(target.name));
    for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
        const QStringList folders = QDir(QStringLiteral(MESHENTRY_FUZZ_DIR "/") + kind)
                                        .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &folder : folders)
            QVERIFY2(names.contains(folder), qPrintable(kind + u'/' + folder));
    }
    // The CMake list of fuzz programs names the same targets (tests/fuzz/CMakeLists.txt).
    QFile cmake(QStringLiteral(MESHENTRY_FUZZ_DIR "/CMakeLists.txt"));
    QVERIFY(cmake.open(QIODevice::ReadOnly));
    const QByteArray text = cmake.readAll();
    for (const QString &name : names)
        QVERIFY2(text.contains(' ' + name.toLatin1()), qPrintable(name));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
