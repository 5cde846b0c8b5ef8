#include "processtesthelpers.h"
#include "translations.h"

#include <QDirIterator>
#include <QImage>
#include <QMimeDatabase>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::ProcessTest;

/// What `cmake --install` puts in place, checked with the desktop's own validators.
class TestInstall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void installsExactlyTheseFiles();
    void mimeTypeNamesIstioYamlByContent();
    void desktopFileIsValid();
    void metainfoIsValidAndNamesTheRelease();
    void iconsAreRenderedAtTheirSizes();
    void manPageRendersWithoutWarnings();
    void translationsAreWhereTheProgramLooks();
    void installedProgramRuns();

private:
    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }
    /// Runs a tool the build installs (./build.sh's PACKAGES); fails the test when it is absent.
    Run tool(const QString &program, const QStringList &arguments, const char *package,
             const QByteArray &input = {},
             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    QTemporaryDir m_prefix;
};

Run TestInstall::tool(const QString &program, const QStringList &arguments, const char *package,
                      const QByteArray &input, const QProcessEnvironment &environment)
{
    const Run result = run(program, arguments, input, environment);
    if (!result.started)
        qWarning("%s is not installed (Debian package %s; ./build.sh installs it)",
                 qPrintable(program), package);
    return result;
}

void TestInstall::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    const Run install = run(QStringLiteral(MESHENTRY_CMAKE),
                            {QStringLiteral("--install"), QStringLiteral(MESHENTRY_BUILD_DIR),
                             QStringLiteral("--prefix"), m_prefix.path()});
    QVERIFY2(install.exitCode == 0, describe(QStringLiteral("cmake --install"), install));
}

void TestInstall::installsExactlyTheseFiles()
{
    QStringList files;
    QDirIterator it(m_prefix.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(m_prefix.path()).relativeFilePath(it.next()));
    files.sort();
    QStringList expected{
        QStringLiteral("bin/meshentry"),
        QStringLiteral("share/applications/io.meshentry.MeshEntry.desktop"),
        QStringLiteral("share/icons/hicolor/scalable/apps/io.meshentry.MeshEntry.svg"),
        QStringLiteral("share/man/man1/meshentry.1.gz"),
        QStringLiteral("share/mime/packages/io.meshentry.MeshEntry.xml"),
        QStringLiteral("share/meshentry/translations/meshentry_de.qm"),
        QStringLiteral("share/meshentry/translations/meshentry_en.qm"),
        QStringLiteral("share/meshentry/translations/meshentry_fr.qm"),
        QStringLiteral("share/metainfo/io.meshentry.MeshEntry.metainfo.xml"),
    };
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        expected.append(
            QStringLiteral("share/icons/hicolor/%1x%1/apps/io.meshentry.MeshEntry.png").arg(size));
    expected.sort();
    QCOMPARE(files, expected);
}

void TestInstall::mimeTypeNamesIstioYamlByContent()
{
    const QString package =
        installed(QStringLiteral("share/mime/packages/io.meshentry.MeshEntry.xml"));
    const Run lint =
        tool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), package}, "libxml2-utils");
    QVERIFY(lint.started);
    QVERIFY2(lint.exitCode == 0 && lint.err.isEmpty(), describe(QStringLiteral("xmllint"), lint));
    // A MIME database of the system's types plus ours, built as the desktop builds it.
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QDir packages(data.filePath(QStringLiteral("mime/packages")));
    QVERIFY(QDir().mkpath(packages.path()));
    QVERIFY(QFile::copy(package, packages.filePath(QStringLiteral("io.meshentry.MeshEntry.xml"))));
    QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                        packages.filePath(QStringLiteral("freedesktop.org.xml"))));
    // Told where the database is, it does not warn that no application would find it.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_DIRS"), data.path());
    const Run update =
        tool(QStringLiteral("update-mime-database"), {data.filePath(QStringLiteral("mime"))},
             "shared-mime-info", {}, environment);
    QVERIFY(update.started);
    QVERIFY2(update.exitCode == 0 && update.err.isEmpty(),
             describe(QStringLiteral("update-mime-database"), update));

    // QMimeDatabase reads the XDG directories once, on first use: no test before this one uses it.
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.path().toUtf8());
    qputenv("XDG_DATA_DIRS", data.path().toUtf8());
    const QMimeDatabase mime;
    const QMimeType istio = mime.mimeTypeForName(QStringLiteral("application/x-istio+yaml"));
    QVERIFY(istio.isValid());
    QVERIFY(istio.inherits(QStringLiteral("application/x-yaml")));
    QCOMPARE(istio.comment(), QStringLiteral("Istio configuration"));
    QCOMPARE(mime.mimeTypeForFile(
                     QStringLiteral(MESHENTRY_SOURCE_DIR "/resources/examples/payments-mesh.yaml"))
                 .name(),
             QStringLiteral("application/x-istio+yaml"));
    // The type of a file of these bytes.
    const auto typeOf = [&home, &mime](const char *name, const QByteArray &bytes) {
        QFile file(home.filePath(QLatin1String(name)));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QStringLiteral("(not written)");
        file.close();
        return mime.mimeTypeForFile(file.fileName()).name();
    };
    // Other YAML keeps its type; a quoted apiVersion in a later document still names Istio.
    QCOMPARE(typeOf("values.yaml", "replicaCount: 2\napiVersion: apps/v1\n"),
             QStringLiteral("application/x-yaml"));
    QCOMPARE(typeOf("quoted.yml",
                    "# egress\n---\napiVersion: \"networking.istio.io/v1\"\nkind: Sidecar\n"),
             QStringLiteral("application/x-istio+yaml"));
}

void TestInstall::desktopFileIsValid()
{
    const QString desktop =
        installed(QStringLiteral("share/applications/io.meshentry.MeshEntry.desktop"));
    const Run validate =
        tool(QStringLiteral("desktop-file-validate"), {desktop}, "desktop-file-utils");
    QVERIFY(validate.started);
    // Not even a hint.
    QVERIFY2(validate.exitCode == 0 && validate.out.isEmpty() && validate.err.isEmpty(),
             describe(QStringLiteral("desktop-file-validate"), validate));
    // QSettings would read ';' as the start of a comment: the keys as the spec writes them.
    QFile file(desktop);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QHash<QString, QString> keys;
    QString group;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(u'['))
            group = line.mid(1, line.size() - 2);
        else if (line.contains(u'='))
            keys.insert(group + u'/' + line.section(u'=', 0, 0), line.section(u'=', 1));
    }
    QCOMPARE(keys.value(QStringLiteral("Desktop Entry/Exec")), QStringLiteral("meshentry %F"));
    QCOMPARE(keys.value(QStringLiteral("Desktop Entry/Icon")),
             QStringLiteral("io.meshentry.MeshEntry"));
    QCOMPARE(keys.value(QStringLiteral("Desktop Entry/MimeType")),
             QStringLiteral("application/x-istio+yaml;application/yaml;application/x-yaml;"));
    QCOMPARE(keys.value(QStringLiteral("Desktop Entry/GenericName[de]")),
             QStringLiteral("Editor für Istio-ServiceEntries"));
    QCOMPARE(keys.value(QStringLiteral("Desktop Action new-window/Exec")),
             QStringLiteral("meshentry --new-window"));
}

void TestInstall::metainfoIsValidAndNamesTheRelease()
{
    const QString metainfo =
        installed(QStringLiteral("share/metainfo/io.meshentry.MeshEntry.metainfo.xml"));
    const Run validate =
        tool(QStringLiteral("appstreamcli"),
             {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo}, "appstream");
    QVERIFY(validate.started);
    QVERIFY2(validate.exitCode == 0 && validate.out.contains("Validation was successful"),
             describe(QStringLiteral("appstreamcli validate"), validate));
    // Nothing worse than the pedantic note about the id's capitals.
    QVERIFY2(!validate.out.contains("E:") && !validate.out.contains("W:") &&
                 !validate.out.contains("I:"),
             validate.out.constData());
    QFile file(metainfo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QVERIFY(xml.contains("<release version=\"" MESHENTRY_VERSION "\""));
    QVERIFY(xml.contains("<screenshot type=\"default\">"));
    QVERIFY(xml.contains("<launchable type=\"desktop-id\">io.meshentry.MeshEntry.desktop<"));
}

void TestInstall::iconsAreRenderedAtTheirSizes()
{
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QImage icon(installed(
            QStringLiteral("share/icons/hicolor/%1x%1/apps/io.meshentry.MeshEntry.png").arg(size)));
        QCOMPARE(icon.size(), QSize(size, size));
        // The rounded square's centre is opaque, its corner transparent.
        QCOMPARE(qAlpha(icon.pixel(size / 2, size - size / 8)), 255);
        QCOMPARE(qAlpha(icon.pixel(0, 0)), 0);
    }
    QSvgRenderer scalable(
        installed(QStringLiteral("share/icons/hicolor/scalable/apps/io.meshentry.MeshEntry.svg")));
    QVERIFY(scalable.isValid());
}

void TestInstall::manPageRendersWithoutWarnings()
{
    const Run unzip =
        run(QStringLiteral("gzip"),
            {QStringLiteral("-dc"), installed(QStringLiteral("share/man/man1/meshentry.1.gz"))});
    QCOMPARE(unzip.exitCode, 0);
    QVERIFY(unzip.out.startsWith(".\\\""));
    QVERIFY(unzip.out.contains(".TH MESHENTRY 1 \""));
    QVERIFY(unzip.out.contains("\"MeshEntry " MESHENTRY_VERSION "\""));
    // Every warning but lines too long to justify (URLs, long option names).
    const Run rendered =
        tool(QStringLiteral("groff"),
             {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
              QStringLiteral("-Wbreak"), QStringLiteral("-z")},
             "groff-base", unzip.out);
    QVERIFY(rendered.started);
    QVERIFY2(rendered.exitCode == 0 && rendered.err.isEmpty(),
             describe(QStringLiteral("groff"), rendered));
}

void TestInstall::translationsAreWhereTheProgramLooks()
{
    const QString directory = Translations::searchPath(installed(QStringLiteral("bin"))).first();
    QCOMPARE(directory, installed(QStringLiteral("share/meshentry/translations")));
    const struct {
        const char *language;
        const char *file;
    } menus[] = {{"de", "&Datei"}, {"fr", "&Fichier"}};
    for (const auto &menu : menus) {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("meshentry_") + QLatin1String(menu.language),
                                directory));
        QCOMPARE(translator.translate("MeshEntry::WindowActions", "&File"),
                 QString::fromUtf8(menu.file));
    }
    QTranslator english;
    QVERIFY(english.load(QStringLiteral("meshentry_en"), directory));
    QCOMPARE(english.translate("MeshEntry::ServiceEntryForm",
                               "Resolution %1 takes at most %n endpoint(s).", nullptr, 1),
             QStringLiteral("Resolution %1 takes at most %n endpoint."));
}

void TestInstall::installedProgramRuns()
{
    const QString program = installed(QStringLiteral("bin/meshentry"));
    const Run version = run(program, {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QByteArray("meshentry " MESHENTRY_VERSION "\n"));
    const QString example =
        QStringLiteral(MESHENTRY_SOURCE_DIR "/resources/examples/payments-mesh.yaml");
    const Run validate = run(program, {QStringLiteral("validate"), example});
    QCOMPARE(validate.exitCode, 0);
    QCOMPARE(validate.out, QByteArray("0 errors, 0 warnings in 1 file\n"));
}

QTEST_MAIN(TestInstall)
#include "tst_install.moc"
