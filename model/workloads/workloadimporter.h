#pragma once

#include "namespaceinventory.h"
#include "workload.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace MeshEntry {

/**
 * Reads Pods, WorkloadEntries and Namespaces from `kubectl get … -o json|yaml` output (Lists,
 * single objects, YAML documents) without holding the file as a tree: the file is mapped,
 * each List item is built, converted and dropped, and the pages already read are given back,
 * so a 300 MB pod list costs little more than the workloads it yields. Safe to run in a
 * worker thread; the result is handed to a WorkloadInventory on the owner's thread.
 */
class WorkloadImporter
{
public:
    struct Result {
        bool ok = false;
        bool cancelled = false;
        QString source; ///< the file, or what importBytes() was told
        QString error;  ///< "SOURCE:LINE:COL: message", or why the file cannot be read
        QList<Workload> workloads;
        NamespaceInventory namespaces;
        int otherObjects = 0; ///< objects of other kinds, skipped
        qint64 bytes = 0;
    };
    /// Receives bytes read and the file size; called from the importing thread.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit WorkloadImporter(QString defaultNamespace = QStringLiteral("default"))
        : m_defaultNamespace(std::move(defaultNamespace))
    {}
    void setCancel(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    Result importFile(const QString &path) const;
    Result importBytes(const QByteArray &bytes, const QString &source) const;

private:
    Result read(const char *data, qsizetype size, const QString &source,
                const std::function<void(qsizetype)> &release) const;

    QString m_defaultNamespace;
    const std::atomic_bool *m_cancel = nullptr;
    Progress m_progress;
};

} // namespace MeshEntry
