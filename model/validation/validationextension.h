#pragma once

#include "diagnostic.h"

#include <QList>
#include <QSet>
#include <QString>
#include <any>

namespace MeshEntry {

struct DocumentInfo;
class SpanTree;
class YamlDocument;

/**
 * Cross-document checks that live outside the validation engine (the routing model's
 * conflicts, ROUTING in docs/RULES.md). ValidationWorkspace tells the extension about every
 * document it validates and every document that goes, and merges its findings with its own
 * cross-document findings, incrementally.
 */
class ValidationExtension
{
public:
    virtual ~ValidationExtension() = default;

    /// A document was validated; its span tree is resident. Called from worker threads,
    /// concurrently: implementations only record what they need.
    virtual void documentRead(int id, const YamlDocument &document,
                              const QString &namespaceName) = 0;
    /// documentRead() in two halves, for the pass that loads a file (the document has no id
    /// yet, and its tree may go right after): observe() reads what the extension needs, in
    /// the thread that parsed the document, concurrently; documentObserved() then records
    /// it under the document's id, on the workspace's thread.
    virtual std::any observe(const SpanTree &tree, const DocumentInfo &info, bool syntaxErrors,
                             const QString &namespaceName) const = 0;
    virtual void documentObserved(int id, std::any observation) = 0;
    /// The document is gone (its id is not used again).
    virtual void documentRemoved(int id) = 0;
    /// Applies what documentRead and documentRemoved reported since the last call, and
    /// anything else that changed; returns the documents whose findings changed.
    virtual QSet<int> update() = 0;
    /// The findings on document id; file and document are left at -1.
    virtual QList<Diagnostic> findings(int id) const = 0;
    /// The findings on document id for the last time: a batch run (ValidationWorkspace::
    /// setBatchRun) asks for each once after its one update() and never updates again, so the
    /// extension may hand them over instead of copying them, and forget what it kept to work
    /// out changes.
    virtual QList<Diagnostic> takeFindings(int id) { return findings(id); }
};

} // namespace MeshEntry
