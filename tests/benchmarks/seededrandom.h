#pragma once

#include <QtGlobal>

namespace MeshEntry {

/**
 * SplitMix64: a tiny generator whose output depends only on the seed, unlike the standard
 * distributions, whose results differ between library implementations.
 */
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// A number in [0, bound).
    int below(int bound) { return int(next() % quint64(bound)); }
    /// A number in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int chance) { return below(100) < chance; }
    template <typename T, size_t N> const T &pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }

private:
    quint64 m_state;
};

} // namespace MeshEntry
