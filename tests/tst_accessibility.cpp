#include "actionregistry.h"
#include "colorscheme.h"
#include "diagnosticsmodel.h"
#include "dockpanels.h"
#include "formtesthelpers.h"
#include "helpcontroller.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "severitycolors.h"
#include "yamleditor.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QDockWidget>
#include <QSet>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::FormTest;

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlHasAnAccessibleNameAndDescription();
    void keyboardAloneReachesEveryPanel();
    void diagnosticColoursMeetWcagAaInLightAndDark();
    void severitiesAreNotToldByColourAlone();

private:
    QStringList unnamedControls(QWidget *root) const;
    void showDocument(int index);

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestAccessibility::init()
{
    const QString path = m_dir.filePath(QStringLiteral("a11y.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(example());
    file.close();
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(m_window->openFile(path));
}

void TestAccessibility::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestAccessibility::showDocument(int index)
{
    QTreeView *tree = m_window->outlineView()->tree();
    clickRow(
        tree,
        static_cast<OutlineModel *>(tree->model())->documentIndex(m_window->currentFile(), index));
}

QStringList TestAccessibility::unnamedControls(QWidget *root) const
{
    QStringList missing;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // A spin box's editor is part of the spin box's accessible object.
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString what =
            QStringLiteral("%1 '%2' in %3")
                .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                     widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
        if (!accessible) {
            missing.append(what + QStringLiteral(": no interface"));
            continue;
        }
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            missing.append(what + QStringLiteral(": no name"));
        // Qt's tab bar interface reports no description of its own: the widget's counts.
        QString description = accessible->text(QAccessible::Description);
        if (qobject_cast<QTabBar *>(widget))
            description = widget->accessibleDescription();
        if (description.trimmed().isEmpty())
            missing.append(what + QStringLiteral(": no description (name '") +
                           accessible->text(QAccessible::Name) + QStringLiteral("')"));
    }
    return missing;
}

void TestAccessibility::everyControlHasAnAccessibleNameAndDescription()
{
    QStringList missing;
    for (int document : {0, 2}) {
        showDocument(document);
        missing += unnamedControls(m_window);
    }
    for (const char *id :
         {"requestTester", "visibilityMap", "workloads", "diagnostics", "outline"}) {
        if (QDockWidget *dock = m_window->panels()->dock(QLatin1String(id))) {
            dock->show();
            dock->raise();
            missing += unnamedControls(dock);
        }
    }
    m_window->actions()->action(QStringLiteral("help.guide"))->trigger();
    missing += unnamedControls(m_window->help()->helpWindow());
    missing.removeDuplicates();
    // One line each: a failure message would be cut short.
    for (const QString &line : std::as_const(missing))
        qWarning().noquote() << line;
    QCOMPARE(missing.size(), 0);
}

void TestAccessibility::keyboardAloneReachesEveryPanel()
{
    showDocument(0);
    // Tab round the window (Ctrl+Tab leaves the YAML pane, where Tab indents); on a tab bar of
    // docked panels whose shown panel was visited, Right chooses the next one. Every panel
    // gets the focus on the way, without the mouse.
    QSet<QString> reached;
    for (int step = 0; step < 400 && reached.size() < 5; ++step) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        for (QWidget *at = focus; at; at = at->parentWidget()) {
            if (auto *dock = qobject_cast<QDockWidget *>(at)) {
                reached.insert(dock->windowTitle());
                break;
            }
        }
        if (auto *tabs = qobject_cast<QTabBar *>(focus);
            tabs && reached.contains(tabs->tabText(tabs->currentIndex())) &&
            tabs->currentIndex() + 1 < tabs->count()) {
            press(Qt::Key_Right);
            continue;
        }
        if (focus == static_cast<QWidget *>(m_window->yamlEditor()))
            press(Qt::Key_Tab, Qt::ControlModifier);
        else
            press(Qt::Key_Tab);
        if (QTest::currentTestFailed())
            return;
    }
    QStringList titles = reached.values();
    titles.sort();
    QCOMPARE(titles, QStringList({"Diagnostics", "Outline", "Request Tester", "Selected Workloads",
                                  "Visibility Map"}));
}

void TestAccessibility::diagnosticColoursMeetWcagAaInLightAndDark()
{
    // The formula itself: black on white is 21:1, a colour on itself 1:1.
    QCOMPARE(qRound(SeverityColors::contrast(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(SeverityColors::contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    QCOMPARE(qRound(SeverityColors::contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    const struct {
        const char *name;
        QPalette palette;
    } palettes[] = {{"light", ColorScheme::lightPalette()}, {"dark", ColorScheme::darkPalette()}};
    QStringList failures;
    for (const auto &entry : palettes) {
        for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
            // Text (the Diagnostics panel's rows, alternate rows, tooltips): 4.5:1.
            for (QPalette::ColorRole role :
                 {QPalette::Base, QPalette::AlternateBase, QPalette::ToolTipBase}) {
                const QColor background = entry.palette.color(role);
                const double ratio = SeverityColors::contrast(
                    SeverityColors::text(severity, background), background);
                if (ratio < 4.5)
                    failures.append(QStringLiteral("%1 text %2 on role %3: %4")
                                        .arg(QLatin1String(entry.name))
                                        .arg(int(severity))
                                        .arg(int(role))
                                        .arg(ratio));
            }
            // Marks (squiggles on the text, symbols in the margin): 3:1.
            for (QPalette::ColorRole role : {QPalette::Base, QPalette::AlternateBase}) {
                const QColor background = entry.palette.color(role);
                const double ratio = SeverityColors::contrast(
                    SeverityColors::mark(severity, background), background);
                if (ratio < 3.0)
                    failures.append(QStringLiteral("%1 mark %2 on role %3: %4")
                                        .arg(QLatin1String(entry.name))
                                        .arg(int(severity))
                                        .arg(int(role))
                                        .arg(ratio));
            }
        }
    }
    // Badge numbers on their fill: 4.5:1.
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        const double ratio = SeverityColors::contrast(SeverityColors::badgeText(severity),
                                                      SeverityColors::badgeFill(severity));
        if (ratio < 4.5)
            failures.append(QStringLiteral("badge %1: %2").arg(int(severity)).arg(ratio));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    // The Diagnostics panel uses them: its rows follow the palette in use.
    QApplication::setPalette(ColorScheme::darkPalette());
    QCOMPARE(SeverityColors::text(Severity::Error, QApplication::palette().color(QPalette::Base)),
             QColor(0xff, 0x8a, 0x80));
    QApplication::setPalette(ColorScheme::lightPalette());
    QCOMPARE(SeverityColors::text(Severity::Error, QApplication::palette().color(QPalette::Base)),
             QColor(0xb3, 0x26, 0x1e));
}

void TestAccessibility::severitiesAreNotToldByColourAlone()
{
    QByteArray text = example();
    text.replace("  - number: 443\n", "  - number: 70000\n");
    const QString path = m_dir.filePath(QStringLiteral("finding.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    QVERIFY(m_window->openFile(path));
    DiagnosticsModel *model = m_window->diagnosticsModel();
    const auto portRow = [model] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->at(row).diagnostic.rule == QLatin1String("SE-PORT-NUMBER-RANGE"))
                return row;
        }
        return -1;
    };
    QTRY_VERIFY(portRow() >= 0);
    // The row names its severity in words and with an icon, besides its colour.
    const int row = portRow();
    QCOMPARE(model->index(row, DiagnosticsModel::SeverityColumn).data().toString(),
             QStringLiteral("Error"));
    QVERIFY(model->index(row, DiagnosticsModel::SeverityColumn).data(Qt::DecorationRole).isValid());
    // The outline's badge counts are in the document's tooltip too.
    auto *outline = static_cast<OutlineModel *>(m_window->outlineView()->tree()->model());
    const QString tip =
        outline->documentIndex(m_window->currentFile(), 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(
        tip.contains(QRegularExpression(QStringLiteral("\\n1 error\\(s\\), \\d+ warning\\(s\\)$"))),
        qPrintable(tip));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
