#include "fragmentwriter.h"

namespace MeshEntry {

namespace {

QString spaces(int count)
{
    return QString(count, u' ');
}

bool isMultiLineString(const YamlValue &value)
{
    if (!value.isScalar() || value.scalarType() != ScalarType::String ||
        !value.text().contains(u'\n'))
        return false;
    // A literal block keeps its lines only when they hold no other line breaks (a reader
    // turns \r and the YAML 1.1 breaks into \n), no control characters, and the first does
    // not start with a blank (that would be read as indentation): else it is double-quoted.
    const QString &text = value.text();
    if (text.front() == u' ' || text.front() == u'\t')
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f) || u == 0x2028 ||
            u == 0x2029 || u == 0xfeff || u == 0xfffe || u == 0xffff)
            return false;
    }
    return true;
}

} // namespace

QString FragmentWriter::doubleQuoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case 0:
            out += QStringLiteral("\\0");
            break;
        default:
            // C0 and C1 controls and the non-characters are not printable in YAML: escaped.
            if (c.unicode() < 0x20 ||
                (c.unicode() >= 0x7F && c.unicode() <= 0x9F && c.unicode() != 0x85))
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else if (c.unicode() == 0x85 || c.unicode() == 0x2028 || c.unicode() == 0x2029 ||
                     c.unicode() == 0xFEFF || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

QString FragmentWriter::singleQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

bool FragmentWriter::needsBlockLines(const YamlValue &value)
{
    if (value.isMapping())
        return !value.entries().isEmpty();
    if (value.isSequence())
        return !value.items().isEmpty();
    return isMultiLineString(value);
}

QString FragmentWriter::properties(const YamlValue &value) const
{
    QString out;
    if (!value.tag().isEmpty()) {
        QString tag = value.tag();
        if (tag.startsWith(QStringLiteral("tag:yaml.org,2002:")))
            tag = QStringLiteral("!!") + tag.mid(18);
        out += tag + u' ';
    }
    if (!value.anchor().isEmpty())
        out += u'&' + value.anchor() + u' ';
    return out;
}

QString FragmentWriter::key(const QString &key) const
{
    return ScalarResolver::canBePlainString(key, false) ? key : doubleQuoted(key);
}

QString FragmentWriter::scalar(const YamlValue &value, bool inFlow) const
{
    if (value.kind() == YamlValue::Kind::Alias)
        return u'*' + value.text();
    if (value.scalarType() == ScalarType::Null)
        return value.text().isEmpty() ? QStringLiteral("null") : value.text();
    if (value.scalarType() != ScalarType::String)
        return value.text();
    if (ScalarResolver::canBePlainString(value.text(), inFlow))
        return value.text();
    return doubleQuoted(value.text());
}

QString FragmentWriter::inlineValue(const YamlValue &value, bool inFlow) const
{
    if (value.isMapping() && value.entries().isEmpty())
        return properties(value) + QStringLiteral("{}");
    if (value.isSequence() && value.items().isEmpty())
        return properties(value) + QStringLiteral("[]");
    if (value.isCollection())
        return flow(value);
    return properties(value) + scalar(value, inFlow);
}

QString FragmentWriter::flow(const YamlValue &value) const
{
    QStringList parts;
    if (value.isMapping()) {
        for (const YamlValue::Entry &entry : value.entries())
            parts << key(entry.first) + QStringLiteral(": ") + flow(entry.second);
        return properties(value) + u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    if (value.isSequence()) {
        for (const YamlValue &item : value.items())
            parts << flow(item);
        return properties(value) + u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    return properties(value) + scalar(value, true);
}

QStringList FragmentWriter::literalLines(const QString &text, int indent, QString *header) const
{
    QString body = text;
    int trailingBreaks = 0;
    while (body.endsWith(u'\n')) {
        body.chop(1);
        ++trailingBreaks;
    }
    *header = trailingBreaks == 0
                  ? QStringLiteral("|-")
                  : (trailingBreaks == 1 ? QStringLiteral("|") : QStringLiteral("|+"));
    QStringList lines;
    const QStringList bodyLines = body.split(u'\n');
    for (const QString &line : bodyLines)
        lines << (line.isEmpty() ? QString() : spaces(indent) + line);
    for (int i = 1; i < trailingBreaks; ++i)
        lines << QString();
    return lines;
}

QString FragmentWriter::scalarInStyle(const YamlValue &value, YamlNode::Style style,
                                      int blockIndent, const QString &eol) const
{
    if (value.kind() != YamlValue::Kind::Scalar || value.scalarType() != ScalarType::String)
        return scalar(value, false);
    const QString &text = value.text();
    const bool leadingSpace = !text.isEmpty() && (text.front() == u' ' || text.front() == u'\t');
    switch (style) {
    case YamlNode::Style::SingleQuoted:
        if (ScalarResolver::canBeSingleQuoted(text))
            return singleQuoted(text);
        return doubleQuoted(text);
    case YamlNode::Style::DoubleQuoted:
        return doubleQuoted(text);
    case YamlNode::Style::Folded:
        if (!text.isEmpty() && !leadingSpace && !text.trimmed().contains(u'\n') &&
            ScalarResolver::canBeSingleQuoted(text.trimmed())) {
            QString header;
            QStringList lines = literalLines(text, blockIndent, &header);
            header[0] = u'>';
            return header + eol + lines.join(eol);
        }
        Q_FALLTHROUGH();
    case YamlNode::Style::Literal:
        if (!text.isEmpty() && !leadingSpace && !text.contains(u'\r')) {
            QString header;
            const QStringList lines = literalLines(text, blockIndent, &header);
            return header + eol + lines.join(eol);
        }
        return doubleQuoted(text);
    default:
        return scalar(value, false);
    }
}

void FragmentWriter::appendValueAfterIndicator(QStringList &lines, const YamlValue &value,
                                               int ownerIndent, bool afterDash) const
{
    if (!needsBlockLines(value)) {
        lines.last() += u' ' + inlineValue(value, false);
        return;
    }
    const QString props = properties(value).trimmed();
    if (isMultiLineString(value)) {
        QString header;
        const QStringList body = literalLines(value.text(), ownerIndent + indentStep, &header);
        lines.last() += u' ' + (props.isEmpty() ? QString() : props + u' ') + header;
        lines << body;
        return;
    }
    if (afterDash && props.isEmpty()) {
        // `- key: value` and `- - item` continue on the dash line.
        QStringList nested = blockLines(value, ownerIndent + 2);
        nested.first() = nested.first().mid(ownerIndent + 2);
        lines.last() += u' ' + nested.first();
        lines << nested.mid(1);
        return;
    }
    if (!props.isEmpty())
        lines.last() += u' ' + props;
    const int childIndent = value.isSequence() && indentlessSequences && !afterDash
                                ? ownerIndent
                                : ownerIndent + (afterDash ? 2 : indentStep);
    lines << blockLines(value, childIndent);
}

QStringList FragmentWriter::entryLines(const QString &entryKey, const YamlValue &value,
                                       int indent) const
{
    QStringList lines{spaces(indent) + key(entryKey) + u':'};
    appendValueAfterIndicator(lines, value, indent, false);
    return lines;
}

QStringList FragmentWriter::itemLines(const YamlValue &value, int indent) const
{
    QStringList lines{spaces(indent) + u'-'};
    appendValueAfterIndicator(lines, value, indent, true);
    return lines;
}

QStringList FragmentWriter::blockLines(const YamlValue &value, int indent) const
{
    QStringList lines;
    if (value.isMapping()) {
        for (const YamlValue::Entry &entry : value.entries())
            lines << entryLines(entry.first, entry.second, indent);
    } else if (value.isSequence()) {
        for (const YamlValue &item : value.items())
            lines << itemLines(item, indent);
    } else {
        lines << spaces(indent) + inlineValue(value, false);
    }
    return lines;
}

} // namespace MeshEntry
