#pragma once

#include "seededrandom.h"

#include <QByteArray>

namespace MeshEntry {

/**
 * Writes the benchmark file of DESIGN.md §6: ServiceEntries interleaved with WorkloadEntries,
 * with comments on every document, 1–4 hosts and ports, varying labels, about 20 % flow-style
 * ports and 50 % flow exportTo, quoted strings, about 25 % literal-block annotations and blank
 * lines. The same seed always gives the same bytes.
 */
class BenchFileGenerator
{
public:
    explicit BenchFileGenerator(quint64 seed);

    /// documentCount documents, ServiceEntry first, then alternating.
    QByteArray generate(int documentCount);

private:
    void serviceEntry(int number);
    void workloadEntry(int number);
    void metadata(const QByteArray &name, const QByteArray &service, int number);
    void annotations(const QByteArray &kind, const QByteArray &service, int number);
    void line(int indent, const QByteArray &text);

    SeededRandom m_random;
    quint64 m_seed;
    QByteArray m_out;
    QByteArray m_service; ///< of the last ServiceEntry; its WorkloadEntry is the VM behind it
};

} // namespace MeshEntry
