#pragma once

#include <QByteArray>
#include <QStringList>

namespace MeshEntry {

class FieldTable;

/**
 * What the YAML pane offers while typing, from the field table of the document's kind: at a
 * key, the names of the fields that belong under the enclosing key (`spec:` offers hosts,
 * ports, resolution…); after `key: `, the values of that field (`resolution: ` offers NONE,
 * STATIC, DNS…). The context comes from the indentation of the lines above, so it works while
 * the document does not parse yet.
 */
class YamlCompletion
{
public:
    struct Offer {
        QString prefix;     ///< the part of the word already typed
        QStringList words;  ///< candidates that continue it, sorted; empty: nothing to offer
        bool value = false; ///< after `key:` rather than at a key
    };

    /// text: the document's text up to the cursor.
    static Offer at(const FieldTable *table, const QByteArray &text);
    /// The field pattern the cursor's line sits under (`spec.ports[]`), for tests.
    static QString parentPattern(const FieldTable *table, const QByteArray &text);
};

} // namespace MeshEntry
