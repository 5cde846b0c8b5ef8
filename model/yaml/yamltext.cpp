#include "yamltext.h"

#include <cstring>

namespace MeshEntry {

QString YamlText::decode(const char *data, qsizetype size)
{
    QString text = QString::fromUtf8(data, size);
    if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        text.prepend(QChar(0xFEFF));
    return text;
}

bool YamlText::equalsDecoded(QStringView text) const
{
    return decode(m_data, m_size) == text;
}

bool YamlText::equals(QLatin1StringView text) const
{
    for (qsizetype i = 0; i < m_size; ++i) {
        if (uchar(m_data[i]) >= 0x80)
            return decode(m_data, m_size) == text;
    }
    return bytes() == QByteArrayView(text.data(), text.size());
}

} // namespace MeshEntry
