#pragma once

#include "diagnostic.h"

#include <QList>

namespace MeshEntry {

/// What an incremental revalidation changed: findings to drop and findings to show.
struct ValidationDelta {
    QList<Diagnostic> removed; ///< with the document indexes they had
    QList<Diagnostic> added;

    bool isEmpty() const { return removed.isEmpty() && added.isEmpty(); }
};

} // namespace MeshEntry
