#include "vminventorycsv.h"

#include "documentvalidator.h"
#include "fragmentwriter.h"
#include "yamlfile.h"

#include <algorithm>

namespace MeshEntry {

namespace {

/// Splits CSV text into records of fields; each record remembers its first line.
bool records(const QByteArray &text, QList<std::pair<int, QStringList>> *out, QString *error)
{
    const QString csv = QString::fromUtf8(text);
    QStringList fields;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    int recordLine = 1;
    const auto endField = [&] {
        fields.append(wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = fields.size() == 1 && fields.first().isEmpty();
        if (!blank)
            out->append({recordLine, fields});
        fields.clear();
    };
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            wasQuoted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < csv.size() && csv.at(i + 1) == u'\n')
                ++i;
            endRecord();
            recordLine = ++line;
        } else {
            field.append(c);
        }
    }
    if (quoted) {
        *error = QStringLiteral("line %1: a quoted field is not closed").arg(recordLine);
        return false;
    }
    if (!field.isEmpty() || !fields.isEmpty())
        endRecord();
    return true;
}

} // namespace

const QStringList &VmInventoryCsv::columns()
{
    static const QStringList names = {QStringLiteral("name"),           QStringLiteral("namespace"),
                                      QStringLiteral("address"),        QStringLiteral("labels"),
                                      QStringLiteral("serviceAccount"), QStringLiteral("network"),
                                      QStringLiteral("locality"),       QStringLiteral("weight")};
    return names;
}

bool VmInventoryCsv::parse(const QByteArray &text, const QString &defaultNamespace,
                           QList<Row> *rows, QString *error)
{
    QList<std::pair<int, QStringList>> found;
    if (!records(text, &found, error))
        return false;
    if (found.isEmpty()) {
        *error = QStringLiteral("the file holds no rows");
        return false;
    }
    // A header names the columns; without one they are in the documented order.
    QList<int> order;
    for (int i = 0; i < columns().size(); ++i)
        order.append(i);
    const QStringList &first = found.first().second;
    const bool header = std::any_of(columns().cbegin(), columns().cend(), [&](const QString &c) {
        return c.compare(first.value(0), Qt::CaseInsensitive) == 0;
    });
    if (header) {
        order.clear();
        for (const QString &heading : first) {
            int column = -1;
            for (int i = 0; i < columns().size(); ++i) {
                if (columns()[i].compare(heading.trimmed(), Qt::CaseInsensitive) == 0)
                    column = i;
            }
            if (column < 0) {
                *error = QStringLiteral("line 1: unknown column %1 (expected %2)")
                             .arg(heading, columns().join(QStringLiteral(", ")));
                return false;
            }
            order.append(column);
        }
        found.removeFirst();
        // The fuzz input crash-6ae99955…: a header alone is a file of no rows, not an import
        // of nothing.
        if (found.isEmpty()) {
            *error = QStringLiteral("the file holds a header and no rows");
            return false;
        }
    }
    for (const auto &[line, fields] : std::as_const(found)) {
        Row row;
        row.line = line;
        QStringList cells(columns().size());
        for (int i = 0; i < fields.size(); ++i) {
            if (i < order.size())
                cells[order[i]] = fields[i];
        }
        if (fields.size() > order.size())
            row.errors.append(QStringLiteral("%1 fields, expected at most %2")
                                  .arg(fields.size())
                                  .arg(order.size()));
        row.name = cells[0];
        row.namespaceName = cells[1].isEmpty() ? defaultNamespace : cells[1];
        row.address = cells[2];
        row.serviceAccount = cells[4];
        row.network = cells[5];
        row.locality = cells[6];
        row.weight = cells[7];
        for (const QString &pair : cells[3].split(u';', Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(u'=');
            const QString key = pair.left(equals).trimmed();
            if (equals < 0 || key.isEmpty()) {
                row.errors.append(QStringLiteral("label %1 is not key=value").arg(pair.trimmed()));
                continue;
            }
            row.labels.insert(key, pair.mid(equals + 1).trimmed());
        }
        if (row.name.isEmpty())
            row.errors.append(QStringLiteral("the name is empty"));
        bool number = true;
        if (!row.weight.isEmpty())
            row.weight.toUInt(&number);
        if (!number)
            row.errors.append(QStringLiteral("weight %1 is not a number").arg(row.weight));
        rows->append(row);
    }
    return true;
}

YamlValue VmInventoryCsv::workloadEntry(const Row &row)
{
    QList<YamlValue::Entry> spec;
    if (!row.address.isEmpty())
        spec.append({QStringLiteral("address"), YamlValue::string(row.address)});
    if (!row.labels.isEmpty()) {
        QList<YamlValue::Entry> labels;
        for (auto it = row.labels.cbegin(); it != row.labels.cend(); ++it)
            labels.append({it.key(), YamlValue::string(it.value())});
        spec.append({QStringLiteral("labels"), YamlValue::mapping(labels)});
    }
    if (!row.serviceAccount.isEmpty())
        spec.append({QStringLiteral("serviceAccount"), YamlValue::string(row.serviceAccount)});
    if (!row.network.isEmpty())
        spec.append({QStringLiteral("network"), YamlValue::string(row.network)});
    if (!row.locality.isEmpty())
        spec.append({QStringLiteral("locality"), YamlValue::string(row.locality)});
    if (!row.weight.isEmpty())
        spec.append({QStringLiteral("weight"), YamlValue::plain(row.weight)});
    return YamlValue::mapping(
        {{QStringLiteral("apiVersion"),
          YamlValue::string(QStringLiteral("networking.istio.io/v1"))},
         {QStringLiteral("kind"), YamlValue::string(QStringLiteral("WorkloadEntry"))},
         {QStringLiteral("metadata"),
          YamlValue::mapping(
              {{QStringLiteral("name"), YamlValue::string(row.name)},
               {QStringLiteral("namespace"), YamlValue::string(row.namespaceName)}})},
         {QStringLiteral("spec"), YamlValue::mapping(spec)}});
}

QByteArray VmInventoryCsv::documents(const QList<Row> &rows, const QByteArray &lineEnding)
{
    const FragmentWriter writer;
    QByteArray out;
    for (const Row &row : rows) {
        out += "---" + lineEnding;
        out +=
            writer.blockLines(workloadEntry(row), 0).join(QString::fromLatin1(lineEnding)).toUtf8();
        out += lineEnding;
    }
    return out;
}

void VmInventoryCsv::validate(QList<Row> *rows, const QSet<QString> &existingNames)
{
    QHash<QString, int> seen;
    for (Row &row : *rows) {
        const QString fullName = row.namespaceName + u'/' + row.name;
        if (existingNames.contains(fullName))
            row.errors.append(
                QStringLiteral("WorkloadEntry %1 already exists in the file").arg(fullName));
        if (seen.contains(fullName))
            row.errors.append(QStringLiteral("WorkloadEntry %1 is also on line %2")
                                  .arg(fullName)
                                  .arg(seen.value(fullName)));
        else
            seen.insert(fullName, row.line);
        if (row.name.isEmpty())
            continue;
        // The editor's own validator judges the document the row becomes.
        const YamlFile file = YamlFile::fromBytes(documents({row}, "\n"));
        for (const Diagnostic &diagnostic :
             DocumentValidator::validate(file.document(0), ValidationOptions()).diagnostics) {
            const QString text = diagnostic.rule + QStringLiteral(": ") + diagnostic.message;
            if (diagnostic.severity == Severity::Error)
                row.errors.append(text);
            else if (diagnostic.severity == Severity::Warning)
                row.warnings.append(text);
        }
    }
}

} // namespace MeshEntry
