#pragma once

#include <QString>

namespace MeshEntry {

class BenchReport;

/**
 * The GUI latencies of DESIGN.md §6: the real editor window, offscreen, on the benchmark
 * file, driven by real mouse and key events. It runs in a child process (this program with
 * --gui-latency PATH) so that its memory and its QApplication stay apart from the other steps.
 * What is timed is the longest single event the GUI thread handled for one user action,
 * including the work that follows it (the YAML pane's sync after its pause, repaints).
 */
namespace GuiLatency {

/// True when the arguments ask for the child run (`--gui-latency PATH`).
bool isChildRun(int argc, char *argv[]);
/// The child run: opens PATH in the window, drives it, prints the figures. Exit code 0 when
/// every figure is within budget and every check passes.
int runChild(int argc, char *argv[]);
/// The benchmark step: runs the child on path and adds its figures and verdicts to report.
bool run(const QString &path, BenchReport &report);

} // namespace GuiLatency

} // namespace MeshEntry
