#pragma once

namespace MeshEntry {

/// A value read from a document, with the span tree node it came from (-1: absent).
template <typename T> struct Located {
    T value{};
    int node = -1;

    bool present() const { return node >= 0; }
};

} // namespace MeshEntry
