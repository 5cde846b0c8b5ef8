#include "benchmark.h"
#include "guilatency.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace MeshEntry;

int main(int argc, char *argv[])
{
    if (GuiLatency::isChildRun(argc, argv))
        return GuiLatency::runChild(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meshentry-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generates the seeded benchmark file of DESIGN.md section 6 (20,000 ServiceEntries "
        "interleaved with 20,000 WorkloadEntries, about 25 MB), then times open, full parse, "
        "1,000 form edits, save and the editor window's latencies (offscreen, driven by real mouse "
        "and key "
        "events) against the budgets, and checks that nothing but the edited "
        "lines changed. Exit code 0 when every figure is within budget and every check passes."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Use 4,000 documents for a fast smoke run."));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the generated file (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption keep(
        QStringLiteral("keep"),
        QStringLiteral("Write the benchmark file to PATH and keep it, with the edited and saved "
                       "copy as PATH.saved (default: a temporary directory, removed)."),
        QStringLiteral("PATH"));
    parser.addOptions({quick, seed, keep});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "meshentry-bench: unexpected argument %s\n",
                     qPrintable(parser.positionalArguments().first()));
        return 64;
    }

    Benchmark::Options options;
    bool seedOk = false;
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk) {
        std::fprintf(stderr, "meshentry-bench: --seed needs a non-negative integer\n");
        return 64;
    }
    if (parser.isSet(quick))
        options.documents = 4000;
    options.keepPath = parser.value(keep);
    return Benchmark(options).run();
}
