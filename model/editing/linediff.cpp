#include "linediff.h"

#include <vector>

namespace MeshEntry {

namespace {

enum class Op { Keep, Remove, Add };

struct Edit {
    Op op;
    int line; ///< index into the old lines (Keep, Remove) or the new lines (Add)
};

/// Above this many remembered diagonals the diff gives up on minimality: remove all, add all.
constexpr qsizetype traceBudget = 20'000'000;

QList<Edit> replaceAll(int n, int m)
{
    QList<Edit> script;
    for (int i = 0; i < n; ++i)
        script.append({Op::Remove, i});
    for (int j = 0; j < m; ++j)
        script.append({Op::Add, j});
    return script;
}

/// Shortest edit script between a and b (Myers, O((N+M)·D) time).
QList<Edit> editScript(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = n + m;
    std::vector<int> v(size_t(2 * max + 2), 0);
    std::vector<std::vector<int>> trace;
    int finalD = 0;
    for (int d = 0; d <= max; ++d) {
        if (qsizetype(trace.size() + 1) * qsizetype(v.size()) > traceBudget)
            return replaceAll(n, m);
        trace.push_back(v);
        bool done = false;
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(k - 1 + max)] < v[size_t(k + 1 + max)]))
                        ? v[size_t(k + 1 + max)]
                        : v[size_t(k - 1 + max)] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[size_t(k + max)] = x;
            if (x >= n && y >= m) {
                done = true;
                break;
            }
        }
        if (done) {
            finalD = d;
            break;
        }
    }
    QList<Edit> script;
    int x = n;
    int y = m;
    for (int d = finalD; d > 0; --d) {
        const std::vector<int> &previous = trace[size_t(d)];
        const int k = x - y;
        const bool down =
            k == -d || (k != d && previous[size_t(k - 1 + max)] < previous[size_t(k + 1 + max)]);
        const int previousK = down ? k + 1 : k - 1;
        const int previousX = previous[size_t(previousK + max)];
        const int previousY = previousX - previousK;
        while (x > previousX && y > previousY) {
            script.prepend({Op::Keep, x - 1});
            --x;
            --y;
        }
        if (down)
            script.prepend({Op::Add, y - 1});
        else
            script.prepend({Op::Remove, x - 1});
        x = previousX;
        y = previousY;
    }
    while (x > 0 && y > 0) {
        script.prepend({Op::Keep, x - 1});
        --x;
        --y;
    }
    return script;
}

QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

QByteArray LineDiff::unified(const QByteArray &before, const QByteArray &after,
                             const QByteArray &beforeName, const QByteArray &afterName, int context)
{
    if (before == after)
        return {};
    const QList<QByteArray> a = splitLines(before);
    const QList<QByteArray> b = splitLines(after);
    // Only the stretch between the common first and last lines needs the diff algorithm.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    QList<Edit> script;
    for (qsizetype i = 0; i < head; ++i)
        script.append({Op::Keep, int(i)});
    const QList<Edit> middle =
        editScript(a.mid(head, a.size() - head - tail), b.mid(head, b.size() - head - tail));
    for (const Edit &edit : middle)
        script.append({edit.op, int(edit.line + head)});
    for (qsizetype i = a.size() - tail; i < a.size(); ++i)
        script.append({Op::Keep, int(i)});
    QByteArray out = "--- " + beforeName + "\n+++ " + afterName + "\n";
    qsizetype i = 0;
    while (i < script.size()) {
        if (script[i].op == Op::Keep) {
            ++i;
            continue;
        }
        // A hunk: back up for context, then run until context unchanged lines follow.
        qsizetype start = qMax<qsizetype>(0, i - context);
        qsizetype end = i;
        qsizetype keepRun = 0;
        while (end < script.size() && keepRun <= 2 * context) {
            keepRun = script[end].op == Op::Keep ? keepRun + 1 : 0;
            ++end;
        }
        end = qMin(script.size(), end - qMax<qsizetype>(0, keepRun - context));
        int oldStart = 0;
        int newStart = 0;
        for (qsizetype j = 0; j < start; ++j) {
            oldStart += script[j].op != Op::Add;
            newStart += script[j].op != Op::Remove;
        }
        int oldCount = 0;
        int newCount = 0;
        QByteArray body;
        int oldLine = oldStart;
        int newLine = newStart;
        for (qsizetype j = start; j < end; ++j) {
            switch (script[j].op) {
            case Op::Keep:
                body += ' ' + a[oldLine] + '\n';
                ++oldLine;
                ++newLine;
                ++oldCount;
                ++newCount;
                break;
            case Op::Remove:
                body += '-' + a[oldLine] + '\n';
                ++oldLine;
                ++oldCount;
                break;
            case Op::Add:
                body += '+' + b[newLine] + '\n';
                ++newLine;
                ++newCount;
                break;
            }
        }
        out += "@@ -" + QByteArray::number(oldStart + (oldCount ? 1 : 0)) + ',' +
               QByteArray::number(oldCount) + " +" +
               QByteArray::number(newStart + (newCount ? 1 : 0)) + ',' +
               QByteArray::number(newCount) + " @@\n" + body;
        i = end;
    }
    return out;
}

} // namespace MeshEntry
