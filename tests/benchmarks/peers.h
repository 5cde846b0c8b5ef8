#pragma once

#include <QString>

namespace MeshEntry {

/**
 * The peers DESIGN.md section 6 measures MeshEntry against, run in the same benchmark run so
 * that their times and ours share the machine's load: a bare libyaml event pass (a small C
 * program built with the benchmark) and js-yaml's loadAll under node. js-yaml is installed from
 * the npm registry into the build directory the first time; without node or npm it is skipped
 * with a message saying why.
 */
class Peers
{
public:
    /// Finds the programs and installs js-yaml when needed.
    void prepare();

    bool hasFloor() const { return m_floorProblem.isEmpty(); }
    bool hasJsYaml() const { return m_jsYamlProblem.isEmpty(); }
    /// Why a peer cannot run (empty when it can).
    const QString &floorProblem() const { return m_floorProblem; }
    const QString &jsYamlProblem() const { return m_jsYamlProblem; }
    /// What runs: "libyaml 0.2.5", "js-yaml 5.5.0 on node v20.20.2".
    const QString &floorName() const { return m_floorName; }
    const QString &jsYamlName() const { return m_jsYamlName; }

    /// Parse times (seconds, the file already read) of one run; negative with *error on failure.
    double runFloor(const QString &path, QString *error) const;
    double runJsYaml(const QString &path, QString *error) const;

private:
    QString m_floorProblem;
    QString m_jsYamlProblem;
    QString m_floorName;
    QString m_jsYamlName;
    QString m_node;
};

} // namespace MeshEntry
