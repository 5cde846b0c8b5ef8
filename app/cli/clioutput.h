#pragma once

#include <QString>

namespace MeshEntry::CliOutput {

void out(const QByteArray &bytes);
void out(const QString &text);
void error(const QString &text); ///< one line to stderr, prefixed "meshentry: "
void note(const QString &text);  ///< one line to stderr as it is (a report, not an error)

} // namespace MeshEntry::CliOutput
