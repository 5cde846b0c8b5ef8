#include "yamlpath.h"

namespace MeshEntry {

namespace {

bool isBareKeyChar(QChar c)
{
    return c != u'.' && c != u'[' && c != u']' && c != u'"' && c != u'\'';
}

bool needsQuoting(const QString &key)
{
    if (key.isEmpty())
        return true;
    for (const QChar c : key) {
        if (!isBareKeyChar(c) || c == u'/' || c.isSpace())
            return true;
    }
    return false;
}

} // namespace

bool YamlPath::parse(const QString &text, YamlPath *path, QString *error)
{
    path->m_segments.clear();
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool expectKey = true;
    while (i < n) {
        const QChar c = text[i];
        if (c == u'[') {
            ++i;
            if (i < n && (text[i] == u'"' || text[i] == u'\'')) {
                const QChar quote = text[i++];
                QString key;
                while (i < n && text[i] != quote) {
                    if (text[i] == u'\\' && i + 1 < n)
                        ++i;
                    key += text[i++];
                }
                if (i + 1 >= n || text[i + 1] != u']') {
                    *error = QStringLiteral("unterminated quoted key in path \"%1\"").arg(text);
                    return false;
                }
                i += 2;
                path->m_segments.append({key, -1});
            } else {
                const qsizetype close = text.indexOf(u']', i);
                bool ok = false;
                const int index = close < 0 ? -1 : text.mid(i, close - i).toInt(&ok);
                if (!ok || index < 0) {
                    *error = QStringLiteral("bad index in path \"%1\"").arg(text);
                    return false;
                }
                path->m_segments.append({QString(), index});
                i = close + 1;
            }
            expectKey = false;
        } else if (c == u'.') {
            if (expectKey) {
                *error = QStringLiteral("empty key in path \"%1\"").arg(text);
                return false;
            }
            ++i;
            expectKey = true;
        } else {
            if (!expectKey) {
                *error = QStringLiteral("expected '.' or '[' at character %1 of path \"%2\"")
                             .arg(i + 1)
                             .arg(text);
                return false;
            }
            const qsizetype start = i;
            while (i < n && isBareKeyChar(text[i]))
                ++i;
            path->m_segments.append({text.mid(start, i - start), -1});
            expectKey = false;
        }
    }
    if (expectKey && !path->m_segments.isEmpty()) {
        *error = QStringLiteral("path \"%1\" ends with '.'").arg(text);
        return false;
    }
    return true;
}

YamlPath YamlPath::fromText(const QString &text)
{
    YamlPath path;
    QString error;
    parse(text, &path, &error);
    return path;
}

YamlPath YamlPath::parent() const
{
    return left(size() - 1);
}

YamlPath YamlPath::key(const QString &key) const
{
    YamlPath path = *this;
    path.m_segments.append({key, -1});
    return path;
}

YamlPath YamlPath::index(int index) const
{
    YamlPath path = *this;
    path.m_segments.append({QString(), index});
    return path;
}

YamlPath YamlPath::left(int count) const
{
    YamlPath path;
    path.m_segments = m_segments.mid(0, qMax(0, count));
    return path;
}

QString YamlPath::toString() const
{
    QString text;
    for (const Segment &segment : m_segments) {
        if (segment.isIndex()) {
            text += u'[' + QString::number(segment.index) + u']';
        } else if (needsQuoting(segment.key)) {
            QString escaped = segment.key;
            escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
            text += QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
        } else {
            if (!text.isEmpty())
                text += u'.';
            text += segment.key;
        }
    }
    return text;
}

} // namespace MeshEntry
