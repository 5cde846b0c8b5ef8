#include "benchreport.h"

#include <QLocale>
#include <cstdio>

namespace MeshEntry {

void BenchReport::print(const QString &label, const QString &value, const QString &budget,
                        const QString &verdict)
{
    QString line = QStringLiteral("  %1 %2 %3 %4")
                       .arg(label, -48)
                       .arg(value, -44)
                       .arg(budget, -19)
                       .arg(verdict);
    while (line.endsWith(u' '))
        line.chop(1);
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

void BenchReport::section(const QString &title)
{
    std::printf("\n[%s]\n", qPrintable(title));
}

void BenchReport::budget(const QString &label, double measured, double limit, const QString &value,
                         const QString &budgetText)
{
    const bool ok = measured <= limit;
    if (!ok)
        ++m_overBudget;
    print(label, value, QStringLiteral("budget ≤ ") + budgetText,
          ok ? QStringLiteral("OK") : QStringLiteral("OVER"));
}

void BenchReport::info(const QString &label, const QString &value, const QString &note)
{
    print(label, value, note, QString());
}

void BenchReport::check(const QString &label, bool ok, const QString &detail)
{
    if (!ok)
        ++m_failedChecks;
    print(label, detail, QString(), ok ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
}

void BenchReport::merge(int overBudget, int failedChecks)
{
    m_overBudget += overBudget;
    m_failedChecks += failedChecks;
}

QString BenchReport::seconds(double value, int decimals)
{
    return QString::number(value, 'f', decimals) + QStringLiteral(" s");
}

QString BenchReport::milliseconds(double value, int decimals)
{
    return QString::number(value, 'f', decimals) + QStringLiteral(" ms");
}

QString BenchReport::megabytes(qint64 bytes, int decimals)
{
    return QString::number(double(bytes) / 1e6, 'f', decimals) + QStringLiteral(" MB");
}

QString BenchReport::count(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

} // namespace MeshEntry
