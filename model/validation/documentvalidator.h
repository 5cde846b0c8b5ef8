#pragma once

#include "diagnostic.h"
#include "documentfacts.h"
#include "documentinfo.h"
#include "validationoptions.h"
#include "yamlerror.h"

#include <QList>

namespace MeshEntry {

class SpanTree;
class YamlDocument;

/**
 * Every rule that one document decides on its own, layer by layer: YAML syntax, the
 * apiserver (metadata, schema, CEL), Istio's decoding and webhook, istioctl analyze, and the
 * MeshEntry checks that need no other document. Documents of other kinds give nothing.
 *
 * validate() is also the form's live validation: it needs no workspace and changes nothing.
 */
class DocumentValidator
{
public:
    struct Result {
        QList<Diagnostic> diagnostics; ///< sorted by position; file and document are -1
        DocumentFacts facts;           ///< input of the cross-document checks
    };

    static Result validate(const YamlDocument &document, const ValidationOptions &options);
    /// The same for a document given by its parts (as the indexing pass has them).
    static Result validate(const SpanTree &tree, const DocumentInfo &info,
                           const QList<YamlError> &syntaxErrors, const ValidationOptions &options);

    /// A ServiceEntry or WorkloadEntry of networking.istio.io (any version).
    static bool isIstioDocument(const DocumentInfo &info);
    /// Whether --suppress or the document's analyze-suppress annotation silences a finding.
    static bool isSuppressed(QStringView rule, const DocumentFacts &facts,
                             const ValidationOptions &options);
};

} // namespace MeshEntry
