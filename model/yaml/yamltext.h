#pragma once

#include <QByteArrayView>
#include <QDebug>
#include <QString>
#include <QStringView>

namespace MeshEntry {

/**
 * UTF-8 text of a scalar, key, anchor or tag as the node store holds it: a span of the
 * document's bytes, or of the store's arena when the decoded text differs from the bytes.
 * Valid while the SpanTree it came from lives. Converts to QString only when asked, so that
 * reading and comparing keys and values allocates nothing.
 */
class YamlText
{
public:
    constexpr YamlText() = default;
    constexpr YamlText(const char *data, qsizetype size) : m_data(data), m_size(size) {}

    const char *data() const { return m_data; }
    /// Size in bytes (not characters).
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView bytes() const { return {m_data, m_size}; }
    char front() const { return m_data[0]; }
    char back() const { return m_data[m_size - 1]; }

    QString toString() const { return decode(m_data, m_size); }
    /// UTF-8 bytes as UTF-16, a leading U+FEFF included: inside a document it is a character
    /// of the value, not a byte order mark (QString::fromUtf8 alone would drop it).
    static QString decode(const char *data, qsizetype size);
    operator QString() const { return toString(); }

    bool startsWith(QByteArrayView prefix) const { return bytes().startsWith(prefix); }
    bool endsWith(QByteArrayView suffix) const { return bytes().endsWith(suffix); }
    bool contains(char c) const { return m_size > 0 && memchr(m_data, c, size_t(m_size)); }

    /// Compares with UTF-16 text without converting when the bytes are ASCII.
    bool equals(QStringView text) const
    {
        // A UTF-8 text is never shorter than its UTF-16 form; longer only with non-ASCII bytes.
        if (m_size < text.size())
            return false;
        if (m_size == text.size()) {
            for (qsizetype i = 0; i < m_size; ++i) {
                const uchar byte = uchar(m_data[i]);
                if (byte >= 0x80)
                    return equalsDecoded(text);
                if (text[i].unicode() != byte)
                    return false;
            }
            return true;
        }
        for (qsizetype i = 0; i < m_size; ++i) {
            if (uchar(m_data[i]) >= 0x80)
                return equalsDecoded(text);
        }
        return false;
    }
    bool equals(QLatin1StringView text) const;
    bool equals(YamlText other) const { return bytes() == other.bytes(); }
    /// equals() for text known to be ASCII (keys the code names): a size check settles most.
    bool equalsAscii(QStringView ascii) const
    {
        if (m_size != ascii.size())
            return false;
        for (qsizetype i = 0; i < m_size; ++i) {
            if (uchar(m_data[i]) != ascii[i].unicode())
                return false;
        }
        return true;
    }

    friend bool operator==(YamlText a, YamlText b) { return a.equals(b); }
    friend bool operator!=(YamlText a, YamlText b) { return !a.equals(b); }
    friend bool operator==(YamlText a, QStringView b) { return a.equals(b); }
    friend bool operator!=(YamlText a, QStringView b) { return !a.equals(b); }
    friend bool operator==(QStringView a, YamlText b) { return b.equals(a); }
    friend bool operator!=(QStringView a, YamlText b) { return !b.equals(a); }
    friend bool operator==(YamlText a, const QString &b) { return a.equals(QStringView(b)); }
    friend bool operator!=(YamlText a, const QString &b) { return !a.equals(QStringView(b)); }
    friend bool operator==(const QString &a, YamlText b) { return b.equals(QStringView(a)); }
    friend bool operator!=(const QString &a, YamlText b) { return !b.equals(QStringView(a)); }
    friend bool operator==(YamlText a, const char16_t *b) { return a.equals(QStringView(b)); }
    friend bool operator!=(YamlText a, const char16_t *b) { return !a.equals(QStringView(b)); }
    friend bool operator==(YamlText a, QLatin1StringView b) { return a.equals(b); }
    friend bool operator!=(YamlText a, QLatin1StringView b) { return !a.equals(b); }

private:
    bool equalsDecoded(QStringView text) const;

    const char *m_data = nullptr;
    qsizetype m_size = 0;
};

/// For test failure messages.
inline QDebug operator<<(QDebug debug, YamlText text)
{
    return debug << text.toString();
}

} // namespace MeshEntry
