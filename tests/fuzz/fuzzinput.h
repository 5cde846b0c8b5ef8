#pragma once

#include <QByteArray>

namespace MeshEntry::Fuzz {

/// Takes a fuzzer's bytes apart: small numbers from the front, lines, and the rest. Running out
/// of bytes is not an error; every take then gives zero or nothing, so any input is valid.
class FuzzInput
{
public:
    explicit FuzzInput(const QByteArray &bytes) : m_bytes(bytes) {}

    quint8 byte() { return m_position < m_bytes.size() ? quint8(m_bytes[m_position++]) : 0; }
    /// The bytes up to the next '\n' (dropped), or up to the end.
    QByteArray line()
    {
        const qsizetype end = m_bytes.indexOf('\n', m_position);
        const qsizetype stop = end < 0 ? m_bytes.size() : end;
        const QByteArray out = m_bytes.mid(m_position, stop - m_position);
        m_position = end < 0 ? m_bytes.size() : end + 1;
        return out;
    }
    QByteArray rest() const { return m_bytes.mid(m_position); }

private:
    const QByteArray &m_bytes;
    qsizetype m_position = 0;
};

} // namespace MeshEntry::Fuzz
