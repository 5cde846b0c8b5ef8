#pragma once

#include <QString>

namespace MeshEntry {

/// Prints the benchmark's figures one per line, each with its budget and OK/OVER, and counts
/// figures over budget and failed checks for the exit code.
class BenchReport
{
public:
    void section(const QString &title);
    /// A figure with a budget: OK when measured <= limit.
    void budget(const QString &label, double measured, double limit, const QString &value,
                const QString &budgetText);
    /// A figure without a budget of its own.
    void info(const QString &label, const QString &value, const QString &note = QString());
    /// A correctness check: PASS or FAIL.
    void check(const QString &label, bool ok, const QString &detail);

    /// Adds the verdicts of figures printed by another process (the GUI latency run).
    void merge(int overBudget, int failedChecks);

    int overBudget() const { return m_overBudget; }
    int failedChecks() const { return m_failedChecks; }

    static QString seconds(double value, int decimals = 3);
    static QString milliseconds(double value, int decimals = 3);
    static QString megabytes(qint64 bytes, int decimals = 1);
    static QString count(qint64 value);

private:
    void print(const QString &label, const QString &value, const QString &budget,
               const QString &verdict);

    int m_overBudget = 0;
    int m_failedChecks = 0;
};

} // namespace MeshEntry
