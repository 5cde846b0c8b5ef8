#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace MeshEntry::Translations {

namespace {

QString chosen = QStringLiteral("en");

/// The first of the locale's UI languages that MeshEntry has, or empty.
QString firstAvailable(const QStringList &uiLanguages)
{
    const QStringList have = available();
    for (const QString &wanted : uiLanguages) {
        // "de-AT" and "de_AT" both mean German.
        const QString language = wanted.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (have.contains(language))
            return language;
    }
    return {};
}

} // namespace

QStringList searchPath(const QString &applicationDir)
{
    const QDir dir(applicationDir);
    return {QDir::cleanPath(dir.filePath(QStringLiteral("../share/meshentry/translations"))),
            QDir::cleanPath(dir.filePath(QStringLiteral("../translations")))};
}

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString install(QCoreApplication *application, const QString &language)
{
    const QStringList wanted =
        language.isEmpty() ? QLocale::system().uiLanguages() : QStringList{language};
    QString found = firstAvailable(wanted);
    if (found.isEmpty())
        found = QStringLiteral("en");
    auto *own = new QTranslator(application);
    bool loaded = false;
    for (const QString &directory : searchPath(QCoreApplication::applicationDirPath())) {
        if (own->load(QStringLiteral("meshentry_") + found, directory)) {
            loaded = true;
            break;
        }
    }
    if (loaded)
        QCoreApplication::installTranslator(own);
    else
        delete own;
    if (found != QLatin1String("en")) {
        // Qt's own texts (standard buttons, key names, file errors) and QScintilla's, from
        // Debian's qt6-translations-l10n and libqscintilla2-qt6-l10n.
        for (const char *catalogue : {"qtbase", "qscintilla"}) {
            auto *translator = new QTranslator(application);
            if (translator->load(QLocale(found), QLatin1String(catalogue), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(translator);
            else
                delete translator;
        }
    }
    chosen = found;
    return found;
}

QString current()
{
    return chosen;
}

} // namespace MeshEntry::Translations
