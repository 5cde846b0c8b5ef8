#pragma once

#include "objectstream.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace MeshEntry {

/// What the matcher needs to know about one ServiceEntry (ISTIO-SELECTION.md §2–§6).
struct SelectorQuery {
    struct Port {
        quint32 number = 0;
        QString name;
        QString protocol;
        quint32 targetPort = 0;
    };

    QString name;
    QString namespaceName;
    QString source; ///< file, for messages and the CLI
    int document = -1;
    QStringList hosts;
    QList<Port> ports;
    /// ServiceEntryView::Resolution number (absent: NONE); -1 for an unknown name.
    int resolution = 0;
    QStringList exportTo;
    bool hasSelector = false;
    QMap<QString, QString> selector;

    /// NONE, STATIC, DNS, DNS_ROUND_ROBIN, DYNAMIC_DNS, or the number for others.
    QString resolutionName() const;
    /// DNS and DNS_ROUND_ROBIN take FQDN and `unix://` WorkloadEntries (conversion.go:
    /// isDNSTypeService).
    bool isDnsType() const;

    /// Reads a ServiceEntry (networking.istio.io, any version); false for other kinds.
    static bool read(const ObjectNode &object, const QString &defaultNamespace, SelectorQuery *out);
};

} // namespace MeshEntry
