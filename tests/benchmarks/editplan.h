#pragma once

#include "yamlfile.h"

#include <QList>

namespace MeshEntry {

/**
 * Form-style edits spread evenly over a file, chosen before any is timed: a ServiceEntry port
 * number or `app` label, or a WorkloadEntry port or quoted `version` label. Each edit replaces
 * one scalar, so exactly one line of the file changes per edit.
 */
class EditPlan
{
public:
    struct Edit {
        int document = -1;
        YamlPath path;
        YamlValue value;
        int line = -1; ///< 0-based file line expected to change
    };

    /// Plans count edits on distinct documents of file (count <= documentCount()).
    static EditPlan spread(const YamlFile &file, int count, quint64 seed);

    const QList<Edit> &edits() const { return m_edits; }
    /// Why planning failed (a document without the fields the edits target), or empty.
    const QString &error() const { return m_error; }

private:
    bool add(const YamlFile &file, int document, int variant, int choice);

    QList<Edit> m_edits;
    QString m_error;
};

} // namespace MeshEntry
