#pragma once

#include <QByteArray>
#include <QList>

namespace MeshEntry {

/// A unified diff of two texts by lines (Myers' algorithm), for "keep mine and show the
/// difference" when a file changed on disk.
class LineDiff
{
public:
    /// Unified diff text with context lines; empty when the texts are equal.
    static QByteArray unified(const QByteArray &before, const QByteArray &after,
                              const QByteArray &beforeName, const QByteArray &afterName,
                              int context = 3);
};

} // namespace MeshEntry
