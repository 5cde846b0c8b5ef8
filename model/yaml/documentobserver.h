#pragma once

#include "documentinfo.h"
#include "yamlerror.h"

#include <QList>
#include <any>

namespace MeshEntry {

class SpanTree;

/**
 * Work that the pass opening a file runs on every document in the thread that parsed it,
 * right after the document's last event, while its nodes are still in cache: validation does
 * its per-document checks here (see ValidationWorkspace::validator()). A document whose place
 * in the file is settled only at the end (the first one of the second half, a broken one) is
 * observed on the calling thread once it is.
 */
class DocumentObserver
{
public:
    virtual ~DocumentObserver() = default;

    /// Called from several threads at once. The tree's offsets are the document's final ones;
    /// errors are its syntax errors. What it returns is handed back in document order.
    virtual std::any observe(const SpanTree &tree, const DocumentInfo &info,
                             const QList<YamlError> &errors) const = 0;
    /// False: each document's node store is dropped once it has been observed (a batch run
    /// that edits nothing never holds more than a few stores at once).
    virtual bool keepsTrees() const { return true; }
};

/// What an observer made of each document of a file, in document order.
using DocumentObservations = QList<std::any>;

} // namespace MeshEntry
