#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>

namespace MeshEntry {

/**
 * A path into a document: `spec.ports[1].number`, `metadata.labels.app`, and keys with dots or
 * slashes quoted: `metadata.annotations["sidecar.istio.io/inject"]`.
 */
class YamlPath
{
public:
    struct Segment {
        QString key;    ///< map key, when index < 0
        int index = -1; ///< sequence index, or -1 for a key
        bool isIndex() const { return index >= 0; }
        bool operator==(const Segment &o) const { return key == o.key && index == o.index; }
    };

    YamlPath() = default;
    explicit YamlPath(QList<Segment> segments) : m_segments(std::move(segments)) {}
    /// Parses text; on a malformed path returns false and sets *error.
    static bool parse(const QString &text, YamlPath *path, QString *error);
    static YamlPath fromText(const QString &text); ///< for literals known to be valid

    const QList<Segment> &segments() const { return m_segments; }
    bool isRoot() const { return m_segments.isEmpty(); }
    int size() const { return int(m_segments.size()); }
    const Segment &last() const { return m_segments.last(); }
    YamlPath parent() const;
    YamlPath key(const QString &key) const;
    YamlPath index(int index) const;
    YamlPath left(int count) const;

    QString toString() const;
    bool operator==(const YamlPath &o) const { return m_segments == o.m_segments; }
    friend size_t qHash(const YamlPath &path, size_t seed = 0)
    {
        for (const Segment &segment : path.m_segments)
            seed = qHashMulti(seed, segment.key, segment.index);
        return seed;
    }

private:
    QList<Segment> m_segments;
};

} // namespace MeshEntry
