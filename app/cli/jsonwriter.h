#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QList>
#include <QStringView>

namespace MeshEntry {

/**
 * Writes indented JSON straight into one buffer, byte for byte as QJsonDocument::toJson()
 * writes the same document (four-space indents, `"key": value`, the same string escapes), but
 * without building a QJsonObject per value first: tens of thousands of findings cost one
 * growing buffer. Keys must come in the order QJsonObject keeps them: sorted.
 */
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype expectedSize = 0) { m_out.reserve(expectedSize); }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The key of the next value in the current object (the writer's own ASCII names).
    void key(QLatin1StringView name);
    void value(QStringView text);
    void value(QLatin1StringView text) { value(QString(text)); }
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    /// key(name) then value(v): one member of the current object.
    template <typename T> void member(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }

    /// What was written since the last take(); writing goes on after it, so a long document
    /// can be handed on in pieces. Complete once every object and array is closed.
    QByteArray take()
    {
        QByteArray written = std::move(m_out);
        m_out = QByteArray();
        return written;
    }
    /// Bytes written since the last take().
    qsizetype pending() const { return m_out.size(); }

    /// text as a JSON string's content: `"`, `\` and control characters escaped, the rest as
    /// UTF-8 (an unpaired surrogate as `\uXXXX`), as QJsonDocument escapes it.
    static void appendEscaped(QByteArray *out, QStringView text);

private:
    void beforeValue();
    void indent(qsizetype depth);

    QByteArray m_out;
    QList<bool> m_empty; ///< per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace MeshEntry
