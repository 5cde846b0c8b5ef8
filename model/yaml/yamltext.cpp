#include "yamltext.h"

namespace MeshEntry {

bool YamlText::equals(QStringView text) const
{
    // One UTF-16 unit per ASCII byte: a size mismatch settles ASCII text at once.
    if (m_size < text.size())
        return false;
    for (qsizetype i = 0; i < m_size; ++i) {
        const uchar byte = uchar(m_data[i]);
        if (byte >= 0x80)
            return QString::fromUtf8(m_data, m_size) == text;
        if (i >= text.size() || text[i].unicode() != byte)
            return false;
    }
    return m_size == text.size();
}

bool YamlText::equals(QLatin1StringView text) const
{
    for (qsizetype i = 0; i < m_size; ++i) {
        if (uchar(m_data[i]) >= 0x80)
            return QString::fromUtf8(m_data, m_size) == text;
    }
    return bytes() == QByteArrayView(text.data(), text.size());
}

} // namespace MeshEntry
