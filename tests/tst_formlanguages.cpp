#include "clusterbatchdialog.h"
#include "clusterdiffdialog.h"
#include "clusterobjectsmodel.h"
#include "editordocument.h"
#include "formtesthelpers.h"
#include "gotolinedialog.h"
#include "kubectldialog.h"
#include "mainwindow.h"
#include "manifestresultsmodel.h"
#include "meshconfig.h"
#include "meshpreferencespage.h"
#include "newdocumentdialog.h"
#include "openfromclusterdialog.h"
#include "preferencesdialog.h"
#include "requesttesterpanel.h"
#include "selectiondiagramdialog.h"
#include "serviceentryform.h"
#include "translations.h"
#include "vminventorydialog.h"
#include "workloadentryform.h"
#include "workloadimportdialog.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>
#include <memory>

using namespace MeshEntry;
using namespace MeshEntry::FormTest;

namespace {

/// The mnemonic letter of a text ("Ann&otations:" → 'o'), 0 for none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size();
         i = text.indexOf(u'&', i + 2)) {
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
    }
    return {};
}

/**
 * The Alt+letter keys that more than one visible control of window answers to: label
 * buddies, buttons, check boxes, checkable group boxes, tabs and the menu bar's menus, which
 * all share the window's shortcut map. Each as "Alt+O: Ann&otations:, L&ocation:" (texts
 * sorted), sorted by key.
 */
QStringList mnemonicClashes(QWidget *window)
{
    QMap<QChar, QStringList> owners;
    const auto add = [&owners](const QString &text) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            owners[letter].append(text);
    };
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || widget->window() != window)
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget); group && group->isCheckable())
            add(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        } else if (auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *menu : menuBar->actions())
                add(menu->text());
        }
    }
    if (qEnvironmentVariableIsSet("MNEMONICS_DUMP"))
        qWarning() << owners;
    QStringList clashes;
    for (auto it = owners.begin(); it != owners.end(); ++it) {
        if (it.value().size() < 2)
            continue;
        it.value().sort();
        clashes << QStringLiteral("Alt+%1: %2").arg(it.key().toUpper(), it.value().join(u", "));
    }
    return clashes;
}

/**
 * mnemonicClashes() of window on each page of each of its tab widgets, reached as a user
 * does (a click on the tab): a clash on a later page is as real as one on the first. Each
 * prefixed with the tab's text when it is not on the first page's.
 */
QStringList clashesOnEveryPage(QWidget *window)
{
    QStringList clashes = mnemonicClashes(window);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!tabs->isVisibleTo(window))
            continue;
        QTabBar *bar = tabs->tabBar();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
            if (tabs->currentIndex() != tab) {
                clashes << QStringLiteral("tab %1 does not open").arg(tabs->tabText(tab));
                continue;
            }
            for (const QString &clash : mnemonicClashes(window)) {
                if (!clashes.contains(clash))
                    clashes << tabs->tabText(tab) + QStringLiteral(" page: ") + clash;
            }
        }
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(0).center());
    }
    return clashes;
}

/// A horizontal scroll bar the user would see in a scroll area of window.
QStringList horizontalScrollBars(QWidget *window)
{
    QStringList shown;
    for (QScrollArea *area : window->findChildren<QScrollArea *>()) {
        if (area->isVisibleTo(window) && area->horizontalScrollBar()->isVisible())
            shown << area->objectName() + QStringLiteral(" needs %1 px, has %2")
                                              .arg(area->widget()->minimumSizeHint().width())
                                              .arg(area->viewport()->width());
    }
    return shown;
}

} // namespace

/**
 * In every language: no two visible controls of a form or dialog share a mnemonic, and the
 * forms fit the default window size without a horizontal scroll bar.
 */
class TestFormLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void findsTheClashOfTheOldServiceEntryForm();
    void formsHaveNoClashAndNoHorizontalScrollBar_data();
    void formsHaveNoClashAndNoHorizontalScrollBar();
    void dialogsHaveNoClash_data();
    void dialogsHaveNoClash();
    void requestTesterIsNarrow_data();
    void requestTesterIsNarrow();
    void meshSummaryIsTranslated_data();
    void meshSummaryIsTranslated();

private:
    void useLanguage(const QString &language);

    std::unique_ptr<QTranslator> m_translator;
    QTemporaryDir m_directory;
};

void TestFormLanguages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestFormLanguages::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

void TestFormLanguages::useLanguage(const QString &language)
{
    if (language == u"en")
        return;
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(
        QStringLiteral("meshentry_") + language,
        Translations::searchPath(QStringLiteral(MESHENTRY_BUILD_DIR "/app")).last()));
    QCoreApplication::installTranslator(m_translator.get());
}

void TestFormLanguages::findsTheClashOfTheOldServiceEntryForm()
{
    // The location row and the metadata's annotations row as they were before 0.x: one letter.
    QWidget window;
    auto *layout = new QFormLayout(&window);
    const auto row = [&](const char *text) {
        auto *field = new QLineEdit(&window);
        auto *label = new QLabel(QString::fromUtf8(text), &window);
        label->setBuddy(field);
        layout->addRow(label, field);
    };
    row("Ann&otations:");
    row("&Labels:");
    row("L&ocation:");
    row("&Labels:");
    auto *hidden = new QPushButton(QStringLiteral("&Hidden"), &window);
    layout->addRow(hidden);
    hidden->hide();
    layout->addRow(new QPushButton(QStringLiteral("&Help && more"), &window));
    window.show();
    QCOMPARE(mnemonicClashes(&window),
             QStringList({QStringLiteral("Alt+L: &Labels:, &Labels:"),
                          QStringLiteral("Alt+O: Ann&otations:, L&ocation:")}));
}

void TestFormLanguages::formsHaveNoClashAndNoHorizontalScrollBar_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    // The default size (no settings saved) and the smallest window the README supports.
    for (const QString &language : Translations::available()) {
        QTest::newRow(qPrintable(language)) << language << QSize();
        QTest::newRow(qPrintable(language + QStringLiteral(" 1024x700")))
            << language << QSize(1024, 700);
    }
}

void TestFormLanguages::formsHaveNoClashAndNoHorizontalScrollBar()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    useLanguage(language);
    const QString path = m_directory.filePath(QStringLiteral("forms.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(example());
    // Every table of the ServiceEntry form filled: inline endpoints with their own ports and
    // labels, and (in a second document) a workload selector.
    file.write(R"(---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: api-b
  namespace: payments
  labels:
    team: payments-platform
spec:
  hosts: [api.example.com]
  location: MESH_EXTERNAL
  resolution: STATIC
  endpoints:
  - address: 10.0.0.1
    ports: {https: 8443}
    labels: {version: v1}
    network: network-1
    locality: europe-west1/zone-b
    weight: 10
    serviceAccount: api-backend
  ports:
  - number: 443
    name: https
    protocol: HTTPS
    targetPort: 8443
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: api-c
  namespace: payments
spec:
  hosts: [api-c.payments.svc]
  location: MESH_INTERNAL
  resolution: STATIC
  workloadSelector:
    labels: {app: api-c, version: v2}
  ports:
  - number: 8080
    name: http
    protocol: HTTP
)");
    file.close();
    QSettings().clear();
    if (size.isValid()) {
        // A window that starts at the smaller size, as after the user left it at that size.
        MainWindow small;
        small.resize(size);
        QSettings().setValue(QStringLiteral("window/geometry"), small.saveGeometry());
    }
    MainWindow window; // otherwise at its default layout: no settings saved
    QSettings().clear();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), size.isValid() ? size : QSize(1400, 900));
    QVERIFY(window.openFile(path));
    const int count = window.currentFile()->file().documentCount();
    QCOMPARE(window.currentFile()->file().document(count - 2).info().name, QStringLiteral("api-b"));
    // Document 0 is a ServiceEntry, 2 a WorkloadEntry, the last two the ServiceEntries above.
    for (const int document : {0, 2, count - 2, count - 1}) {
        window.setCurrent(window.currentFile(), document);
        QWidget *form = document == 2 ? static_cast<QWidget *>(window.workloadEntryForm())
                                      : window.serviceEntryForm();
        QTRY_VERIFY(form->isVisible());
        QTest::qWait(50);
        QStringList clashes = mnemonicClashes(&window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
        QTRY_VERIFY2(horizontalScrollBars(form).isEmpty(),
                     qPrintable(QStringLiteral("document %1: ").arg(document) +
                                horizontalScrollBars(form).join(QStringLiteral("; "))));
        // The panels tabbed behind others (the Request tester) share the window's keys too.
        for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            dock->show();
            dock->raise();
            clashes = mnemonicClashes(&window);
            QVERIFY2(clashes.isEmpty(), qPrintable(dock->objectName() + QStringLiteral(": ") +
                                                   clashes.join(QStringLiteral("; "))));
        }
    }
}

void TestFormLanguages::dialogsHaveNoClash_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Translations::available())
        QTest::newRow(qPrintable(language)) << language;
}

void TestFormLanguages::dialogsHaveNoClash()
{
    QFETCH(QString, language);
    useLanguage(language);
    ManifestResultsModel results;
    ClusterObjectsModel objects;
    std::vector<std::unique_ptr<QWidget>> dialogs;
    // With the page the window adds when it opens the dialog.
    auto *preferences = new PreferencesDialog;
    preferences->addPage(new MeshPreferencesPage(QByteArray(), QString()),
                         QCoreApplication::translate("MeshEntry::MeshSettingsController", "Mesh"));
    dialogs.emplace_back(preferences);
    dialogs.emplace_back(new GoToLineDialog(1, 40));
    dialogs.emplace_back(new NewDocumentDialog(QStringLiteral("mesh.yaml")));
    dialogs.emplace_back(new KubectlDialog);
    dialogs.emplace_back(new ClusterDiffDialog);
    dialogs.emplace_back(new OpenFromClusterDialog(&objects));
    dialogs.emplace_back(new VmInventoryDialog(QStringLiteral("default"), {}));
    dialogs.emplace_back(new WorkloadImportDialog(QStringLiteral("mesh.yaml")));
    dialogs.emplace_back(new SelectionDiagramDialog);
    dialogs.emplace_back(new ClusterBatchDialog(ClusterBatchDialog::Mode::Apply, &results));
    dialogs.emplace_back(new ClusterBatchDialog(ClusterBatchDialog::Mode::Delete, &results));
    QStringList clashes;
    for (const auto &dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        for (const QString &clash : clashesOnEveryPage(dialog.get()))
            clashes << QLatin1String(dialog->metaObject()->className()) + u' ' + clash;
        dialog->hide();
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

void TestFormLanguages::requestTesterIsNarrow_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Translations::available())
        QTest::newRow(qPrintable(language)) << language;
}

void TestFormLanguages::requestTesterIsNarrow()
{
    // The Request tester shares the window's right side with other panels: its minimum width
    // must leave the ServiceEntry form room in a 1024-pixel window in every language.
    QFETCH(QString, language);
    useLanguage(language);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *panel = window.findChild<RequestTesterPanel *>();
    QVERIFY(panel);
    panel->urlField()->setFocus();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("https://api.example.com"));
    QTest::qWait(50);
    QVERIFY2(panel->minimumSizeHint().width() <= 320,
             qPrintable(QStringLiteral("%1 px").arg(panel->minimumSizeHint().width())));
}

void TestFormLanguages::meshSummaryIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("summary");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("outbound REGISTRY_ONLY"),
                                       QStringLiteral("default exportTo [.]")};
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringList{QStringLiteral("ausgehend REGISTRY_ONLY"),
                                       QStringLiteral("Standard-exportTo [.]")};
    QTest::newRow("fr") << QStringLiteral("fr")
                        << QStringList{QStringLiteral("sortant REGISTRY_ONLY"),
                                       QStringLiteral("exportTo par défaut [.]")};
}

void TestFormLanguages::meshSummaryIsTranslated()
{
    // The Request tester and the status bar show it: words in the window's language, values
    // as Istio spells them.
    QFETCH(QString, language);
    QFETCH(QStringList, summary);
    useLanguage(language);
    MeshConfig mesh;
    mesh.outboundMode = MeshConfig::OutboundMode::RegistryOnly;
    mesh.defaultServiceExportTo = {QStringLiteral(".")};
    QCOMPARE(mesh.summary(), summary);
}

int main(int argc, char **argv)
{
    // A screen of 1600×1000 (xgui's), on which the window opens at its default 1400×900.
    QTemporaryDir directory;
    const QString config = directory.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [{"name": "default", "x": 0, "y": 0, "width": 1600,
                                "height": 1000, "logicalDpi": 96, "logicalBaseDpi": 96,
                                "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication application(argc, argv);
    TestFormLanguages test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_formlanguages.moc"
