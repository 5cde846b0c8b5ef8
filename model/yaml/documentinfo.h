#pragma once

#include <QString>

namespace MeshEntry {

/// What the outline and lookups need to know about a document without parsing it again.
struct DocumentInfo {
    QString apiVersion;
    QString kind;
    QString name;
    QString namespaceName;

    /// `Kind/namespace/name`, `Kind/name` without a namespace.
    QString qualifiedName() const
    {
        return namespaceName.isEmpty() ? kind + u'/' + name
                                       : kind + u'/' + namespaceName + u'/' + name;
    }
    bool operator==(const DocumentInfo &o) const
    {
        return apiVersion == o.apiVersion && kind == o.kind && name == o.name &&
               namespaceName == o.namespaceName;
    }
};

} // namespace MeshEntry
