#include "yamltext.h"

namespace MeshEntry {

bool YamlText::equalsDecoded(QStringView text) const
{
    return QString::fromUtf8(m_data, m_size) == text;
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
