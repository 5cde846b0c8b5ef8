#include "translations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

/**
 * The committed translations/*.ts files: every entry finished, and each translation keeps its
 * source's placeholders and mnemonic. The files are read as committed (lupdate is not run
 * here): strings that are new in the code reach them through `cmake --build build --target
 * lupdate`, and this test then lists them as unfinished.
 */
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryIsFinishedAndKeepsItsPlaceholders_data();
    void everyEntryIsFinishedAndKeepsItsPlaceholders();
    void compiledTranslationsAreLoaded();
};

namespace {

struct Entry {
    QString context;
    QString source;
    QStringList translations; ///< one per plural form
    QString type;             ///< the translation's type attribute: "", "unfinished", "vanished"…
    bool numerus = false;
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            entry = Entry{
                context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes"};
        } else if (name == u"source") {
            entry.source = xml.readElementText();
        } else if (name == u"translation") {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (entry.numerus) {
                while (xml.readNextStartElement())
                    entry.translations.append(xml.readElementText());
            } else {
                entry.translations.append(xml.readElementText());
            }
            entries.append(entry);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

/// %1…%9 and %n, sorted, so that translations may reorder them.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        found.append(match.captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

/// Whether text has a mnemonic (a single '&' before a character, not "&&").
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^&\\s]"));
    return mnemonic.match(text).hasMatch();
}

} // namespace

void TestTranslations::everyEntryIsFinishedAndKeepsItsPlaceholders_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("pluralsOnly");
    for (const char *language : {"de", "fr", "en"}) {
        QTest::newRow(language) << QStringLiteral(MESHENTRY_SOURCE_DIR
                                                  "/translations/meshentry_%1.ts")
                                       .arg(QLatin1String(language))
                                << (qstrcmp(language, "en") == 0);
    }
}

void TestTranslations::everyEntryIsFinishedAndKeepsItsPlaceholders()
{
    QFETCH(QString, path);
    QFETCH(bool, pluralsOnly);
    QString error;
    const QList<Entry> entries = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() > (pluralsOnly ? 10 : 900));
    QStringList problems;
    for (const Entry &entry : entries) {
        const QString where = entry.context + QStringLiteral(": \"") + entry.source + u'"';
        if (!entry.type.isEmpty()) {
            problems.append(where + QStringLiteral(" is ") + entry.type);
            continue;
        }
        if (pluralsOnly && !entry.numerus)
            problems.append(where +
                            QStringLiteral(" has no plural: the English file holds plurals only"));
        // German, French and English have two plural forms.
        if (entry.translations.size() != (entry.numerus ? 2 : 1)) {
            problems.append(where + QStringLiteral(" has %1 forms").arg(entry.translations.size()));
            continue;
        }
        for (const QString &translation : entry.translations) {
            if (translation.trimmed().isEmpty())
                problems.append(where + QStringLiteral(" is empty"));
            else if (placeholders(translation) != placeholders(entry.source))
                problems.append(where + QStringLiteral(" → \"") + translation +
                                QStringLiteral("\": placeholders differ"));
            else if (hasMnemonic(translation) != hasMnemonic(entry.source))
                problems.append(where + QStringLiteral(" → \"") + translation +
                                QStringLiteral("\": mnemonic differs"));
        }
    }
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QCOMPARE(problems.size(), 0);
}

void TestTranslations::compiledTranslationsAreLoaded()
{
    // The build compiles the .ts files; the program finds them beside its directory.
    const QStringList path =
        MeshEntry::Translations::searchPath(QStringLiteral(MESHENTRY_BUILD_DIR "/app"));
    const struct {
        const char *language;
        const char *context;
        const char *source;
        const char *expected;
    } samples[] = {
        {"de", "MeshEntry::HelpController", "&Keyboard Shortcuts", "&Tastenkürzel"},
        {"de", "MeshEntry::FieldTable", "Host name", "Hostname"},
        {"fr", "MeshEntry::HelpController", "&Keyboard Shortcuts", "&Raccourcis clavier"},
        {"fr", "MeshEntry::DiagnosticsModel", "Error", "Erreur"},
    };
    for (const auto &sample : samples) {
        QTranslator translator;
        bool loaded = false;
        for (const QString &directory : path)
            loaded = loaded ||
                     translator.load(QStringLiteral("meshentry_") + QLatin1String(sample.language),
                                     directory);
        QVERIFY2(loaded, sample.language);
        QCOMPARE(translator.translate(sample.context, sample.source),
                 QString::fromUtf8(sample.expected));
    }
    // English plural forms.
    QTranslator english;
    QVERIFY(english.load(QStringLiteral("meshentry_en"), path.last()));
    QCOMPARE(english.translate("MeshEntry::OutlineModel", "%n error(s)", nullptr, 1),
             QStringLiteral("%n error"));
    QCOMPARE(english.translate("MeshEntry::OutlineModel", "%n error(s)", nullptr, 2),
             QStringLiteral("%n errors"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
