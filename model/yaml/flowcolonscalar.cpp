#include "flowcolonscalar.h"

#include "fragmentwriter.h"

namespace MeshEntry {

namespace {

bool isFlowIndicator(char c)
{
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == '?';
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

FlowColonScalar FlowColonScalar::find(const QByteArray &text, const YamlError &error)
{
    const qsizetype colon = error.offset;
    // libyaml's scanner: "found unexpected ':'" for `x:` followed by a flow indicator.
    if (!error.message.startsWith(QLatin1String("found unexpected ':'")) || colon < 1 ||
        colon + 1 >= text.size() || text[colon] != ':' || !isFlowIndicator(text[colon + 1]))
        return {};
    // Back to what opened the scalar: a flow indicator, a line break, or a `: ` of a flow map.
    qsizetype start = colon;
    while (start > 0) {
        const char c = text[start - 1];
        if (c == '[' || c == '{' || c == ',' || c == '\n' || c == '\r' ||
            (isBlank(c) && start >= 2 && text[start - 2] == ':'))
            break;
        if (c == '"' || c == '\'' || c == '#')
            return {};
        --start;
    }
    while (start < colon && isBlank(text[start]))
        ++start;
    FlowColonScalar scalar;
    scalar.start = start;
    scalar.end = colon + 1;
    scalar.text = QString::fromUtf8(text.mid(start, scalar.end - start));
    scalar.next = text[colon + 1];
    return scalar;
}

QString FlowColonScalar::message() const
{
    return QStringLiteral("the plain scalar %1 has a ':' right before '%2' inside a flow "
                          "collection: libyaml (YAML 1.1) stops there, but Kubernetes' YAML "
                          "reader accepts it as the string \"%1\"; quote it: %3")
        .arg(text, QChar::fromLatin1(next), quoted());
}

QString FlowColonScalar::quoted() const
{
    return FragmentWriter::doubleQuoted(text);
}

} // namespace MeshEntry
