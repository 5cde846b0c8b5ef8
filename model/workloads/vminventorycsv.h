#pragma once

#include "yamlvalue.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace MeshEntry {

/**
 * A VM inventory as CSV (`name,namespace,address,labels,serviceAccount,network,locality,weight`,
 * labels as `k=v;k=v`), turned into WorkloadEntries: each row is checked by the same
 * validator as the editor before anything is inserted.
 */
class VmInventoryCsv
{
public:
    struct Row {
        int line = 0; ///< 1-based line in the CSV
        QString name;
        QString namespaceName;
        QString address;
        QMap<QString, QString> labels;
        QString serviceAccount;
        QString network;
        QString locality;
        QString weight;       ///< as written; empty: unset
        QStringList errors;   ///< the row is not inserted while it has any
        QStringList warnings; ///< validator warnings; the row is inserted

        bool ok() const { return errors.isEmpty(); }
    };

    static const QStringList &columns();

    /**
     * Reads CSV text (RFC 4180 quoting; an optional header row names the columns in any
     * order). Rows without a namespace get defaultNamespace. Problems with a row's own cells
     * go to its errors; false with *error when the text is no CSV of these columns at all.
     */
    static bool parse(const QByteArray &text, const QString &defaultNamespace, QList<Row> *rows,
                      QString *error);
    /// Runs the validator on each row's WorkloadEntry, and flags names used twice in the CSV
    /// or already present (as `namespace/name`) in existingNames.
    static void validate(QList<Row> *rows, const QSet<QString> &existingNames);
    /// The WorkloadEntry a row describes.
    static YamlValue workloadEntry(const Row &row);
    /// The rows' WorkloadEntries as YAML documents, each after a `---` line.
    static QByteArray documents(const QList<Row> &rows, const QByteArray &lineEnding);
};

} // namespace MeshEntry
