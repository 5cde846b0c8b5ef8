#include "workloadimporter.h"

#include "messagetext.h"
#include "objectstream.h"
#include "workloadreader.h"

#include <QFile>
#include <QHash>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace MeshEntry {

namespace {

/// Shares equal strings (namespaces, label keys and values repeat across thousands of Pods).
class StringPool
{
public:
    void intern(QString *text)
    {
        if (text->isEmpty())
            return;
        const auto it = m_strings.constFind(*text);
        if (it != m_strings.cend())
            *text = *it;
        else
            m_strings.insert(*text);
    }
    void intern(Workload *workload)
    {
        intern(&workload->namespaceName);
        intern(&workload->phase);
        intern(&workload->nodeName);
        intern(&workload->serviceAccount);
        intern(&workload->network);
        intern(&workload->locality);
        QMap<QString, QString> labels;
        for (auto it = workload->labels.cbegin(); it != workload->labels.cend(); ++it) {
            QString key = it.key();
            QString value = it.value();
            intern(&key);
            intern(&value);
            labels.insert(key, value);
        }
        workload->labels = labels;
        for (Workload::Port &port : workload->ports)
            intern(&port.name);
        workload->addresses.squeeze();
    }

private:
    QSet<QString> m_strings;
};

constexpr qsizetype releaseStep = 16 * 1024 * 1024;

} // namespace

WorkloadImporter::Result WorkloadImporter::read(const char *data, qsizetype size,
                                                const QString &source,
                                                const std::function<void(qsizetype)> &release) const
{
    Result result;
    result.source = source;
    result.bytes = size;
    StringPool pool;
    ObjectStream stream(data, size);
    stream.setSkipKeys(ObjectStream::defaultSkipKeys());
    stream.setCancel(m_cancel);
    qsizetype reported = 0;
    const bool ok = stream.read([&](const ObjectNode &object, qsizetype consumed) {
        Workload workload;
        if (WorkloadReader::read(object, m_defaultNamespace, &workload)) {
            workload.source = source;
            pool.intern(&workload);
            result.workloads.append(std::move(workload));
        } else if (object.string(u"kind") == u"Namespace") {
            const ObjectNode *metadata = object.value(u"metadata");
            if (metadata && !metadata->string(u"name").isEmpty()) {
                std::vector<std::pair<QString, QString>> labels;
                metadata->stringMap(u"labels", &labels);
                QMap<QString, QString> map;
                for (const auto &[key, value] : labels)
                    map.insert(key, value);
                result.namespaces.add(metadata->string(u"name"), map);
            }
        } else {
            ++result.otherObjects;
        }
        if (consumed - reported >= 256 * 1024 || consumed == size) {
            reported = consumed;
            if (m_progress)
                m_progress(consumed, size);
            if (release)
                release(consumed);
        }
        return true;
    });
    if (!ok) {
        if (stream.stopped()) {
            result.cancelled = true;
            result.error = QStringLiteral("%1: import cancelled").arg(source);
        } else {
            const ObjectStream::Error &e = stream.error();
            result.error = QStringLiteral("%1:%2:%3: %4")
                               .arg(source)
                               .arg(e.line + 1)
                               .arg(e.column + 1)
                               .arg(e.message);
        }
        result.workloads.clear();
        result.namespaces.clear();
        return result;
    }
    if (m_progress)
        m_progress(size, size);
    result.workloads.squeeze();
    result.ok = true;
    return result;
}

WorkloadImporter::Result WorkloadImporter::importBytes(const QByteArray &bytes,
                                                       const QString &source) const
{
    return read(bytes.constData(), bytes.size(), source, {});
}

WorkloadImporter::Result WorkloadImporter::importFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.source = path;
        result.error = cannotRead(path, file.errorString()).text();
        return result;
    }
    const qint64 size = file.size();
    if (size == 0)
        return importBytes(QByteArray(), path);
    uchar *mapped = file.map(0, size);
    if (!mapped) {
        // Not mappable (a pipe, a special file): read it whole.
        return importBytes(file.readAll(), path);
    }
#ifdef Q_OS_UNIX
    madvise(mapped, size_t(size), MADV_SEQUENTIAL);
    qsizetype released = 0;
    const qsizetype page = qsizetype(sysconf(_SC_PAGESIZE));
    // Pages behind the reader are clean copies of the file: hand them back as it goes.
    const auto release = [&](qsizetype consumed) {
        const qsizetype end = (consumed / page) * page;
        if (end - released < releaseStep)
            return;
        madvise(mapped + released, size_t(end - released), MADV_DONTNEED);
        released = end;
    };
#else
    const std::function<void(qsizetype)> release;
#endif
    Result result = read(reinterpret_cast<const char *>(mapped), qsizetype(size), path, release);
    file.unmap(mapped);
    return result;
}

} // namespace MeshEntry
