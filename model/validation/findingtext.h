#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace MeshEntry {

class MessageText;

/**
 * A finding's English message, kept as UTF-8: messages are mostly ASCII, and a large file's
 * tens of thousands of distinct routing messages take half the memory of UTF-16 QStrings. A
 * message that is its template's text unchanged (no arguments) refers to the template's own
 * bytes and holds no copy. Reads like a QString for Diagnostic's users (converts on demand);
 * comparisons order as QString's do.
 */
class FindingText
{
public:
    FindingText() = default;
    FindingText(const QString &text) : FindingText(QStringView(text)) {}
    FindingText(QStringView text);
    /// message's text; the template's own bytes when the text is the template's.
    static FindingText fromMessage(const MessageText &message);
    /// Text already encoded as UTF-8 (shared, not copied).
    static FindingText fromUtf8(const QByteArray &utf8);

    QString toString() const { return QString::fromUtf8(m_utf8); }
    operator QString() const { return toString(); }
    const QByteArray &utf8() const { return m_utf8; }
    QByteArray toUtf8() const { return m_utf8; }
    bool isEmpty() const { return m_utf8.isEmpty(); }
    template <typename Text> bool contains(const Text &text) const
    {
        return toString().contains(text);
    }
    template <typename Text> bool startsWith(const Text &text) const
    {
        return toString().startsWith(text);
    }
    /// The bytes this text holds room for on the heap: its size, or 0 when it is a template's.
    qsizetype ownBytes() const;

    friend bool operator==(const FindingText &a, const FindingText &b)
    {
        return a.m_utf8 == b.m_utf8;
    }
    friend bool operator!=(const FindingText &a, const FindingText &b) { return !(a == b); }
    friend bool operator==(const FindingText &a, const QString &b) { return a.toString() == b; }
    friend bool operator!=(const FindingText &a, const QString &b) { return !(a == b); }
    friend bool operator==(const QString &a, const FindingText &b) { return b == a; }
    friend bool operator!=(const QString &a, const FindingText &b) { return !(b == a); }
    /// QString's order (UTF-16 code units), computed on the bytes.
    friend bool operator<(const FindingText &a, const FindingText &b);

private:
    QByteArray m_utf8;
};

} // namespace MeshEntry
