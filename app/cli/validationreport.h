#pragma once

#include "diagnostic.h"
#include "documentinfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace MeshEntry {
class ValidationWorkspace;
}

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

/**
 * The findings of a workspace as `meshentry validate` keeps them until it prints them: each
 * refers to its diagnostic and its document in the workspace instead of copying them (a large
 * file has tens of thousands), and becomes a Finding only while it is written.
 */
class FindingList
{
public:
    struct Ref {
        const Diagnostic *diagnostic = nullptr;
        const DocumentInfo *info = nullptr;
        int file = 0; ///< index in the list's file names
        int line = 0; ///< 1-based, like the columns
        int column = 0;
        int endLine = 0;
        int endColumn = 0;
        bool istio = false; ///< an Istio kind: the outputs name the resource
    };

    /// Every finding of workspace (which must outlive the list and not change), sorted as
    /// lessThan sorts Findings; defaultNamespace for documents without one.
    static FindingList collect(const ValidationWorkspace &workspace,
                               const QString &defaultNamespace);

    qsizetype size() const { return m_refs.size(); }
    const Ref &ref(qsizetype i) const { return m_refs[i]; }
    /// Finding i with everything the outputs print.
    Finding at(qsizetype i) const;

    /// As ValidationReport::text(), json() and sarif() print the same findings.
    QByteArray text(int files) const;
    void json(const std::function<void(const QByteArray &)> &out) const;
    QByteArray sarif() const;

private:
    QStringList m_fileNames;
    QString m_defaultNamespace;
    QList<Ref> m_refs;
};

/// `FILE:LINE:COL: severity: RULE: message [Kind ns/name]` lines and a summary line.
QByteArray text(const QList<Finding> &findings, int files);
/// The JSON array of README.md's `--output json`.
QByteArray json(const QList<Finding> &findings);
/// The same handed to out in pieces of about a megabyte, so that the whole never sits in memory.
void json(const QList<Finding> &findings, const std::function<void(const QByteArray &)> &out);
/// A SARIF 2.1.0 log with the rules that fired.
QByteArray sarif(const QList<Finding> &findings);

} // namespace MeshEntry::ValidationReport
