#include "guilatency.h"

#include "benchreport.h"
#include "dockpanels.h"
#include "documentmanager.h"
#include "editordocument.h"
#include "fileopener.h"
#include "mainwindow.h"
#include "meshsettingscontroller.h"
#include "metadatasection.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "scalarfield.h"
#include "selectionworkspace.h"
#include "serviceentryform.h"
#include "validationbridge.h"
#include "visibilitymapmodel.h"
#include "visibilitymapview.h"
#include "workloadscontroller.h"
#include "yamleditor.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace MeshEntry::GuiLatency {

namespace {

constexpr char childOption[] = "--gui-latency";
constexpr char verdictPrefix[] = "#gui-verdict ";
constexpr double budgetMilliseconds = 50.0;
constexpr double openDialogBudgetMilliseconds = 200.0;
constexpr double idleRssBudgetMegabytes = 250.0;
/// Longer than the YAML pane's pause before it hands typing to the document.
constexpr int settleMilliseconds = YamlEditor::syncDelayMs + 150;

/// Times every event the GUI thread dispatches from the event loop: the longest one is how
/// long the window could not answer.
class MeteredApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_firstPaintOf && !m_firstPaint.isValid() && event->type() == QEvent::Paint &&
            receiver->isWidgetType() &&
            (receiver == m_firstPaintOf ||
             static_cast<QWidget *>(receiver)->window() == m_firstPaintOf))
            m_firstPaint.start();
        if (m_depth++ == 0)
            m_timer.start();
        const int type = event->type();
        // Named before delivery: the event may delete the receiver (DeferredDelete, a slot).
        // A timer or watcher is named by what owns it.
        const char *name = receiver->metaObject()->className();
        const char *owner =
            receiver->parent() ? receiver->parent()->metaObject()->className() : nullptr;
        const bool result = QApplication::notify(receiver, event);
        if (m_depth == 1 && m_timer.nsecsElapsed() > busyEventNs)
            m_lastBusy.start();
        if (m_depth == 1 && verbose() && m_timer.nsecsElapsed() > slowEventNs)
            std::printf("      slow event: %.1f ms in %s%s%s, event type %d\n",
                        double(m_timer.nsecsElapsed()) / 1e6, name, owner ? " of " : "",
                        owner ? owner : "", type);
        if (--m_depth == 0 && m_timer.nsecsElapsed() > m_longest) {
            m_longest = m_timer.nsecsElapsed();
            m_slowest =
                QStringLiteral("%1%2, event type %3")
                    .arg(QLatin1String(name),
                         owner ? QStringLiteral(" of %1").arg(QLatin1String(owner)) : QString())
                    .arg(type);
        }
        return result;
    }

    void resetLongest() { m_longest = 0; }
    /// Starts watching for the first paint of window (or a widget in it).
    void watchFirstPaint(QWidget *window)
    {
        m_firstPaintOf = window;
        m_firstPaint.invalidate();
    }
    /// Milliseconds since the GUI thread last handled an event that took a while.
    qint64 idleMilliseconds() const { return m_lastBusy.isValid() ? m_lastBusy.elapsed() : 0; }
    /// When that paint came (invalid while it has not).
    const QElapsedTimer &firstPaint() const { return m_firstPaint; }
    double longestMilliseconds() const { return double(m_longest) / 1e6; }
    /// Receiver and type of the longest event.
    QString slowest() const { return m_slowest; }

private:
    int m_depth = 0;
    qint64 m_longest = 0;
    QString m_slowest;
    QElapsedTimer m_timer;
    static constexpr qint64 busyEventNs = 2'000'000;
    /// MESHENTRY_BENCH_VERBOSE=2 lists every event longer than this.
    static constexpr qint64 slowEventNs = 30'000'000;
    static bool verbose()
    {
        static const bool on = qEnvironmentVariableIntValue("MESHENTRY_BENCH_VERBOSE") >= 2;
        return on;
    }
    QElapsedTimer m_lastBusy;
    QPointer<QWidget> m_firstPaintOf;
    QElapsedTimer m_firstPaint;
};

/// How long the GUI thread went without running its event loop: a precise timer that should
/// fire every few milliseconds notes the longest gap between two of its ticks.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = qMax(m_longest, m_since.nsecsElapsed());
            m_since.start();
        });
        m_since.start();
        m_timer.start();
    }
    /// The longest gap beyond the timer's own interval, in milliseconds.
    double longestMilliseconds() const
    {
        return qMax(0.0, double(qMax(m_longest, m_since.nsecsElapsed())) / 1e6 - intervalMs);
    }

private:
    static constexpr int intervalMs = 5;
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
};

MeteredApplication *meter()
{
    return static_cast<MeteredApplication *>(QCoreApplication::instance());
}

/// Lets timers and posted events run (the pane's pause, deferred refreshes) for ms.
void settle(int ms = settleMilliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

/// The longest event of one user action and what follows it.
template <typename Action> double measure(Action action)
{
    settle(30);
    meter()->resetLongest();
    action();
    settle();
    // MESHENTRY_BENCH_VERBOSE=1 names the event each action's figure comes from.
    static const bool verbose = qEnvironmentVariableIsSet("MESHENTRY_BENCH_VERBOSE");
    if (verbose)
        std::printf("    %.1f ms in %s\n", meter()->longestMilliseconds(),
                    qPrintable(meter()->slowest()));
    return meter()->longestMilliseconds();
}

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

QString spread(const QList<double> &values)
{
    return QStringLiteral("%1 median, max %2 (%3 actions)")
        .arg(BenchReport::milliseconds(median(values), 1),
             BenchReport::milliseconds(*std::max_element(values.begin(), values.end()), 1))
        .arg(values.size());
}

/// The outline row of a document in whatever model the tree shows.
QModelIndex outlineRow(QTreeView *tree, OutlineModel *outline, EditorDocument *file, int document)
{
    const QModelIndex source = outline->documentIndex(file, document);
    if (auto *proxy = qobject_cast<QAbstractProxyModel *>(tree->model()))
        return proxy->mapFromSource(source);
    return source;
}

int visibleDocuments(QTreeView *tree)
{
    QAbstractItemModel *model = tree->model();
    int count = 0;
    for (int file = 0; file < model->rowCount(); ++file)
        count += model->rowCount(model->index(file, 0));
    return count;
}

class Driver
{
public:
    Driver(const QString &path, BenchReport &report) : m_path(path), m_report(report) {}

    bool run()
    {
        m_window.resize(1600, 1000);
        m_window.show();
        settle(100);
        m_outline = m_window.findChild<OutlineView *>();
        m_outlineModel = m_window.findChild<OutlineModel *>();
        if (!open())
            return false;
        // MESHENTRY_BENCH_ROWS=form,close (select, yaml, form, filter, mesh, map, close) runs
        // only those after the open; MESHENTRY_BENCH_PERF_CTL=FIFO writes perf's "enable" and
        // "disable" around each of them (perf record --control fifo:FIFO -D -1 …).
        const QStringList rows =
            qEnvironmentVariable("MESHENTRY_BENCH_ROWS").split(u',', Qt::SkipEmptyParts);
        const auto row = [&](const char *name, void (Driver::*action)()) {
            if (!rows.isEmpty() && !rows.contains(QLatin1String(name)))
                return;
            profiler("enable\n");
            (this->*action)();
            profiler("disable\n");
        };
        row("select", &Driver::selectDocuments);
        row("yaml", &Driver::typeInYamlPane);
        row("form", &Driver::editForm);
        row("filter", &Driver::filterOutline);
        row("mesh", &Driver::changeMesh);
        row("map", &Driver::showVisibilityMap);
        row("close", &Driver::closeFile);
        return true;
    }

private:
    static void profiler(const char *command)
    {
        static const QByteArray fifo = qgetenv("MESHENTRY_BENCH_PERF_CTL");
        if (fifo.isEmpty())
            return;
        QFile control(QString::fromLocal8Bit(fifo));
        if (control.open(QIODevice::WriteOnly))
            control.write(command);
    }

    /// Opens the file as File > Open does and times it: the first paint of the progress
    /// dialog, the longest time the GUI thread did not run its event loop, the whole open
    /// (until the file is shown and its background work is adopted), and the memory after it.
    bool open()
    {
        DocumentManager *documents = m_window.documents();
        QElapsedTimer timer;
        StallProbe probe;
        meter()->resetLongest();
        timer.start();
        if (!m_window.openFile(m_path)) {
            m_report.check(QStringLiteral("open in the window"), false, m_path);
            return false;
        }
        const FileOpener *opener = documents->currentOpener();
        if (opener)
            meter()->watchFirstPaint(opener->dialog());
        const double firstPaint = [&] {
            while (opener && !meter()->firstPaint().isValid() && timer.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            return double(timer.nsecsElapsed() - meter()->firstPaint().nsecsElapsed()) / 1e6;
        }();
        while ((documents->isOpening() || !m_window.currentFile()) && timer.elapsed() < 600000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        m_file = m_window.currentFile();
        if (!m_file) {
            m_report.check(QStringLiteral("open in the window"), false, m_path);
            return false;
        }
        // Work handed back after the file is shown (workload adoption, the pane's text) ends
        // when the window has had nothing to do for a moment.
        constexpr int quietMs = 500;
        while (meter()->idleMilliseconds() < quietMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const double whole = double(timer.elapsed() - meter()->idleMilliseconds());
        const double stall = probe.longestMilliseconds();
        if (qEnvironmentVariableIsSet("MESHENTRY_BENCH_VERBOSE"))
            std::printf("    longest event while opening: %.1f ms in %s\n",
                        meter()->longestMilliseconds(), qPrintable(meter()->slowest()));
        meter()->watchFirstPaint(nullptr);
        if (opener)
            m_report.budget(QStringLiteral("open: progress dialog painted"), firstPaint,
                            openDialogBudgetMilliseconds, BenchReport::milliseconds(firstPaint, 0),
                            BenchReport::milliseconds(openDialogBudgetMilliseconds, 0));
        else
            m_report.check(QStringLiteral("open: progress dialog painted"), false,
                           QStringLiteral("the file opened without one"));
        m_report.budget(QStringLiteral("open: longest GUI-thread stall"), stall, budgetMilliseconds,
                        BenchReport::milliseconds(stall, 0),
                        BenchReport::milliseconds(budgetMilliseconds, 0));
        m_report.info(QStringLiteral("open: whole, until the window is idle"),
                      BenchReport::milliseconds(whole, 0));
        settle(1000);
        const qint64 rss = residentBytes();
        m_report.budget(QStringLiteral("open: idle RSS"), double(rss) / 1e6, idleRssBudgetMegabytes,
                        BenchReport::megabytes(rss),
                        BenchReport::megabytes(qint64(idleRssBudgetMegabytes * 1e6), 0));
        return true;
    }

    void selectDocuments()
    {
        QTreeView *tree = m_outline->tree();
        QList<double> times;
        int wrong = 0;
        const int count = m_file->file().documentCount();
        for (int i = 0; i < 20; ++i) {
            const int document = (i * 1999 + 7) % count;
            const QModelIndex row = outlineRow(tree, m_outlineModel, m_file, document);
            tree->scrollTo(row);
            settle(30);
            const QPoint at = tree->visualRect(row).center();
            times.append(measure(
                [&] { QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, at); }));
            wrong += m_window.currentDocument() != document;
        }
        m_report.budget(QStringLiteral("select a document (outline click)"),
                        *std::max_element(times.begin(), times.end()), budgetMilliseconds,
                        spread(times), BenchReport::milliseconds(budgetMilliseconds, 0));
        m_report.check(QStringLiteral("clicked document becomes current"), wrong == 0,
                       QStringLiteral("%1 of %2 wrong").arg(wrong).arg(times.size()));
    }

    /// Offset just after `name: …` of a document, where typing extends the name.
    qsizetype endOfName(int document) const
    {
        const QByteArray &text = m_file->file().document(document).text();
        const qsizetype name = text.indexOf("  name: ");
        return m_file->textOffset(document) + text.indexOf('\n', name);
    }

    void typeInYamlPane()
    {
        YamlEditor *pane = m_window.yamlEditor();
        QList<double> times;
        int missed = 0;
        const int count = m_file->file().documentCount();
        for (int i = 0; i < 10; ++i) {
            const int document = (i * 3989 + 11) % count;
            const QString before = m_file->file().document(document).info().name;
            pane->setFocus();
            pane->goToOffset(endOfName(document));
            settle();
            times.append(measure([&] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_X); }));
            missed += m_file->file().document(document).info().name != before + u'x';
        }
        m_report.budget(QStringLiteral("keystroke in the YAML pane (with its sync)"),
                        *std::max_element(times.begin(), times.end()), budgetMilliseconds,
                        spread(times), BenchReport::milliseconds(budgetMilliseconds, 0));
        m_report.check(QStringLiteral("typed names reach the document"), missed == 0,
                       QStringLiteral("%1 of %2 missed").arg(missed).arg(times.size()));
    }

    void editForm()
    {
        QList<double> times;
        int missed = 0;
        for (int i = 0; i < 10; ++i) {
            const int document = ((i * 4001 + 20) % m_file->file().documentCount()) & ~1;
            m_window.setCurrent(m_file, document); // a ServiceEntry: even documents
            settle();
            QLineEdit *name =
                m_window.serviceEntryForm()->metadataSection()->nameField()->lineEdit();
            QTest::mouseClick(name, Qt::LeftButton);
            QTest::keyClick(name, Qt::Key_End);
            settle();
            const QString before = m_file->file().document(document).info().name;
            times.append(measure([&] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y); }));
            missed += m_file->file().document(document).info().name != before + u'y';
        }
        m_report.budget(QStringLiteral("form edit (one keystroke in a field)"),
                        *std::max_element(times.begin(), times.end()), budgetMilliseconds,
                        spread(times), BenchReport::milliseconds(budgetMilliseconds, 0));
        m_report.check(QStringLiteral("form keystrokes reach the document"), missed == 0,
                       QStringLiteral("%1 of %2 missed").arg(missed).arg(times.size()));
    }

    int matching(const QString &text) const
    {
        int count = 0;
        for (const YamlDocument &document : m_file->file().documents()) {
            const DocumentInfo &info = document.info();
            for (const QString *field : {&info.name, &info.namespaceName, &info.kind}) {
                if (field->contains(text, Qt::CaseInsensitive)) {
                    ++count;
                    break;
                }
            }
        }
        return count;
    }

    void filterOutline()
    {
        auto *filter = m_outline->findChild<QLineEdit *>();
        const QByteArray keys = qEnvironmentVariableIsSet("MESHENTRY_BENCH_FILTER")
                                    ? qgetenv("MESHENTRY_BENCH_FILTER")
                                    : QByteArrayLiteral("00042");
        QTest::mouseClick(filter, Qt::LeftButton);
        QList<double> times;
        for (const char key : keys)
            times.append(measure([&] { QTest::keyClick(QApplication::focusWidget(), key); }));
        const int shown = visibleDocuments(m_outline->tree());
        const int expected = matching(QString::fromLatin1(keys));
        for (qsizetype i = 0; i < keys.size(); ++i)
            times.append(
                measure([&] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace); }));
        m_report.budget(QStringLiteral("outline-filter keystroke"),
                        *std::max_element(times.begin(), times.end()), budgetMilliseconds,
                        spread(times), BenchReport::milliseconds(budgetMilliseconds, 0));
        m_report.check(QStringLiteral("filter \"%1\" shows the matching documents")
                           .arg(QString::fromLatin1(keys)),
                       shown == expected,
                       QStringLiteral("%1 shown, %2 match").arg(shown).arg(expected));
        const int all = visibleDocuments(m_outline->tree());
        m_report.check(
            QStringLiteral("cleared filter shows every document"),
            all == m_file->file().documentCount(),
            QStringLiteral("%1 shown of %2").arg(all).arg(m_file->file().documentCount()));
    }

    /// Runs action and what follows it until the window has been idle for a moment (at most
    /// a minute): the longest GUI-thread stall meanwhile, in milliseconds.
    template <typename Action> double stallOf(Action action)
    {
        settle(30);
        StallProbe probe;
        meter()->resetLongest();
        action();
        QElapsedTimer timer;
        timer.start();
        constexpr int quietMs = 500;
        settle(50);
        while (meter()->idleMilliseconds() < quietMs && timer.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (qEnvironmentVariableIsSet("MESHENTRY_BENCH_VERBOSE"))
            std::printf("    longest event: %.1f ms in %s\n", meter()->longestMilliseconds(),
                        qPrintable(meter()->slowest()));
        return probe.longestMilliseconds();
    }

    void stallBudget(const QString &name, double stall)
    {
        m_report.budget(name, stall, budgetMilliseconds, BenchReport::milliseconds(stall, 0),
                        BenchReport::milliseconds(budgetMilliseconds, 0));
    }

    /// Preferences > Mesh: another default exportTo revalidates every document.
    void changeMesh()
    {
        MeshSettingsController *settings = m_window.workloads()->meshSettings();
        MeshConfig mesh = m_window.workloads()->workspace()->mesh();
        // Another value than the saved settings hold: the same one would revalidate nothing.
        const QStringList dot{QStringLiteral(".")};
        mesh.defaultServiceExportTo =
            mesh.defaultServiceExportTo == dot ? QStringList{QStringLiteral("*")} : dot;
        stallBudget(QStringLiteral("mesh settings change: longest GUI-thread stall"),
                    stallOf([&] { settings->setMesh(mesh); }));
        m_report.check(
            QStringLiteral("mesh change reaches validation"),
            m_window.workloads()->workspace()->mesh().defaultServiceExportTo ==
                mesh.defaultServiceExportTo,
            QStringLiteral("default exportTo %1")
                .arg(m_window.workloads()->workspace()->mesh().defaultServiceExportTo.join(u',')));
    }

    /// The Visibility map's dock comes to the front: the map is built for the whole file.
    /// Then an exportTo edit changes what other namespaces see: the map is rebuilt (a worker
    /// orders its rows) and the window waits for the new one.
    void showVisibilityMap()
    {
        QDockWidget *dock = m_window.panels()->dock(QStringLiteral("visibilityMap"));
        auto *map = m_window.findChild<VisibilityMapView *>();
        if (!dock || !map) {
            m_report.check(QStringLiteral("visibility map panel"), false,
                           QStringLiteral("not found"));
            return;
        }
        auto *model = qobject_cast<VisibilityMapModel *>(map->view()->model());
        const auto waitForMap = [&] {
            QElapsedTimer timer;
            timer.start();
            while ((model->isRebuilding() || model->rowCount() == 0) && timer.elapsed() < 60000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        };
        stallBudget(QStringLiteral("show the Visibility map: longest GUI-thread stall"),
                    stallOf([&] {
                        dock->show();
                        dock->raise();
                        waitForMap();
                    }));
        // Document 0, a ServiceEntry of ns-000 exported to itself and istio-system: to ns-001
        // its host is hidden until the edit exports it everywhere.
        const QString host = QStringLiteral("feed-00000-0.identity.example.com");
        const auto cell = [&] {
            const QList<VisibilityMapModel::Row> &rows = model->rows();
            const auto row = std::find_if(rows.cbegin(), rows.cend(), [&](const auto &r) {
                return r.host == host && r.sourceNamespace == QLatin1String("ns-000");
            });
            const int column = int(model->namespaces().indexOf(QStringLiteral("ns-001")));
            if (row == rows.cend() || column < 0)
                return QStringLiteral("(no cell)");
            return VisibilityMapModel::stateName(
                model->cell(int(row - rows.cbegin()), column).state);
        };
        const QString before = cell();
        // The edit's own work (validation, routing) is timed apart from the map's rebuild.
        QElapsedTimer edit;
        edit.start();
        m_file->setValue(0, YamlPath::fromText(QStringLiteral("spec.exportTo")),
                         YamlValue::sequence({YamlValue::string(u"*"_s)}));
        m_report.info(QStringLiteral("exportTo edit itself, before the map's rebuild"),
                      BenchReport::milliseconds(double(edit.elapsed()), 0));
        bool rebuilt = false;
        stallBudget(QStringLiteral("Visibility map rebuilt after it: longest GUI-thread stall"),
                    stallOf([&] {
                        QElapsedTimer timer;
                        timer.start();
                        while (!model->isRebuilding() && timer.elapsed() < 10000)
                            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                        rebuilt = model->isRebuilding();
                        waitForMap();
                    }));
        m_report.check(
            QStringLiteral("the edit reaches the Visibility map"),
            rebuilt && before == VisibilityMapModel::stateName(ServiceVisibility::State::Hidden) &&
                cell() == VisibilityMapModel::stateName(ServiceVisibility::State::Visible),
            QStringLiteral("%1 in ns-001: %2, then %3").arg(host, before, cell()));
    }

    /// File > Close on the whole file (its edits thrown away, as after "Discard").
    void closeFile()
    {
        m_file->undoStack()->setClean();
        DocumentManager *documents = m_window.documents();
        EditorDocument *file = std::exchange(m_file, nullptr);
        bool closed = false;
        stallBudget(QStringLiteral("close the file: longest GUI-thread stall"),
                    stallOf([&] { closed = documents->close(file); }));
        m_report.check(QStringLiteral("file closed"), closed && documents->files().isEmpty(),
                       QStringLiteral("%1 files open").arg(documents->files().size()));
    }

    QString m_path;
    BenchReport &m_report;
    MainWindow m_window;
    OutlineView *m_outline = nullptr;
    OutlineModel *m_outlineModel = nullptr;
    EditorDocument *m_file = nullptr;
};

} // namespace

bool isChildRun(int argc, char *argv[])
{
    return argc == 3 && std::strcmp(argv[1], childOption) == 0;
}

int runChild(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen platform says this for every window that is shown; it is not a finding.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) {
        if (!message.contains(QLatin1String("propagateSizeHints")))
            std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    MeteredApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meshentry-bench-gui"));
    // Settings, recent files and autosaves of a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    BenchReport report;
    int result = 0;
    {
        Driver driver(QString::fromLocal8Bit(argv[2]), report);
        result = driver.run() ? 0 : 1;
    }
    std::printf("%sover=%d failed=%d\n", verdictPrefix, report.overBudget(), report.failedChecks());
    std::fflush(stdout);
    return result || report.overBudget() || report.failedChecks() ? 1 : 0;
}

bool run(const QString &path, BenchReport &report)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(childOption), path});
    if (!child.waitForStarted()) {
        report.check(QStringLiteral("GUI latency run"), false, child.errorString());
        return false;
    }
    int over = 0;
    int failed = -1;
    const auto forward = [&] {
        while (child.canReadLine()) {
            const QByteArray line = child.readLine();
            if (line.startsWith(verdictPrefix)) {
                const QList<QByteArray> fields =
                    line.mid(qsizetype(strlen(verdictPrefix))).trimmed().split(' ');
                over = fields.value(0).mid(5).toInt();
                failed = fields.value(1).mid(7).toInt();
            } else {
                std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
                std::fflush(stdout);
            }
        }
    };
    while (child.state() != QProcess::NotRunning) {
        child.waitForReadyRead(1000);
        forward();
    }
    forward();
    if (failed < 0) {
        report.check(QStringLiteral("GUI latency run"), false,
                     QStringLiteral("the child ended without a verdict (exit code %1)")
                         .arg(child.exitCode()));
        return false;
    }
    report.merge(over, failed);
    return true;
}

} // namespace MeshEntry::GuiLatency
