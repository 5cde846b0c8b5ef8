#pragma once

#include "documentinfo.h"
#include "documentobserver.h"
#include "spantree.h"
#include "yamlerror.h"

#include <QByteArray>
#include <QList>
#include <atomic>
#include <memory>

namespace MeshEntry {

/// One document found by the indexing pass. Offsets are bytes into the indexed text.
struct IndexedDocument {
    qsizetype begin = 0; ///< first byte: leading comments, directives and `---` included
    qsizetype end = 0;   ///< one past the last byte; the next document begins here
    DocumentInfo info;
    QList<YamlError> errors; ///< offsets relative to begin
    /// The document's bytes, sharing the indexed text.
    QByteArray text;
    /// The document's node store, built by the same pass (null when the observer let it go).
    std::shared_ptr<SpanTree> tree;
    /// What the observer made of the document, when one was given.
    std::any observation;
    bool observed = false;
};

/**
 * Splits a YAML stream into documents in one streaming libyaml pass, recording each
 * document's byte range, kind, apiVersion, name and namespace, and syntax errors, and building
 * each document's node store from the same events, so that nothing parses it a second time.
 *
 * Leading comments belong to the document that follows. After a syntax error the pass resumes
 * at the next `---` line, so one broken document does not hide the rest of the file.
 */
class DocumentIndexer
{
public:
    /// Indexes text (no BOM). The ranges cover the text without gaps. cancel may be null;
    /// observer, when given, sees every document right after it is parsed.
    static QList<IndexedDocument> index(const QByteArray &text,
                                        const std::atomic_bool *cancel = nullptr,
                                        const DocumentObserver *observer = nullptr);

    /// Extracts kind, apiVersion, name and namespace from a parsed document (the last of
    /// duplicate keys, as Kubernetes reads them).
    static DocumentInfo infoOf(const SpanTree &tree);
};

} // namespace MeshEntry
