#include "processtesthelpers.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace MeshEntry::ProcessTest;

/// `./build.sh package`'s .deb, unpacked into a temporary root and run from there.
class TestDebPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void controlFieldsNameThePackageAndItsDependencies();
    void holdsTheInstalledFiles();
    void unpackedProgramPrintsItsVersion();
    void unpackedProgramValidatesAsTheBuiltOne();

private:
    QString unpacked(const QString &relative) const { return m_root.filePath(relative); }
    QByteArray field(const char *name);

    QTemporaryDir m_packages;
    QTemporaryDir m_root;
    QString m_deb;
};

void TestDebPackage::initTestCase()
{
    QVERIFY(m_packages.isValid() && m_root.isValid());
    const Run cpack = run(QStringLiteral(MESHENTRY_CPACK),
                          {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                           QStringLiteral(MESHENTRY_BUILD_DIR "/CPackConfig.cmake"),
                           QStringLiteral("-B"), m_packages.path()});
    // dpkg-shlibdeps (dpkg-dev) and file compute the dependencies; ./build.sh installs both.
    QVERIFY2(cpack.exitCode == 0, describe(QStringLiteral("cpack"), cpack));
    const QStringList debs = QDir(m_packages.path()).entryList({QStringLiteral("*.deb")});
    QCOMPARE(debs.size(), 1);
    m_deb = m_packages.filePath(debs.first());
    QVERIFY2(QFileInfo(m_deb).fileName().startsWith(QLatin1String("meshentry_" MESHENTRY_VERSION "_")),
             qPrintable(m_deb));
    const Run unpack = run(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, m_root.path()});
    QVERIFY2(unpack.exitCode == 0, describe(QStringLiteral("dpkg -x"), unpack));
}

QByteArray TestDebPackage::field(const char *name)
{
    return run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QLatin1String(name)})
        .out.trimmed();
}

void TestDebPackage::controlFieldsNameThePackageAndItsDependencies()
{
    QCOMPARE(field("Package"), QByteArray("meshentry"));
    QCOMPARE(field("Version"), QByteArray(MESHENTRY_VERSION));
    QCOMPARE(field("Section"), QByteArray("devel"));
    const QList<QByteArray> depends = field("Depends").split(',');
    QStringList names;
    for (const QByteArray &dependency : depends)
        names.append(QString::fromUtf8(dependency.trimmed().split(' ').first()));
    // The platform plugins by hand, the libraries from the binary.
    for (const char *package : {"qt6-qpa-plugins", "libqt6widgets6", "libqt6svg6",
                                "libqscintilla2-qt6-15", "libyaml-0-2"})
        QVERIFY2(names.contains(QLatin1String(package)), qPrintable(names.join(u' ')));
    QCOMPARE(field("Recommends"), QByteArray("qt6-translations-l10n, libqscintilla2-qt6-l10n"));
}

void TestDebPackage::holdsTheInstalledFiles()
{
    for (const char *file :
         {"usr/bin/meshentry", "usr/share/applications/io.meshentry.MeshEntry.desktop",
          "usr/share/metainfo/io.meshentry.MeshEntry.metainfo.xml",
          "usr/share/icons/hicolor/scalable/apps/io.meshentry.MeshEntry.svg",
          "usr/share/icons/hicolor/48x48/apps/io.meshentry.MeshEntry.png",
          "usr/share/man/man1/meshentry.1.gz", "usr/share/mime/packages/io.meshentry.MeshEntry.xml",
          "usr/share/meshentry/translations/meshentry_de.qm",
          "usr/share/meshentry/translations/meshentry_fr.qm",
          "usr/share/meshentry/translations/meshentry_en.qm"})
        QVERIFY2(QFileInfo::exists(unpacked(QLatin1String(file))), file);
    QVERIFY(QFileInfo(unpacked(QStringLiteral("usr/bin/meshentry"))).isExecutable());
}

void TestDebPackage::unpackedProgramPrintsItsVersion()
{
    const Run version = run(unpacked(QStringLiteral("usr/bin/meshentry")), {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QByteArray("meshentry " MESHENTRY_VERSION "\n"));
    QCOMPARE(version.err, QByteArray());
}

void TestDebPackage::unpackedProgramValidatesAsTheBuiltOne()
{
    const QString program = unpacked(QStringLiteral("usr/bin/meshentry"));
    const QString example =
        QStringLiteral(MESHENTRY_SOURCE_DIR "/resources/examples/payments-mesh.yaml");
    const Run clean = run(program, {QStringLiteral("validate"), example});
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(clean.out, QByteArray("0 errors, 0 warnings in 1 file\n"));
    // A file with errors: the same findings, byte for byte, and the same exit code.
    const QString invalid =
        QStringLiteral(MESHENTRY_FIXTURES "/istio/serviceentry-invalid.yaml");
    const Run unpackedRun = run(program, {QStringLiteral("validate"), invalid});
    const Run builtRun = run(QStringLiteral(MESHENTRY_BINARY), {QStringLiteral("validate"), invalid});
    QCOMPARE(unpackedRun.exitCode, 1);
    QCOMPARE(builtRun.exitCode, 1);
    QVERIFY(unpackedRun.out.contains(": error: "));
    QCOMPARE(unpackedRun.out, builtRun.out);
}

QTEST_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
