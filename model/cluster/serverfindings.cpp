#include "serverfindings.h"

#include "nodereader.h"
#include "spantree.h"

#include <QRegularExpression>

namespace MeshEntry::ServerFindings {

namespace {

struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
    bool exact = false;
};

/// The bytes a finding on path marks: the key and a scalar value, or the deepest existing
/// parent's key when the field is missing.
Span locate(const YamlPath &path, const QByteArray &text, const SpanTree &tree)
{
    Span span;
    if (tree.root() < 0)
        return span;
    int node = -1;
    const int found = tree.existingPrefix(path, &node);
    span.exact = found == path.size();
    const NodeReader reader(tree);
    const int key = reader.keyOf(node);
    const YamlNode &value = tree.node(node);
    if (key >= 0) {
        span.start = tree.node(key).start;
        span.end = value.isScalar() && span.exact ? value.valueEnd : tree.node(key).valueEnd;
    } else {
        span.start = value.start;
        span.end = value.isCollection() ? value.start + 1 : value.valueEnd;
    }
    // A block collection's span runs to its last child: mark its first line only.
    const qsizetype lineEnd = text.indexOf('\n', span.start);
    if (lineEnd >= 0 && span.end > lineEnd)
        span.end = lineEnd;
    if (span.end <= span.start)
        span.end = span.start + 1;
    return span;
}

/// The span of a 1-based line of text.
Span lineSpan(const QByteArray &text, int line)
{
    qsizetype start = 0;
    for (int i = 1; i < line && start >= 0; ++i) {
        start = text.indexOf('\n', start);
        if (start >= 0)
            ++start;
    }
    if (start < 0)
        start = 0;
    qsizetype end = text.indexOf('\n', start);
    if (end < 0)
        end = text.size();
    while (start < end && (text[start] == ' ' || text[start] == '-'))
        ++start;
    return {start, qMax(end, start + 1), true};
}

Diagnostic make(const QString &rule, Severity severity, const QString &message,
                const YamlPath &path, const Span &span, int document)
{
    Diagnostic diagnostic;
    diagnostic.rule = QLatin1String(rulePrefix) + rule;
    diagnostic.severity = severity;
    diagnostic.message = message;
    diagnostic.document = document;
    diagnostic.path = path;
    diagnostic.start = span.start;
    diagnostic.end = span.end;
    return diagnostic;
}

} // namespace

YamlPath pathOf(const QString &field, const SpanTree &tree)
{
    YamlPath path;
    QString rest = field.startsWith(u'.') ? field.mid(1) : field;
    const NodeReader reader(tree);
    int node = tree.root();
    qsizetype i = 0;
    QString key;
    const auto pushKey = [&] {
        if (key.isEmpty())
            return;
        path = path.key(key);
        node = node >= 0 ? reader.value(node, key) : -1;
        key.clear();
    };
    while (i < rest.size()) {
        const QChar c = rest[i];
        if (c == u'.') {
            pushKey();
            ++i;
        } else if (c == u'[') {
            pushKey();
            const qsizetype close = rest.indexOf(u']', i);
            if (close < 0)
                break;
            const QString inside = rest.mid(i + 1, close - i - 1);
            i = close + 1;
            bool isNumber = false;
            const int index = inside.toInt(&isNumber);
            if (isNumber) {
                path = path.index(index);
                const NodeReader::Items items = reader.items(node);
                node = index < items.size() ? items[index] : -1;
                continue;
            }
            const qsizetype equals = inside.indexOf(u'=');
            if (equals > 0) {
                // An associative list item: [name="http"] or [number=80].
                const QString itemKey = inside.left(equals);
                QString wanted = inside.mid(equals + 1);
                if (wanted.startsWith(u'"') && wanted.endsWith(u'"') && wanted.size() >= 2)
                    wanted = wanted.mid(1, wanted.size() - 2);
                const NodeReader::Items items = reader.items(node);
                int match = -1;
                for (int j = 0; j < items.size(); ++j) {
                    if (reader.text(reader.value(items[j], itemKey)) == wanted) {
                        match = j;
                        break;
                    }
                }
                if (match < 0)
                    break;
                path = path.index(match);
                node = items[match];
                continue;
            }
            // A map key in brackets: metadata.labels[app.kubernetes.io/name].
            key = inside;
            pushKey();
        } else {
            key += c;
            ++i;
        }
    }
    pushKey();
    return path;
}

QList<Diagnostic> diagnostics(const ClusterError &error, const QByteArray &text,
                              const SpanTree &tree, int document)
{
    QList<Diagnostic> out;
    if (error.kind() != ClusterError::Kind::Server)
        return out;
    if (error.isFieldConflict()) {
        for (const StatusCause &cause : error.causes()) {
            const YamlPath path = pathOf(cause.field, tree);
            out.append(
                make(QStringLiteral("Conflict"), Severity::Warning,
                     QStringLiteral("API server: %1 is managed by another field manager "
                                    "(%2); only a forced apply takes it over")
                         .arg(cause.field.startsWith(u'.') ? cause.field.mid(1) : cause.field,
                              cause.message),
                     path, locate(path, text, tree), document));
        }
        return out;
    }
    for (const StatusCause &cause : error.causes()) {
        if (cause.field.isEmpty())
            continue;
        const YamlPath path = pathOf(cause.field, tree);
        out.append(make(cause.reason.isEmpty() ? error.reason() : cause.reason, Severity::Error,
                        QStringLiteral("API server: %1: %2").arg(cause.field, cause.message), path,
                        locate(path, text, tree), document));
    }
    // Strict decoding: unknown field "spec.hostz", duplicate field "spec.hosts".
    static const QRegularExpression strict(
        QStringLiteral(R"re((unknown|duplicate) field "([^"]+)")re"));
    auto it = strict.globalMatch(error.message());
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const YamlPath path = pathOf(match.captured(2), tree);
        const bool unknown = match.captured(1) == u"unknown";
        Span span = locate(path, text, tree);
        out.append(make(unknown ? QStringLiteral("UnknownField") : QStringLiteral("DuplicateField"),
                        Severity::Error,
                        QStringLiteral("API server (fieldValidation=Strict): %1 field \"%2\"")
                            .arg(match.captured(1), match.captured(2)),
                        path, span, document));
    }
    // YAML problems the server found, with the line in the document it was sent.
    static const QRegularExpression lineError(QStringLiteral(R"re(line (\d+): ([^\n\]]+))re"));
    if (out.isEmpty()) {
        auto lines = lineError.globalMatch(error.message());
        while (lines.hasNext()) {
            const QRegularExpressionMatch match = lines.next();
            out.append(make(error.reason(), Severity::Error,
                            QStringLiteral("API server: %1").arg(match.captured(2).trimmed()),
                            YamlPath(), lineSpan(text, match.captured(1).toInt()), document));
        }
    }
    if (out.isEmpty() && tree.root() >= 0) {
        // Nothing to point at: the message goes on the document's first line.
        Span span = locate(YamlPath(), text, tree);
        out.append(make(error.reason(), Severity::Error,
                        QStringLiteral("API server: %1").arg(error.text()), YamlPath(), span,
                        document));
    }
    return out;
}

} // namespace MeshEntry::ServerFindings
