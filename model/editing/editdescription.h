#pragma once

#include "yamlpath.h"
#include "yamlvalue.h"

#include <QString>

namespace MeshEntry {

class FieldTable;
class YamlDocument;

/**
 * Undo texts that say in words what an edit changed: "Set port 1 number to 70000",
 * "Add host", "Remove workload selector", "Duplicate ledger-vm-1". Field names come from the
 * field table of the document's kind; documents of other kinds get the path's keys.
 */
namespace EditDescription {

/// What a path names: "port 1 number", "label team", "endpoint 2 address".
QString subject(const FieldTable *table, const YamlPath &path);
/// What one item of the list or map at path is called: "host", "port", "label".
QString itemNoun(const FieldTable *table, const YamlPath &path);

QString setValue(const FieldTable *table, const YamlPath &path, const YamlValue &value);
/// A new key in a map, before its value is typed: "Add label".
QString addKey(const FieldTable *table, const YamlPath &path);
QString remove(const FieldTable *table, const YamlPath &path);
QString insertItem(const FieldTable *table, const YamlPath &list);
QString moveItem(const FieldTable *table, const YamlPath &list, int from, int to);
/// from is what the key was called when the rename began.
QString renameKey(const QString &from, const QString &newKey);

/// A document as people name it: its metadata.name, else "document 3".
QString documentName(const YamlDocument &document, int index);

} // namespace EditDescription

} // namespace MeshEntry
