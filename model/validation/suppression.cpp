#include "suppression.h"

namespace MeshEntry {

bool Suppression::parse(const QString &text, Suppression *out, QString *error)
{
    const qsizetype equals = text.indexOf(u'=');
    const QString rule = (equals < 0 ? text : text.left(equals)).trimmed();
    const QString resource = equals < 0 ? QString() : text.mid(equals + 1).trimmed();
    if (rule.isEmpty() || (equals >= 0 && resource.isEmpty()) || resource.contains(u'=')) {
        *error = QStringLiteral("%1 is not a valid suppression: use RULE or RULE=Kind "
                                "name.namespace (\"*\" matches anything)")
                     .arg(text);
        return false;
    }
    out->m_rule = rule;
    out->m_resource = resource;
    return true;
}

bool Suppression::glob(QStringView pattern, QStringView text)
{
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype star = -1;
    qsizetype mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            mark = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

bool Suppression::matches(QStringView rule, QStringView kind, QStringView name,
                          QStringView namespaceName) const
{
    if (!glob(m_rule, rule))
        return false;
    if (m_resource.isEmpty())
        return true;
    const QString resource = namespaceName.isEmpty()
                                 ? QStringLiteral("%1 %2").arg(kind, name)
                                 : QStringLiteral("%1 %2.%3").arg(kind, name, namespaceName);
    return glob(m_resource, resource);
}

bool Suppression::annotationSuppresses(QStringView annotation, QStringView rule)
{
    for (const QStringView code : annotation.split(u',')) {
        if (code == u"*" || code == rule)
            return true;
    }
    return false;
}

} // namespace MeshEntry
