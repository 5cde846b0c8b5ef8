#include "findingtext.h"

#include "messagetext.h"

#include <cstring>

namespace MeshEntry {

FindingText FindingText::fromMessage(const MessageText &message)
{
    FindingText made(message.text());
    const char *source = message.source();
    if (source && made.m_utf8 == source) // the template's bytes outlive every finding
        made.m_utf8 = QByteArray::fromRawData(source, qsizetype(std::strlen(source)));
    return made;
}

FindingText FindingText::fromUtf8(const QByteArray &utf8)
{
    FindingText made;
    made.m_utf8 = utf8;
    return made;
}

FindingText::FindingText(QStringView text) : m_utf8(text.toUtf8())
{
    m_utf8.squeeze(); // toUtf8() allocates three bytes per character
}

qsizetype FindingText::ownBytes() const
{
    return m_utf8.capacity(); // 0 for a template's bytes (fromRawData)
}

bool operator<(const FindingText &a, const FindingText &b)
{
    const QByteArray &x = a.m_utf8;
    const QByteArray &y = b.m_utf8;
    const qsizetype common = std::min(x.size(), y.size());
    for (qsizetype i = 0; i < common; ++i) {
        const uchar p = uchar(x[i]);
        const uchar q = uchar(y[i]);
        if (p == q)
            continue;
        // UTF-8 bytes order as code points; UTF-16 puts U+10000… (lead bytes F0–F4, two
        // surrogates from D800) before U+E000–U+FFFF (lead bytes EE, EF).
        const auto utf16Rank = [](uchar lead) {
            return lead >= 0xF0 ? lead - 2 : lead >= 0xEE ? lead + 7 : lead;
        };
        return utf16Rank(p) < utf16Rank(q);
    }
    return x.size() < y.size();
}

} // namespace MeshEntry
