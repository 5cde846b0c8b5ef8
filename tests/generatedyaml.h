#pragma once

#include <QByteArray>
#include <QList>

namespace MeshEntry {

/**
 * A seeded file of many documents that uses what YAML allows and Kubernetes files rarely show
 * all at once: every scalar style and chomping, escapes, folding, flow inside block, anchors,
 * aliases and merge keys, tags, empty values, comments between indicators and values, long
 * anchors and comments (offsets that do not fit a node's inline gaps), long collections, CRLF,
 * non-ASCII text, directives, `...` markers and a few broken documents.
 */
class GeneratedYaml
{
public:
    explicit GeneratedYaml(quint64 seed) : m_state(seed * 6364136223846793005ULL + 1) {}

    QByteArray generate(int documents)
    {
        QByteArray out;
        for (int i = 0; i < documents; ++i)
            out += document(i);
        return out;
    }

private:
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list[below(int(list.size()))];
    }

    QByteArray scalar()
    {
        static const QList<QByteArray> values = {"plain",
                                                 "\"double quoted\"",
                                                 "'single ''quoted'''",
                                                 "\"esc\\t\\n\\u00e9\"",
                                                 "0755",
                                                 "0x1F",
                                                 "1_000",
                                                 "-3",
                                                 "+5",
                                                 "1e3",
                                                 "1.5",
                                                 ".inf",
                                                 "-.Inf",
                                                 ".NaN",
                                                 "1:20",
                                                 "08",
                                                 "1:20.5",
                                                 "yes",
                                                 "On",
                                                 "FALSE",
                                                 "~",
                                                 "null",
                                                 "",
                                                 "2024-01-31",
                                                 "2024-1-2 10:00:00 +05:00",
                                                 "café ✓",
                                                 "<<x",
                                                 "=",
                                                 ".",
                                                 "-.",
                                                 "0b101",
                                                 "0o17",
                                                 "123456789012345678901",
                                                 "!!str 10",
                                                 "!!int \"10\"",
                                                 "!custom value",
                                                 "!<tag:yaml.org,2002:str> verbatim",
                                                 "&s anchored",
                                                 "\"\"",
                                                 "''",
                                                 "a b c",
                                                 "http://x:80/y",
                                                 "'it''s'",
                                                 "\"multi\n    line\"",
                                                 "plain\n    continued"};
        return pick(values);
    }

    QByteArray blockScalar(int indent)
    {
        static const QList<QByteArray> headers = {"|", "|-", "|+", ">", ">-", ">+", "|2"};
        const QByteArray pad(indent + 2, ' ');
        QByteArray text = pick(headers) + m_eol;
        const int lines = 1 + below(3);
        for (int i = 0; i < lines; ++i)
            text += pad + "line " + QByteArray::number(i) + (i % 2 ? "  trailing" : "") + m_eol;
        if (below(2))
            text += m_eol;
        return text;
    }

    QByteArray flow()
    {
        static const QList<QByteArray> values = {"[a, \"b\", {c: 1}]",
                                                 "{k: v, l: [1, 2]}",
                                                 "[]",
                                                 "{}",
                                                 "[ x ,  y ]",
                                                 "{\"q\": 'r', s: ~}",
                                                 "[1, [2, [3, {d: e}]]]",
                                                 "{a: 1,\n    b: 2}",
                                                 "[*lbl, x]"};
        return pick(values);
    }

    QByteArray document(int number)
    {
        m_eol = number % 7 == 3 ? "\r\n" : "\n";
        m_anchors = 0;
        QByteArray d;
        if (number % 11 == 0)
            d += "# document " + QByteArray::number(number) + m_eol + "# second comment" + m_eol;
        if (number % 13 == 5)
            d += "%YAML 1.1" + m_eol;
        if (number > 0 || below(2))
            d += below(5) == 0 ? "--- # marker comment" + m_eol : "---" + m_eol;
        if (number % 97 == 41) {
            d += "bad: [1, 2" + m_eol + "more: x" + m_eol;
            return d;
        }
        d += "apiVersion: networking.istio.io/v1" + m_eol;
        d += QByteArray(number % 2 ? "kind: WorkloadEntry" : "kind: ServiceEntry") + m_eol;
        d += "metadata:" + m_eol + "  name: doc-" + QByteArray::number(number) + m_eol;
        if (below(2))
            d += "  namespace: \"ns-" + QByteArray::number(number % 5) + "\"" + m_eol;
        d += "  labels: &lbl" + m_eol + "    app: a" + QByteArray::number(number) + m_eol;
        d += "    tier: " + scalar() + m_eol;
        d += "spec:" + m_eol;
        const int fields = 3 + below(8);
        for (int i = 0; i < fields; ++i)
            d += field(i, 2);
        if (number % 17 == 0) {
            d += "  long:" + m_eol;
            for (int i = 0; i < 30; ++i)
                d += "  - item" + QByteArray::number(i) + m_eol;
        }
        if (number % 19 == 0)
            d += "  &" + QByteArray(300, 'a') + " far: anchored" + m_eol;
        if (number % 23 == 0)
            d += "  gap:" + m_eol + "  - # " + QByteArray(300, 'c') + m_eol + "    value" + m_eol;
        if (number % 5 == 4)
            d += "..." + m_eol;
        if (below(3) == 0)
            d += m_eol + "# trailing comment" + m_eol;
        return d;
    }

    QByteArray field(int i, int indent)
    {
        const QByteArray pad(indent, ' ');
        const QByteArray key = "f" + QByteArray::number(i);
        switch (below(12)) {
        case 0:
            return pad + key + ": " + blockScalar(indent);
        case 1:
            return pad + key + ": " + flow() + m_eol;
        case 2:
            return pad + key + ":" + m_eol + pad + "- " + scalar() + m_eol + pad + "-" + m_eol +
                   pad + "- " + flow() + m_eol;
        case 3:
            return pad + key + ":" + m_eol + pad + "  - x: 1" + m_eol + pad + "    y: " + scalar() +
                   m_eol;
        case 4:
            return pad + key + ":" + m_eol;
        case 5:
            return pad + key + ": *lbl" + m_eol;
        case 6:
            return pad + key + ":" + m_eol + pad + "  <<: *lbl" + m_eol + pad + "  extra: 1" +
                   m_eol;
        case 7:
            return pad + key + ": &k" + QByteArray::number(m_anchors++) + " " + scalar() + m_eol;
        case 8:
            return pad + "\"quoted key " + key + "\": " + scalar() + m_eol;
        case 9:
            return pad + key + ":   # comment" + m_eol + pad + "  nested: " + scalar() + m_eol;
        case 10:
            return pad + "? " + key + m_eol + pad + ": " + scalar() + m_eol;
        default:
            return pad + key + ": " + scalar() + m_eol;
        }
    }

    quint64 m_state;
    QByteArray m_eol = "\n";
    int m_anchors = 0;
};

} // namespace MeshEntry
