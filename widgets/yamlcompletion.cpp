#include "yamlcompletion.h"

#include "fieldtable.h"
#include "formfacts.h"

namespace MeshEntry {

namespace {

/// One line's structure: list dashes, then an optional `key:`.
struct Line {
    int indent = 0;    ///< column of the content after spaces and dashes
    QList<int> dashes; ///< columns of `- ` item markers
    QString key;       ///< the key when the line holds `key:`
    bool hasKey = false;
    QString afterColon; ///< text after `key:` (value being typed on the cursor's line)
    bool blank = false; ///< empty or a comment
};

Line parseLine(const QString &text)
{
    Line line;
    int col = 0;
    while (col < text.size() && text[col] == u' ')
        ++col;
    while (col < text.size() && text[col] == u'-' &&
           (col + 1 == text.size() || text[col + 1] == u' ')) {
        line.dashes.append(col);
        ++col;
        while (col < text.size() && text[col] == u' ')
            ++col;
    }
    line.indent = col;
    const QString rest = text.mid(col);
    if (rest.isEmpty() && line.dashes.isEmpty()) {
        line.blank = true;
        return line;
    }
    if (rest.startsWith(u'#')) {
        line.blank = line.dashes.isEmpty();
        return line;
    }
    // `key:` ends at a colon followed by a space or the end of the line.
    for (int i = 0; i < rest.size(); ++i) {
        if (rest[i] == u':' && (i + 1 == rest.size() || rest[i + 1] == u' ')) {
            line.key = rest.left(i).trimmed();
            if (line.key.size() >= 2 && (line.key.front() == u'"' || line.key.front() == u'\''))
                line.key = line.key.mid(1, line.key.size() - 2);
            line.hasKey = true;
            line.afterColon = rest.mid(i + 1);
            break;
        }
    }
    return line;
}

/// The enclosing keys and list items of a line, as a stack of (column, key or "[]").
struct Scope {
    int column;
    QString segment; ///< a key, or "[]" for a list item
};

void enterItem(QList<Scope> &stack, int column)
{
    // A sibling item at the same column replaces the previous one; a key at the same column
    // is the list's own key (kubectl writes `ports:` and `- number:` at one indentation).
    while (!stack.isEmpty() &&
           (stack.last().column > column ||
            (stack.last().column == column && stack.last().segment == QLatin1String("[]"))))
        stack.removeLast();
    stack.append({column, QStringLiteral("[]")});
}

void enterKey(QList<Scope> &stack, int column, const QString &key)
{
    while (!stack.isEmpty() && stack.last().column >= column)
        stack.removeLast();
    stack.append({column, key});
}

/// The field table pattern of the scopes, `spec.ports[]`; map keys become `*`.
QString patternOf(const FieldTable *table, const QList<Scope> &scopes)
{
    QString pattern;
    for (const Scope &scope : scopes) {
        if (scope.segment == QLatin1String("[]")) {
            pattern += QLatin1String("[]");
            continue;
        }
        const FieldSpec *parent = table && !pattern.isEmpty() ? table->field(pattern) : nullptr;
        const QString key =
            parent && parent->type == FieldType::Map ? QStringLiteral("*") : scope.segment;
        pattern = pattern.isEmpty() ? key : pattern + u'.' + key;
    }
    return pattern;
}

struct Context {
    QList<Scope> scopes; ///< what encloses the cursor's key
    Line current;
    QString typed; ///< the cursor's line up to the cursor
};

Context contextOf(const QByteArray &text)
{
    Context context;
    const qsizetype lineStart = text.lastIndexOf('\n') + 1;
    qsizetype start = 0;
    while (start < lineStart) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0 || end >= lineStart)
            end = lineStart - 1;
        QString lineText = QString::fromUtf8(text.constData() + start, end - start);
        if (lineText.endsWith(u'\r'))
            lineText.chop(1);
        start = end + 1;
        if (lineText.startsWith(QLatin1String("---"))) {
            context.scopes.clear();
            continue;
        }
        const Line line = parseLine(lineText);
        if (line.blank)
            continue;
        for (const int dash : line.dashes)
            enterItem(context.scopes, dash);
        if (line.hasKey)
            enterKey(context.scopes, line.indent, line.key);
    }
    context.typed = QString::fromUtf8(text.mid(lineStart));
    context.current = parseLine(context.typed);
    for (const int dash : context.current.dashes)
        enterItem(context.scopes, dash);
    // The cursor's key is a sibling of what sits at its column or deeper (an item's scope is
    // its dash's column, left of its keys).
    while (!context.scopes.isEmpty() && context.scopes.last().column >= context.current.indent)
        context.scopes.removeLast();
    return context;
}

QString wordBefore(const QString &typed)
{
    qsizetype start = typed.size();
    while (start > 0 &&
           (typed[start - 1].isLetterOrNumber() || typed[start - 1] == u'_' ||
            typed[start - 1] == u'-' || typed[start - 1] == u'.' || typed[start - 1] == u'/'))
        --start;
    return typed.mid(start);
}

QStringList valuesOf(const FieldTable *table, const QString &pattern)
{
    const FieldSpec *field = table->field(pattern);
    if (!field)
        return {};
    if (!field->enumValues.isEmpty())
        return field->enumValues;
    if (pattern.endsWith(QLatin1String("].protocol")))
        return FormFacts::protocols();
    if (pattern == QLatin1String("apiVersion"))
        return FormFacts::apiVersions();
    if (pattern == QLatin1String("kind"))
        return {table->kind()};
    return {};
}

} // namespace

QString YamlCompletion::parentPattern(const FieldTable *table, const QByteArray &text)
{
    return patternOf(table, contextOf(text).scopes);
}

YamlCompletion::Offer YamlCompletion::at(const FieldTable *table, const QByteArray &text)
{
    Offer offer;
    if (!table)
        return offer;
    const Context context = contextOf(text);
    const QString parent = patternOf(table, context.scopes);
    QStringList candidates;
    if (context.current.hasKey) {
        // After `key: ` a value is typed; a flow collection or a quote is not completed.
        const QString value = context.current.afterColon;
        if (!value.startsWith(u' ') && !value.isEmpty())
            return offer;
        offer.value = true;
        offer.prefix = value.trimmed();
        if (offer.prefix.contains(u' ') || offer.prefix.startsWith(u'[') ||
            offer.prefix.startsWith(u'{') || offer.prefix.startsWith(u'"') ||
            offer.prefix.startsWith(u'\''))
            return offer;
        QList<Scope> scopes = context.scopes;
        scopes.append({context.current.indent, context.current.key});
        candidates = valuesOf(table, patternOf(table, scopes));
    } else {
        offer.prefix = wordBefore(context.typed);
        if (offer.prefix.size() != context.typed.size() - context.current.indent)
            return offer; // not at the start of a key
        const FieldSpec *parentField = parent.isEmpty() ? nullptr : table->field(parent);
        if (!parent.isEmpty() && (!parentField || parentField->type == FieldType::Map))
            return offer; // map keys are the user's own
        for (const FieldSpec *child : table->children(parent)) {
            if (child->type != FieldType::Any || parent.isEmpty())
                candidates.append(child->name());
        }
    }
    for (const QString &word : std::as_const(candidates)) {
        if (word.startsWith(offer.prefix, Qt::CaseInsensitive) && word != offer.prefix)
            offer.words.append(word);
    }
    std::sort(offer.words.begin(), offer.words.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return offer;
}

} // namespace MeshEntry
