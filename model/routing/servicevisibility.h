#pragma once

#include "sidecarscope.h"
#include "yamlpath.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace MeshEntry {

/**
 * Which ServiceEntry hosts a sidecar in one namespace sees and, for the others, the rule that
 * hid them (`meshentry visible`, one column of the Visibility map).
 */
class ServiceVisibility
{
public:
    enum class State { Visible, Hidden, Shadowed };

    struct Visible {
        QString host;
        const ServiceEntryRecord *entry = nullptr; ///< the entry that keeps the host
        int hostIndex = -1;
        QList<RoutingPort> ports;
        QStringList addresses;
        QList<const ServiceEntryRecord *> merged; ///< same-namespace entries whose ports joined
    };
    struct Hidden {
        QString host;
        const ServiceEntryRecord *entry = nullptr;
        int hostIndex = -1;
        State state = State::Hidden;
        QString rule; ///< the step id of the rule: EXPORTTO, VISIBILITY, IMPORT, HOST-NAMESPACE,
                      ///< HOST-MERGE
        QString reason;
        int document = -1; ///< where the deciding setting is (the entry, or the Sidecar)
        YamlPath path;
    };
    struct Cell {
        State state = State::Hidden;
        QString reason;
    };

    /// A Cell's or Hidden's reason (English, as `meshentry visible` prints it) in the user's
    /// language.
    static QString translatedReason(const QString &reason);

    static ServiceVisibility compute(const RoutingRegistry &registry, const QString &namespaceName);

    QString namespaceName;
    QList<Visible> services; ///< sorted by host
    QList<Hidden> hidden;    ///< sorted by host, then namespace and name

    /// One cell of the Visibility map: how scope's sidecars see the host as sourceNamespace
    /// defines it.
    static Cell cell(const RoutingRegistry &registry, const SidecarScope &scope,
                     const QString &host, const QString &sourceNamespace);
};

} // namespace MeshEntry
