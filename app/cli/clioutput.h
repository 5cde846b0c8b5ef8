#pragma once

#include <QString>

namespace MeshEntry::CliOutput {

void out(const QByteArray &bytes);
void out(const QString &text);
void error(const QString &text); ///< one line to stderr, prefixed "meshentry: "

} // namespace MeshEntry::CliOutput
