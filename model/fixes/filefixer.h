#pragma once

#include "diagnostic.h"
#include "fix.h"
#include "validationoptions.h"
#include "yamlfile.h"

#include <QList>
#include <QStringList>

namespace MeshEntry {

/**
 * Applies every fix that is the only one for its finding to a file, re-validating after each
 * round, until none is left (`meshentry fix`). Findings whose fixes are choices, or whose fix
 * could not be written, are left for the user and reported.
 */
class FileFixer
{
public:
    struct Applied {
        int document = -1;
        Diagnostic finding;    ///< as it was before the fix, span in the text of then
        FilePosition position; ///< where the finding was in the file before the fix
        Fix fix;
    };
    struct Left {
        int document = -1;
        Diagnostic finding;
        QList<Fix> choices; ///< the fixes to choose from; empty when the one fix failed
        QString reason;     ///< why it was not applied
    };
    struct Result {
        QList<Applied> applied;
        QList<Left> left;
    };

    /// Only the fixes of these rules (all when empty).
    explicit FileFixer(ValidationOptions options = {}, QStringList rules = {});

    /// Fixes file in place; name is the file's name in findings.
    Result run(YamlFile *file, const QString &name) const;

private:
    bool wanted(const Diagnostic &finding) const;

    ValidationOptions m_options;
    QStringList m_rules;
};

} // namespace MeshEntry
