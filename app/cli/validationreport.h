#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace MeshEntry::ValidationReport {

/// One finding with everything the outputs print.
struct Finding {
    Diagnostic diagnostic;
    QString file;
    int line = 0; ///< 1-based, like the columns
    int column = 0;
    int endLine = 0;
    int endColumn = 0;
    QString kind; ///< empty for documents of other kinds
    QString namespaceName;
    QString name;
};

/// By file, line, column, then as diagnosticLessThan.
bool lessThan(const Finding &a, const Finding &b);

/// `FILE:LINE:COL: severity: RULE: message [Kind ns/name]` lines and a summary line.
QByteArray text(const QList<Finding> &findings, int files);
/// The JSON array of README.md's `--output json`.
QByteArray json(const QList<Finding> &findings);
/// The same handed to out in pieces of about a megabyte, so that the whole never sits in memory.
void json(const QList<Finding> &findings, const std::function<void(const QByteArray &)> &out);
/// A SARIF 2.1.0 log with the rules that fired.
QByteArray sarif(const QList<Finding> &findings);

} // namespace MeshEntry::ValidationReport
