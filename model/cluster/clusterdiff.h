#pragma once

#include "yamlvalue.h"

#include <QByteArray>
#include <QList>

namespace MeshEntry {

struct Manifest;

/**
 * The three versions of one object that a diff compares: the document as it will be sent,
 * the live object and the server's dry-run result, as YAML with the keys ordered like the
 * document so that only real differences show.
 */
namespace ClusterDiff {

struct Sides {
    QByteArray file;
    QByteArray live; ///< empty when the object does not exist
    QByteArray merged;
};

/// hideServerFields drops what the server keeps for itself (managedFields, uid,
/// resourceVersion, generation, creationTimestamp, status).
Sides sides(const YamlValue &document, const QByteArray &liveJson, const QByteArray &mergedJson,
            bool hideServerFields);

/// kubectl diff's output for one object: a unified diff of the live object and the dry-run
/// result (managedFields hidden), headed `diff -u -N LIVE/<name> MERGED/<name>`. Empty when
/// they are equal.
QByteArray kubectlStyle(const Manifest &manifest, const QByteArray &liveJson,
                        const QByteArray &mergedJson);

/// One row of a side-by-side view: a line on the left, on the right, or both.
struct Row {
    enum class Kind { Same, Changed, Removed, Added };
    Kind kind = Kind::Same;
    int left = -1; ///< 0-based line of the left text, -1 for a gap
    int right = -1;
};

/// Pairs the lines of two texts for a side-by-side view: removed lines next to the added
/// lines that replace them, gaps where one side has nothing.
QList<Row> align(const QByteArray &left, const QByteArray &right);

} // namespace ClusterDiff
} // namespace MeshEntry
