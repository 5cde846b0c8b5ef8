#pragma once

#include <QString>
#include <QtGlobal>

namespace MeshEntry {

/// A YAML syntax or safety problem at a byte offset of a document's text.
struct YamlError {
    qsizetype offset = 0; ///< byte offset in the text that was parsed
    int line = 0;         ///< 0-based line in that text
    int column = 0;       ///< 0-based column in characters
    QString message;
};

} // namespace MeshEntry
