#include "diagnostic.h"

namespace MeshEntry {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QString();
}

bool diagnosticLessThan(const Diagnostic &a, const Diagnostic &b)
{
    if (a.file != b.file)
        return a.file < b.file;
    if (a.document != b.document)
        return a.document < b.document;
    if (a.start != b.start)
        return a.start < b.start;
    if (a.end != b.end)
        return a.end < b.end;
    if (a.rule != b.rule)
        return a.rule < b.rule;
    return a.message < b.message;
}

} // namespace MeshEntry
