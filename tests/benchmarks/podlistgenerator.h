#pragma once

#include "seededrandom.h"

#include <QIODevice>
#include <QList>
#include <QMap>
#include <QString>

namespace MeshEntry {

/**
 * Writes a seeded `kubectl get pods -A -o json` List the way kubectl prints it (managedFields,
 * containers with env, probes and volumes, status with conditions and container statuses),
 * about 3 KB a pod. Each pod takes its namespace and labels from one of the given selectors
 * in turn, so that the benchmark file's ServiceEntries select them; one in ten is not ready.
 */
class PodListGenerator
{
public:
    struct Target {
        QString namespaceName;
        QMap<QString, QString> labels;
    };

    PodListGenerator(quint64 seed, QList<Target> targets)
        : m_random(seed), m_targets(std::move(targets))
    {}

    /// Writes count pods to out; false when writing fails.
    bool write(QIODevice *out, int count);

private:
    QByteArray pod(int number);

    SeededRandom m_random;
    QList<Target> m_targets;
};

} // namespace MeshEntry
