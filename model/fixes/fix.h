#pragma once

#include "documentedit.h"
#include "yamlpath.h"
#include "yamlvalue.h"

#include <QByteArray>
#include <QString>

namespace MeshEntry {

/**
 * One way to resolve a finding: set or remove a value, or (where the YAML does not parse)
 * replace the bytes of one scalar. A fix belongs to one document and is applied to its text
 * as one edit, checked like every other edit.
 */
struct Fix {
    enum class Kind { Set, Remove, ReplaceText };

    QString rule;        ///< the finding's rule id
    QString title;       ///< what it writes, as a menu item: `Quote "on"`
    QString consequence; ///< what that means for Istio; empty when the title says it all
    /// One of several fixes for a finding: the user chooses, nothing applies it unasked.
    bool choice = false;
    Kind kind = Kind::Set;
    YamlPath path;       ///< Set and Remove
    YamlValue value;     ///< Set
    qsizetype start = 0; ///< ReplaceText: the bytes [start, end) of the document
    qsizetype end = 0;
    QString text; ///< ReplaceText: what replaces them
    /// The templates of title and consequence (translatedMessage), for displayLabel().
    const char *titleSource = nullptr;
    const char *consequenceSource = nullptr;

    /// The menu text: the title, and the consequence after a dash (English, as the CLI prints it).
    QString label() const;
    /// title and label() in the user's language, for the views.
    QString displayTitle() const;
    QString displayLabel() const;
    /// The document text with the fix applied, or why it cannot be.
    DocumentEdit apply(const QByteArray &documentText) const;
    bool operator==(const Fix &o) const
    {
        return rule == o.rule && title == o.title && kind == o.kind && path == o.path &&
               value == o.value && start == o.start && end == o.end && text == o.text;
    }
};

} // namespace MeshEntry
