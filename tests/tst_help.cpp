#include "actionregistry.h"
#include "diagnosticsmodel.h"
#include "diagnosticspanel.h"
#include "fieldreference.h"
#include "fieldtable.h"
#include "formtesthelpers.h"
#include "helpcontroller.h"
#include "helppages.h"
#include "helpwindow.h"
#include "mainwindow.h"
#include "metadatasection.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "portstable.h"
#include "ruleregistry.h"
#include "scalarfield.h"
#include "serviceentryform.h"
#include "workloadentryform.h"
#include "yamleditor.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeView>
#include <QWhatsThisClickedEvent>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::FormTest;

/// The help window and its pages: F1, What's This links, the guide, shortcuts, rules, fields.
class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void upstreamLinksNameIstiosAnchors();
    void f1OnAFieldOpensItsEntry();
    void f1InATableCellOpensTheColumnsField();
    void everyFormControlHasWhatsThisAndF1();
    void whatsThisLinksOpenTheReference();
    void helpMenuOffersGuideShortcutsRulesAndFields();
    void guideCoversTheTopics();
    void shortcutsListEveryKeyOfTheRegistry();
    void rulesReferenceHasEveryRule();
    void aDiagnosticsRuleIdLinksToItsRule();
    void fieldReferenceHasEveryField();
    void keyboardReachesEveryPartOfTheHelpWindow();

private:
    void showDocument(int index);
    void activateMain();
    HelpWindow *helpWindow() const { return m_window->help()->helpWindow(); }

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestHelp::init()
{
    QByteArray text = example();
    // One finding for the Diagnostics panel: a port out of range (line 19).
    text.replace("  - number: 443\n", "  - number: 70000\n");
    const QString path = m_dir.filePath(QStringLiteral("help.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(m_window->openFile(path));
}

void TestHelp::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestHelp::showDocument(int index)
{
    QTreeView *tree = m_window->outlineView()->tree();
    clickRow(
        tree,
        static_cast<OutlineModel *>(tree->model())->documentIndex(m_window->currentFile(), index));
}

void TestHelp::activateMain()
{
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestHelp::upstreamLinksNameIstiosAnchors()
{
    const auto upstream = [](const char *kind, const char *pattern) {
        const QString kindName = QLatin1String(kind);
        const FieldTable *table = FieldTable::forKind(kindName);
        return FieldReference::upstreamUrl(kindName, *table->field(QString::fromLatin1(pattern)))
            .toString();
    };
    const QString istio =
        QStringLiteral("https://istio.io/latest/docs/reference/config/networking/");
    QCOMPARE(upstream("ServiceEntry", "spec.hosts"), istio + "service-entry/#ServiceEntry-hosts");
    QCOMPARE(upstream("ServiceEntry", "spec.hosts[]"), istio + "service-entry/#ServiceEntry-hosts");
    QCOMPARE(upstream("ServiceEntry", "spec.exportTo"),
             istio + "service-entry/#ServiceEntry-export_to");
    QCOMPARE(upstream("ServiceEntry", "spec.workloadSelector.labels.*"),
             istio + "service-entry/#ServiceEntry-workload_selector");
    QCOMPARE(upstream("ServiceEntry", "spec.ports[].targetPort"),
             istio + "service-entry/#ServicePort-target_port");
    QCOMPARE(upstream("ServiceEntry", "spec.endpoints[].serviceAccount"),
             istio + "workload-entry/#WorkloadEntry-service_account");
    QCOMPARE(upstream("WorkloadEntry", "spec.ports.*"),
             istio + "workload-entry/#WorkloadEntry-ports");
    QCOMPARE(upstream("WorkloadEntry", "kind"), istio + "workload-entry/#WorkloadEntry");
    QCOMPARE(upstream("ServiceEntry", "metadata.name"),
             QStringLiteral("https://kubernetes.io/docs/reference/kubernetes-api/"
                            "common-definitions/object-meta/#ObjectMeta"));
    QString kind;
    QString pattern;
    QVERIFY(FieldReference::parseHelpUrl(
        FieldReference::helpUrl(u"ServiceEntry", u"spec.ports[].name"), &kind, &pattern));
    QCOMPARE(kind, QStringLiteral("ServiceEntry"));
    QCOMPARE(pattern, QStringLiteral("spec.ports[].name"));
    QVERIFY(!FieldReference::parseHelpUrl(QUrl(QStringLiteral("https://istio.io/#a")), &kind,
                                          &pattern));
}

void TestHelp::f1OnAFieldOpensItsEntry()
{
    showDocument(0);
    QLineEdit *name = m_window->serviceEntryForm()->metadataSection()->nameField()->lineEdit();
    QTest::mouseClick(name, Qt::LeftButton);
    QCOMPARE(QApplication::focusWidget(), name);
    press(Qt::Key_F1);
    QVERIFY(helpWindow());
    QVERIFY(helpWindow()->isVisible());
    QCOMPARE(helpWindow()->currentUrl().toString(),
             QStringLiteral("meshentry:fields/ServiceEntry#metadata.name"));
    QVERIFY(QTest::qWaitForWindowActive(helpWindow()));
    QTRY_COMPARE(QApplication::focusWidget(), helpWindow()->browser());
    QCOMPARE(helpWindow()->topicList()->currentItem()->text(),
             QStringLiteral("ServiceEntry Fields"));
    QVERIFY(helpWindow()->browser()->toPlainText().contains(
        QStringLiteral("A lowercase DNS-1123 subdomain of at most 253 characters.")));
    // The WorkloadEntry form's fields lead to the WorkloadEntry page.
    activateMain();
    showDocument(2);
    QLineEdit *address = m_window->workloadEntryForm()
                             ->findChild<ScalarField *>(QStringLiteral("spec.address"))
                             ->lineEdit();
    QTest::mouseClick(address, Qt::LeftButton);
    QCOMPARE(QApplication::focusWidget(), address);
    press(Qt::Key_F1);
    QCOMPARE(helpWindow()->currentUrl().toString(),
             QStringLiteral("meshentry:fields/WorkloadEntry#spec.address"));
}

void TestHelp::f1InATableCellOpensTheColumnsField()
{
    showDocument(0);
    QTableWidget *ports = m_window->serviceEntryForm()->portsTable()->table();
    clickRow(ports, ports->model()->index(0, PortsTable::ProtocolColumn));
    QCOMPARE(QApplication::focusWidget(), ports);
    press(Qt::Key_F1);
    QCOMPARE(helpWindow()->currentUrl().toString(),
             QStringLiteral("meshentry:fields/ServiceEntry#spec.ports[].protocol"));
    // In the Diagnostics panel F1 explains the current finding's rule.
    activateMain();
    QTreeView *diagnostics = m_window->diagnosticsPanel()->view();
    QTRY_COMPARE(m_window->diagnosticsModel()->rowCount(), 1);
    clickRow(diagnostics, diagnostics->model()->index(0, DiagnosticsModel::MessageColumn));
    press(Qt::Key_F1);
    QCOMPARE(helpWindow()->currentUrl().toString(),
             QStringLiteral("meshentry:rules#SE-PORT-NUMBER-RANGE"));
    // In the YAML pane, the field under the cursor: line 23 is "  resolution: DNS".
    activateMain();
    YamlEditor *yaml = m_window->yamlEditor();
    QTest::mouseClick(yaml->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(40, 10));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(yaml));
    yaml->setCursorPosition(22, 4);
    QCOMPARE(yaml->text(22), QStringLiteral("  resolution: DNS\n"));
    press(Qt::Key_F1);
    QCOMPARE(helpWindow()->currentUrl().toString(),
             QStringLiteral("meshentry:fields/ServiceEntry#spec.resolution"));
    // Anywhere else it opens the guide.
    activateMain();
    m_window->outlineView()->tree()->setFocus();
    press(Qt::Key_F1);
    QCOMPARE(helpWindow()->currentUrl().toString(), QStringLiteral("meshentry:guide"));
}

void TestHelp::everyFormControlHasWhatsThisAndF1()
{
    for (int document : {0, 2}) {
        showDocument(document);
        QWidget *form = document == 0 ? static_cast<QWidget *>(m_window->serviceEntryForm())
                                      : m_window->workloadEntryForm();
        int checked = 0;
        for (QWidget *widget : form->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(form) || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            // What's This: the widget's own text or an enclosing one (Qt asks the parents).
            QString whatsThis;
            for (QWidget *at = widget; at && whatsThis.isEmpty(); at = at->parentWidget())
                whatsThis = at->whatsThis();
            QVERIFY2(!whatsThis.isEmpty(), qPrintable(widget->objectName()));
            // F1 leads to a field's entry, never to the guide.
            const QUrl url = m_window->help()->contextUrl(widget);
            QString kind;
            QString pattern;
            QVERIFY2(FieldReference::parseHelpUrl(url, &kind, &pattern),
                     qPrintable(url.toString() + u' ' + widget->metaObject()->className()));
            QCOMPARE(kind, document == 0 ? QStringLiteral("ServiceEntry")
                                         : QStringLiteral("WorkloadEntry"));
            QVERIFY2(FieldTable::forKind(kind)->field(pattern), qPrintable(pattern));
            ++checked;
        }
        QVERIFY2(checked > 15, qPrintable(QString::number(checked)));
    }
}

void TestHelp::whatsThisLinksOpenTheReference()
{
    showDocument(0);
    QLineEdit *name = m_window->serviceEntryForm()->metadataSection()->nameField()->lineEdit();
    QVERIFY(name->whatsThis().contains(QStringLiteral(
        "<a href=\"meshentry:fields/ServiceEntry#metadata.name\">Field reference</a>")));
    QVERIFY(name->whatsThis().contains(
        QStringLiteral("object-meta/#ObjectMeta\">Kubernetes reference</a>")));
    // A click on the link in the popup sends this event to the widget.
    QWhatsThisClickedEvent click(QStringLiteral("meshentry:fields/ServiceEntry#metadata.name"));
    QApplication::sendEvent(name, &click);
    QVERIFY(helpWindow() && helpWindow()->isVisible());
    QCOMPARE(helpWindow()->currentUrl().toString(),
             QStringLiteral("meshentry:fields/ServiceEntry#metadata.name"));
}

void TestHelp::helpMenuOffersGuideShortcutsRulesAndFields()
{
    auto *help = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    QStringList ids;
    for (QAction *action : help->actions())
        ids.append(action->isSeparator() ? QStringLiteral("-") : action->objectName());
    QCOMPARE(ids, QStringList({"help.context", "help.guide", "help.shortcuts", "help.rules",
                               "help.fields", "-", "help.whatsThis", "-", "help.about",
                               "help.aboutQt"}));
    QCOMPARE(m_window->actions()->action(QStringLiteral("help.context"))->shortcut(),
             QKeySequence(Qt::Key_F1));
    const struct {
        const char *id;
        const char *url;
    } expected[] = {{"help.guide", "meshentry:guide"},
                    {"help.shortcuts", "meshentry:shortcuts"},
                    {"help.rules", "meshentry:rules"},
                    {"help.fields", "meshentry:fields/ServiceEntry"}};
    for (const auto &entry : expected) {
        m_window->actions()->action(QLatin1String(entry.id))->trigger();
        QCOMPARE(helpWindow()->currentUrl().toString(), QLatin1String(entry.url));
    }
}

void TestHelp::guideCoversTheTopics()
{
    m_window->actions()->action(QStringLiteral("help.guide"))->trigger();
    const QString html = HelpPages::guide(QStringLiteral("en"));
    for (const char *anchor : {"kinds", "hosts", "resolution", "exportto", "selector", "tester"})
        QVERIFY2(html.contains(QStringLiteral("<a name=\"%1\">").arg(QLatin1String(anchor))),
                 anchor);
    const QString text = helpWindow()->browser()->toPlainText();
    QVERIFY(text.startsWith(QStringLiteral("MeshEntry guide")));
    for (const char *words : {"HTTP Host", "SNI", "DNS_ROUND_ROBIN", "MESH_INTERNAL",
                              "root namespace", "Selected workloads", "Request tester"})
        QVERIFY2(text.contains(QLatin1String(words)), words);
    // A language without its own guide gets the English one.
    QCOMPARE(HelpPages::guide(QStringLiteral("xx")), html);
    // German and French have their own, with the same sections.
    for (const char *language : {"de", "fr"}) {
        const QString translated = HelpPages::guide(QLatin1String(language));
        QVERIFY(translated != html);
        for (const char *anchor :
             {"kinds", "hosts", "resolution", "exportto", "selector", "tester", "help"})
            QVERIFY2(translated.contains(
                         QStringLiteral("<a name=\"%1\"></a>").arg(QLatin1String(anchor))),
                     language);
        QVERIFY(translated.contains(QStringLiteral("href=\"meshentry:rules\"")));
    }
    QVERIFY(HelpPages::guide(QStringLiteral("de"))
                .startsWith(QStringLiteral("<h1>MeshEntry-Leitfaden</h1>")));
    // The links inside stay in the window.
    helpWindow()->browser()->setSource(QUrl(QStringLiteral("meshentry:rules")));
    QVERIFY(helpWindow()->browser()->toPlainText().startsWith(QStringLiteral("Rules reference")));
}

void TestHelp::shortcutsListEveryKeyOfTheRegistry()
{
    const ActionRegistry *actions = m_window->actions();
    const QString html = HelpPages(actions).shortcuts();
    int listed = 0;
    for (const QString &id : actions->ids()) {
        for (const QKeySequence &key : actions->action(id)->shortcuts()) {
            QVERIFY2(
                html.contains(QStringLiteral("<b>%1</b>")
                                  .arg(key.toString(QKeySequence::NativeText).toHtmlEscaped())),
                qPrintable(id));
            ++listed;
        }
    }
    QVERIFY(listed > 25);
    QVERIFY(html.contains(QStringLiteral("<tr><td><b>Ctrl+L</b></td><td>Go to Line</td></tr>")));
    QVERIFY(html.contains(QStringLiteral("<tr><td><b>F1</b></td><td>Help on This</td></tr>")));
    // Scoped commands say where they work.
    QVERIFY(html.contains(QStringLiteral("<td>Delete <i>(in Outline)</i></td>")));
    // Undo is listed as Undo, not as the step it would undo now.
    QVERIFY(html.contains(QStringLiteral("<td>Undo</td>")));
    // Commands registered later (a controller's) are listed too, and the page is generated
    // each time.
    m_window->actions()->add(QStringLiteral("test.late"), QStringLiteral("&Late Command…"),
                             {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J)});
    QVERIFY(HelpPages(actions).shortcuts().contains(
        QStringLiteral("<tr><td><b>Ctrl+Alt+J</b></td><td>Late Command</td></tr>")));
}

void TestHelp::rulesReferenceHasEveryRule()
{
    const QString html = HelpPages::rules();
    const QList<Rule> &rules = RuleRegistry::instance().rules();
    const auto asHtml = [](const QString &text) {
        return text.toHtmlEscaped().replace(QRegularExpression(QStringLiteral("`([^`]+)`")),
                                            QStringLiteral("<code>\\1</code>"));
    };
    for (const Rule &rule : rules) {
        QVERIFY2(html.contains(QStringLiteral("<a name=\"%1\"></a><code>%1</code> %2")
                                   .arg(rule.id.toHtmlEscaped(), asHtml(rule.title))),
                 qPrintable(rule.id));
        QVERIFY2(html.contains(asHtml(rule.fix)), qPrintable(rule.id));
    }
    QCOMPARE(html.count(QStringLiteral("<h3><a name=")), rules.size());
    // Backquoted words are shown as code, not with their backquotes.
    QVERIFY(html.contains(QStringLiteral("a second document without its own <code>---</code>")));
    QVERIFY(
        html.contains(QStringLiteral("<code>SE-HOST-FULL-WILDCARD</code> Host <code>*</code>")));
    QCOMPARE(html.count(u'`'), 0);
}

void TestHelp::aDiagnosticsRuleIdLinksToItsRule()
{
    QTreeView *view = m_window->diagnosticsPanel()->view();
    QTRY_COMPARE(m_window->diagnosticsModel()->rowCount(), 1);
    clickRow(view, view->model()->index(0, DiagnosticsModel::RuleColumn));
    QVERIFY(helpWindow() && helpWindow()->isVisible());
    QCOMPARE(helpWindow()->currentUrl().toString(),
             QStringLiteral("meshentry:rules#SE-PORT-NUMBER-RANGE"));
    QCOMPARE(helpWindow()->topicList()->currentItem()->text(), QStringLiteral("Rules Reference"));
    // The page scrolled to the rule: its heading is on screen.
    QTextBrowser *browser = helpWindow()->browser();
    QTextCursor cursor(browser->document());
    do {
        cursor = browser->document()->find(QStringLiteral("SE-PORT-NUMBER-RANGE"), cursor);
    } while (!cursor.isNull() &&
             !cursor.block().text().startsWith(QStringLiteral("SE-PORT-NUMBER-RANGE ")));
    QVERIFY(!cursor.isNull());
    QVERIFY(browser->viewport()->rect().contains(browser->cursorRect(cursor).center()));
    QVERIFY(browser->verticalScrollBar()->value() > 0);
}

void TestHelp::fieldReferenceHasEveryField()
{
    for (const QString &kind : FieldTable::kinds()) {
        const QString html = HelpPages::fields(kind);
        for (const FieldSpec &field : FieldTable::forKind(kind)->fields()) {
            if (field.type == FieldType::Any && field.path.startsWith(QLatin1String("metadata.")))
                continue;
            QVERIFY2(html.contains(QStringLiteral("<a name=\"%1\"></a>").arg(field.path)),
                     qPrintable(field.path));
        }
        QVERIFY(html.contains(
            FieldReference::upstreamUrl(kind, *FieldTable::forKind(kind)->field(u"spec.ports"))
                .toString()));
    }
    QVERIFY(HelpPages::fields(QStringLiteral("ServiceEntry"))
                .contains(QStringLiteral("<p>Values: <code>NONE, STATIC, DNS, DNS_ROUND_ROBIN, "
                                         "DYNAMIC_DNS</code></p>")));
}

void TestHelp::keyboardReachesEveryPartOfTheHelpWindow()
{
    m_window->actions()->action(QStringLiteral("help.guide"))->trigger();
    HelpWindow *help = helpWindow();
    QVERIFY(QTest::qWaitForWindowActive(help));
    QTRY_COMPARE(QApplication::focusWidget(), help->browser());
    // Ctrl+F goes to the find field; Enter finds and selects.
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), help->findField());
    QTest::keyClicks(help->findField(), QStringLiteral("DNS_ROUND_ROBIN"));
    press(Qt::Key_Return);
    QCOMPARE(help->browser()->textCursor().selectedText(), QStringLiteral("DNS_ROUND_ROBIN"));
    // Shift+Tab to the topics; Down opens the next page.
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), help->topicList());
    press(Qt::Key_Down);
    QCOMPARE(help->currentUrl().toString(), QStringLiteral("meshentry:shortcuts"));
    // Back returns to the guide; Escape closes the window.
    press(Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(help->currentUrl().toString(), QStringLiteral("meshentry:guide"));
    press(Qt::Key_Escape);
    QVERIFY(!help->isVisible());
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
