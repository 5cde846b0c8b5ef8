#include "diagnosticsmodel.h"
#include "editordocument.h"
#include "enumfield.h"
#include "formitemdelegate.h"
#include "formtesthelpers.h"
#include "mainwindow.h"
#include "metadatasection.h"
#include "portstable.h"
#include "scalarfield.h"
#include "serviceentryform.h"
#include "stringlisteditor.h"
#include "yamleditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::FormTest;

namespace {

bool hasDiagnostic(const DiagnosticsModel *model, const QString &rule, int line)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->at(row).rules().contains(rule) && model->at(row).line() == line)
            return true;
    }
    return false;
}

} // namespace

/// The editor window end to end: forms, YAML pane, validation and one undo history.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingAHostChangesOnlyItsLine();
    void portOutOfRangeIsFlaggedOnTheFieldAndInTheList();
    void editingTheYamlPaneRefreshesTheForm();
    void resolutionNoneWithSelectorWarns();
    void syntaxErrorOpensWithoutCrashAndShowsTheError();
    void otherKindsOpenAsText();
    void doubleClickedDiagnosticJumpsToLine();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(!example().isEmpty());
}

void TestMainWindow::init()
{
    m_window = new MainWindow;
    m_window->resize(1280, 860);
    m_window->show();
}

void TestMainWindow::cleanup()
{
    // Unsaved test edits are thrown away without the save prompt.
    delete m_window;
    m_window = nullptr;
}

QString TestMainWindow::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestMainWindow::typingAHostChangesOnlyItsLine()
{
    const QByteArray original = example();
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("hosts.yaml"), original)));
    QCOMPARE(m_window->formStack()->currentWidget(), m_window->serviceEntryForm());
    typeInto(m_window->serviceEntryForm()->hostsEditor()->table(), 1, 0,
             QStringLiteral("files.stripe.net"));
    EditorDocument *file = m_window->currentFile();
    QCOMPARE(file->file().bytes(),
             QByteArray(original).replace("  - files.stripe.com\n", "  - files.stripe.net\n"));
    QCOMPARE(m_window->yamlEditor()->bytes(0, m_window->yamlEditor()->length()),
             file->file().bytes());
    QCOMPARE(file->undoStack()->count(), 1);
    file->undoStack()->undo();
    QCOMPARE(file->file().bytes(), original);
    QCOMPARE(m_window->yamlEditor()->bytes(0, m_window->yamlEditor()->length()), original);
}

void TestMainWindow::portOutOfRangeIsFlaggedOnTheFieldAndInTheList()
{
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("port.yaml"), example())));
    QTableWidget *ports = m_window->serviceEntryForm()->portsTable()->table();
    typeInto(ports, 0, PortsTable::NumberColumn, QStringLiteral("70000"));
    QVERIFY(m_window->currentFile()->file().bytes().contains("  - number: 70000\n"));
    // Line 19 of the example holds the first port.
    QTRY_VERIFY(
        hasDiagnostic(m_window->diagnosticsModel(), QStringLiteral("SE-PORT-NUMBER-RANGE"), 19));
    QTRY_VERIFY(hasDiagnostic(m_window->diagnosticsModel(),
                              QStringLiteral("CRD-SE-PORT-NUMBER-RANGE"), 19));
    QTableWidgetItem *cell = ports->item(0, PortsTable::NumberColumn);
    QCOMPARE(cell->data(FormItemDelegate::SeverityRole).toInt(), int(FieldMessage::Error));
    QVERIFY2(
        cell->toolTip().contains(QStringLiteral("port number 70000 must be in the range 1..65535")),
        qPrintable(cell->toolTip()));
    QTRY_COMPARE(m_window->diagnosticsModel()->errorCount(), 1);
}

void TestMainWindow::editingTheYamlPaneRefreshesTheForm()
{
    const QByteArray original = example();
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("pane.yaml"), original)));
    YamlEditor *pane = m_window->yamlEditor();
    pane->goToOffset(original.indexOf("  name: stripe-api") +
                     qsizetype(strlen("  name: stripe-api")));
    QTest::keyClicks(pane, "-eu");
    ScalarField *name = m_window->serviceEntryForm()->metadataSection()->nameField();
    QTRY_COMPARE(name->lineEdit()->text(), QStringLiteral("stripe-api-eu"));
    QCOMPARE(m_window->currentFile()->file().document(0).info().name,
             QStringLiteral("stripe-api-eu"));
    QCOMPARE(pane->cursorOffset(),
             original.indexOf("  name: stripe-api") + qsizetype(strlen("  name: stripe-api-eu")));
}

void TestMainWindow::resolutionNoneWithSelectorWarns()
{
    const QByteArray original = example();
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("none.yaml"), original)));
    m_window->setCurrent(m_window->currentFile(), 1);
    QCOMPARE(m_window->serviceEntryForm()->documentIndex(), 1);
    QVERIFY(!hasDiagnostic(m_window->diagnosticsModel(), QStringLiteral("SE-NONE-SELECTOR"), 46));
    QComboBox *resolution = m_window->serviceEntryForm()->resolutionField()->comboBox();
    const int none = resolution->findData(QStringLiteral("NONE"));
    QVERIFY(none >= 0);
    resolution->setCurrentIndex(none);
    emit resolution->activated(none);
    QVERIFY(m_window->currentFile()->file().bytes().contains("  resolution: NONE\n"));
    // Line 46 of the example holds `workloadSelector:` of the ledger ServiceEntry.
    QTRY_VERIFY(
        hasDiagnostic(m_window->diagnosticsModel(), QStringLiteral("SE-NONE-SELECTOR"), 46));
    QTRY_COMPARE(m_window->diagnosticsModel()->warningCount(), 1);
}

void TestMainWindow::syntaxErrorOpensWithoutCrashAndShowsTheError()
{
    const QByteArray broken = "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n"
                              "metadata:\n  name: broken\nspec:\n  hosts: [a.example.com\n"
                              "---\napiVersion: networking.istio.io/v1\nkind: WorkloadEntry\n"
                              "metadata:\n  name: fine\nspec:\n  address: 10.0.0.1\n";
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("broken.yaml"), broken)));
    EditorDocument *file = m_window->currentFile();
    QCOMPARE(file->file().documentCount(), 2);
    QCOMPARE(file->file().bytes(), broken);
    QTRY_VERIFY(hasDiagnostic(m_window->diagnosticsModel(), QStringLiteral("YAML-SYNTAX"), 7));
    QCOMPARE(m_window->formStack()->currentWidget(), m_window->serviceEntryForm());
    QVERIFY(m_window->serviceEntryForm()->isReadOnly());
    QVERIFY2(m_window->serviceEntryForm()->notice().contains(QStringLiteral("line 7")),
             qPrintable(m_window->serviceEntryForm()->notice()));
    m_window->setCurrent(file, 1);
    QCOMPARE(m_window->formStack()->currentWidget()->metaObject()->className(),
             "MeshEntry::WorkloadEntryForm");
}

void TestMainWindow::otherKindsOpenAsText()
{
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("deploy.yaml"),
                                         "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
                                         "  name: web\n")));
    auto *message = qobject_cast<QLabel *>(m_window->formStack()->currentWidget());
    QVERIFY(message);
    QVERIFY(message->text().contains(QStringLiteral("Deployment")));
}

void TestMainWindow::doubleClickedDiagnosticJumpsToLine()
{
    QByteArray bytes = example();
    bytes.replace("  - number: 443\n", "  - number: 0\n");
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("jump.yaml"), bytes)));
    m_window->setCurrent(m_window->currentFile(), 3);
    int row = -1;
    for (int i = 0; i < m_window->diagnosticsModel()->rowCount(); ++i) {
        if (m_window->diagnosticsModel()->at(i).diagnostic.rule ==
            QLatin1String("SE-PORT-NUMBER-RANGE"))
            row = i;
    }
    QVERIFY(row >= 0);
    m_window->showDiagnostic(row);
    QCOMPARE(m_window->currentDocument(), 0);
    int line = 0;
    int index = 0;
    m_window->yamlEditor()->getCursorPosition(&line, &index);
    QCOMPARE(line + 1, 19);
    QCOMPARE(index, int(strlen("  - number: ")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
