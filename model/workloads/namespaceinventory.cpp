#include "namespaceinventory.h"

#include "messagetext.h"
#include "objectstream.h"

#include <QFile>

namespace MeshEntry {

bool NamespaceInventory::addFromBytes(const QByteArray &bytes, const QString &source,
                                      QString *error)
{
    QMap<QString, QMap<QString, QString>> found;
    ObjectStream stream(bytes.constData(), bytes.size());
    stream.setSkipKeys(ObjectStream::defaultSkipKeys());
    const bool ok = stream.read([&](const ObjectNode &object, qsizetype) {
        if (object.string(u"kind") != u"Namespace")
            return true;
        const ObjectNode *metadata = object.value(u"metadata");
        const QString name = metadata ? metadata->string(u"name") : QString();
        if (name.isEmpty())
            return true;
        std::vector<std::pair<QString, QString>> labels;
        metadata->stringMap(u"labels", &labels);
        QMap<QString, QString> &target = found[name];
        for (const auto &[key, value] : labels)
            target.insert(key, value);
        return true;
    });
    if (!ok) {
        const ObjectStream::Error &e = stream.error();
        *error = QStringLiteral("%1:%2:%3: %4")
                     .arg(source)
                     .arg(e.line + 1)
                     .arg(e.column + 1)
                     .arg(e.message);
        return false;
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        m_labels.insert(it.key(), it.value());
    return true;
}

bool NamespaceInventory::addFromFile(const QString &path, QString *error)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = cannotRead(path, in.errorString()).text();
        return false;
    }
    return addFromBytes(in.readAll(), path, error);
}

void NamespaceInventory::add(const QString &name, const QMap<QString, QString> &labels)
{
    m_labels.insert(name, labels);
}

const QMap<QString, QString> *NamespaceInventory::labels(const QString &name) const
{
    const auto it = m_labels.constFind(name);
    return it == m_labels.cend() ? nullptr : &it.value();
}

} // namespace MeshEntry
