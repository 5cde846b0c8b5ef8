#pragma once

#include "findingtext.h"
#include "yamlpath.h"

#include <QString>

namespace MeshEntry {

enum class Severity { Error, Warning, Info };

/// "error", "warning" or "info".
QString severityName(Severity severity);

/**
 * One finding: which rule, how bad, Istio's (or our) message, and where. The span is in
 * bytes of the document's text; the key when the offending value is missing or empty.
 */
struct Diagnostic {
    QString rule;
    Severity severity = Severity::Error;
    FindingText message; ///< UTF-8; reads as a QString
    int file = -1;       ///< ValidationWorkspace file id; -1 for a standalone document
    int document = -1;   ///< index of the document in its file
    YamlPath path;
    qsizetype start = 0; ///< [start, end) in the document's text
    qsizetype end = 0;
    /// The template message was made from (QT_TRANSLATE_NOOP in MeshEntry::Message), for
    /// translatedMessage(); null for text of libyaml's or a server's. One pointer: the arguments
    /// are read back from message, which stays the English the CLI prints.
    const char *source = nullptr;

    bool operator==(const Diagnostic &o) const
    {
        return rule == o.rule && severity == o.severity && message == o.message && file == o.file &&
               document == o.document && path == o.path && start == o.start && end == o.end;
    }
    bool operator!=(const Diagnostic &o) const { return !(*this == o); }
};

/// Orders by file, document, position, then rule id and message (a stable, total order).
bool diagnosticLessThan(const Diagnostic &a, const Diagnostic &b);

} // namespace MeshEntry
