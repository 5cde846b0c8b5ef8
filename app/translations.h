#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace MeshEntry::Translations {

/**
 * Directories searched for meshentry_<language>.qm, in order: the installed
 * share/meshentry/translations beside the executable's bin/ (so a relocated or unpacked
 * install finds its own), then the build tree's translations/ beside app/ or tests/.
 */
QStringList searchPath(const QString &applicationDir);

/**
 * Installs MeshEntry's translator for language ("de", "fr", "en"; empty: the languages the
 * system's locale asks for, in its order of preference) and Qt's own (standard buttons,
 * file dialogs, key names). A language without a translation gets English with its plural
 * forms. Returns the language in use: "de", "fr" or "en".
 */
QString install(QCoreApplication *application, const QString &language = {});

/// The language install() chose, "en" before it ran.
QString current();

/// The languages MeshEntry is translated into, English first.
QStringList available();

} // namespace MeshEntry::Translations
