#pragma once

#include "yamlpath.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace MeshEntry {

/**
 * A finding shown on a form field. The app converts validation diagnostics to these; the
 * forms add their own when an edit is refused. The field whose path is the longest prefix of
 * path shows it.
 */
struct FieldMessage {
    enum Severity { Error, Warning, Info };

    YamlPath path;
    Severity severity = Error;
    QString ruleId;
    QString text;
    /// The one-click fixes offered for it (menu texts); the app applies the one chosen.
    QStringList fixes = {};

    /// True when path is prefix or lies below it.
    bool isUnder(const YamlPath &prefix) const
    {
        const QList<YamlPath::Segment> &mine = path.segments();
        const QList<YamlPath::Segment> &theirs = prefix.segments();
        if (theirs.size() > mine.size())
            return false;
        for (qsizetype i = 0; i < theirs.size(); ++i) {
            if (!(mine[i] == theirs[i]))
                return false;
        }
        return true;
    }
    bool operator==(const FieldMessage &o) const
    {
        return path == o.path && severity == o.severity && ruleId == o.ruleId && text == o.text &&
               fixes == o.fixes;
    }
};

} // namespace MeshEntry
