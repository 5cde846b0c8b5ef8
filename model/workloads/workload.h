#pragma once

#include <QMap>
#include <QString>

namespace MeshEntry {

/// A Pod or WorkloadEntry that a ServiceEntry's workloadSelector can select.
struct Workload {
    enum class Kind { Pod, WorkloadEntry };

    Kind kind = Kind::Pod;
    QString name;
    QString namespaceName;
    /// Effective labels: a WorkloadEntry's spec.labels merged with metadata.labels (metadata wins).
    QMap<QString, QString> labels;
    QString address; ///< Pod IP, or the WorkloadEntry's address
    QString source;  ///< file the workload was read from

    QString kindName() const
    {
        return kind == Kind::Pod ? QStringLiteral("Pod") : QStringLiteral("WorkloadEntry");
    }
};

} // namespace MeshEntry
