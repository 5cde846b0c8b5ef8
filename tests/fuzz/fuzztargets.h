#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace MeshEntry::Fuzz {

/**
 * One fuzz target: feeds arbitrary bytes to a part of the model and checks what must hold
 * whatever the input (no lost byte, a message for every refusal, output that reads back).
 * Returns what went wrong, empty when everything held. A crash or sanitizer report is a
 * failure too. The libFuzzer programs (tests/fuzz/fuzzmain.cpp) and the regression test
 * (tests/tst_fuzzregressions.cpp) run the same functions.
 */
struct Target {
    const char *name; ///< also the folder of its corpus and regressions
    QString (*run)(const QByteArray &input);
};

const QList<Target> &targets();

// The targets, one per input the application reads.
QString documentIndex(const QByteArray &input);  ///< fuzzyaml.cpp
QString edits(const QByteArray &input);          ///< fuzzedits.cpp
QString validator(const QByteArray &input);      ///< fuzzvalidation.cpp
QString meshConfig(const QByteArray &input);     ///< fuzzmesh.cpp
QString kubeconfig(const QByteArray &input);     ///< fuzzcluster.cpp
QString workloadImport(const QByteArray &input); ///< fuzzworkloads.cpp
QString vmInventoryCsv(const QByteArray &input); ///< fuzzworkloads.cpp
QString request(const QByteArray &input);        ///< fuzzrouting.cpp

} // namespace MeshEntry::Fuzz
