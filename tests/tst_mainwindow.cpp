#include "actionregistry.h"
#include "diagnosticsmodel.h"
#include "editordocument.h"
#include "endpointstable.h"
#include "enumfield.h"
#include "formitemdelegate.h"
#include "formtesthelpers.h"
#include "mainwindow.h"
#include "messagelist.h"
#include "metadatasection.h"
#include "newdocumentdialog.h"
#include "outlinemodel.h"
#include "outlineview.h"
#include "portstable.h"
#include "resourceform.h"
#include "scalarfield.h"
#include "sectionnotice.h"
#include "serviceentryform.h"
#include "stringlisteditor.h"
#include "workloadentryform.h"
#include "yamleditor.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
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
    void typingAtTheEndOfADocumentKeepsItCurrent();
    void outlineClickDuringThePauseShowsThatDocument();
    void resolutionNoneWithSelectorWarns();
    void syntaxErrorOpensWithoutCrashAndShowsTheError();
    void otherKindsOpenAsText();
    void doubleClickedDiagnosticJumpsToLine();
    void oneRowForAFindingOfTwoLayers();
    void marginDotsGoWhenTheFindingGoes();
    void typingIntoTheEndpointsAddingRowIsOneUndoStep();
    void undoTextsSayWhatChanged();
    void syntaxErrorIsSaidOnce();
    void newAsksWhatToCreate();
    void templatesTakeTheFilesNamespace();

private:
    /// Clicks the cell of a form table and types text as the keyboard does.
    void typeIntoCell(QTableWidget *table, int row, int column, const QString &text);
    void activate();
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // no window layout or preferences from an earlier run
    QVERIFY(!example().isEmpty());
}

void TestMainWindow::init()
{
    m_window = new MainWindow;
    m_window->resize(1280, 860);
    m_window->show();
}

void TestMainWindow::activate()
{
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestMainWindow::typeIntoCell(QTableWidget *table, int row, int column, const QString &text)
{
    ResourceForm *form = m_window->serviceEntryForm();
    form->findChild<QScrollArea *>()->ensureWidgetVisible(table);
    clickRow(table, table->model()->index(row, column));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
    // Typing into a selected cell opens its editor with the first key.
    typeKeys(text);
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

void TestMainWindow::typingAtTheEndOfADocumentKeepsItCurrent()
{
    const QByteArray original = example();
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("end.yaml"), original)));
    activate();
    EditorDocument *file = m_window->currentFile();
    YamlEditor *pane = m_window->yamlEditor();
    // At the end of each document's last line the next byte starts the next document.
    for (int document = 0; document + 1 < file->file().documentCount(); ++document) {
        const qsizetype end = file->textOffset(document + 1) - 1;
        m_window->setCurrent(file, document);
        pane->goToOffset(end);
        QTRY_COMPARE(QApplication::focusWidget(), pane);
        // Every key before the pane's pause is over: outline, form and panels stay on it.
        for (const char key : QByteArray("  # x")) {
            QTest::keyClick(QApplication::focusWidget(), key);
            QCOMPARE(m_window->currentDocument(), document);
            const QTreeView *outline = m_window->outlineView()->tree();
            QCOMPARE(static_cast<const OutlineModel *>(outline->model())
                         ->documentAt(outline->currentIndex()),
                     document);
            const auto *form = qobject_cast<ResourceForm *>(m_window->formStack()->currentWidget());
            QVERIFY(form);
            QCOMPARE(form->documentIndex(), document);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(m_window->currentDocument(), document);
        QTRY_VERIFY(file->file().document(document).text().contains("  # x\n"));
        QCOMPARE(m_window->currentDocument(), document);
        QCOMPARE(file->textOffset(document + 1), pane->cursorOffset() + 1);
    }
}

void TestMainWindow::outlineClickDuringThePauseShowsThatDocument()
{
    const QByteArray original = example();
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("pause.yaml"), original)));
    activate();
    EditorDocument *file = m_window->currentFile();
    YamlEditor *pane = m_window->yamlEditor();
    const qsizetype end = file->textOffset(1) - 1;
    pane->goToOffset(end);
    QTRY_COMPARE(QApplication::focusWidget(), pane);
    // A comment and a new line typed at the end of document 0, still in the pane only.
    QTest::keyClicks(QApplication::focusWidget(), "  # a");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), "# b");
    QCOMPARE(file->file().bytes(), original);
    QCOMPARE(m_window->currentDocument(), 0);
    const int typedLines = 1;
    const int firstLine = int(original.left(file->textOffset(1)).count('\n'));
    const int lastLine = int(original.left(file->textOffset(2) - 1).count('\n'));

    // Clicking document 1 in the outline moves the pane to it, in the pane's own text.
    QTreeView *tree = m_window->outlineView()->tree();
    const QModelIndex fileRow = tree->model()->index(0, 0);
    tree->expand(fileRow);
    const QModelIndex row = tree->model()->index(1, 0, fileRow);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(row).center());
    QCOMPARE(m_window->currentDocument(), 1);
    QCOMPARE(pane->documentOffset(pane->cursorOffset()), file->textOffset(1));
    QCOMPARE(pane->rangeFirstLine(), firstLine + typedLines);
    QCOMPARE(pane->rangeLastLine(), lastLine + typedLines);
    // The typing reaches document 0 after the pause; document 1 stays current.
    QTRY_VERIFY(file->file().document(0).text().endsWith("  # a\n  # b\n")); // auto-indented
    QCOMPARE(m_window->currentDocument(), 1);
    QCOMPARE(pane->cursorOffset(), file->textOffset(1));
    QCOMPARE(pane->rangeFirstLine(), firstLine + typedLines);
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
    // The file opens with its findings marked in the margin.
    QCOMPARE(m_window->yamlEditor()->markedLines(), QList<int>({18}));
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

void TestMainWindow::oneRowForAFindingOfTwoLayers()
{
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("layers.yaml"), example())));
    activate();
    typeIntoCell(m_window->serviceEntryForm()->portsTable()->table(), 0, PortsTable::NumberColumn,
                 QStringLiteral("70000"));
    QVERIFY(m_window->currentFile()->file().bytes().contains("  - number: 70000\n"));
    // The webhook and the apiserver both reject port 70000: one row, both ids, Istio's text.
    DiagnosticsModel *model = m_window->diagnosticsModel();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->at(0).rules(),
             QStringList({"SE-PORT-NUMBER-RANGE", "CRD-SE-PORT-NUMBER-RANGE"}));
    QCOMPARE(model->index(0, DiagnosticsModel::RuleColumn).data().toString(),
             QStringLiteral("SE-PORT-NUMBER-RANGE, CRD-SE-PORT-NUMBER-RANGE"));
    QCOMPARE(model->index(0, DiagnosticsModel::MessageColumn).data().toString(),
             QStringLiteral("port number 70000 must be in the range 1..65535"));
    QCOMPARE(model->index(0, DiagnosticsModel::LocationColumn).data().toString(),
             QStringLiteral("layers.yaml:19:13"));
    QCOMPARE(model->errorCount(), 1);
    // The outline's badge counts the finding once too.
    auto *outline = static_cast<OutlineModel *>(m_window->outlineView()->tree()->model());
    QCOMPARE(outline->documentIndex(m_window->currentFile(), 0)
                 .data(OutlineModel::ErrorCountRole)
                 .toInt(),
             1);
}

void TestMainWindow::marginDotsGoWhenTheFindingGoes()
{
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("dots.yaml"), example())));
    activate();
    YamlEditor *pane = m_window->yamlEditor();
    typeIntoCell(m_window->serviceEntryForm()->portsTable()->table(), 0, PortsTable::NumberColumn,
                 QStringLiteral("70000"));
    QTRY_COMPARE(pane->markedLines(), QList<int>({18}));
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->currentFile()->file().bytes(), example());
    QTRY_COMPARE(pane->markedLines(), QList<int>());
    QCOMPARE(m_window->diagnosticsModel()->rowCount(), 0);

    // ledger-vms with resolution NONE warns about its selector; removing the selector with
    // the notice's button takes the dot away too.
    m_window->setCurrent(m_window->currentFile(), 1);
    ServiceEntryForm *form = m_window->serviceEntryForm();
    QComboBox *resolution = form->resolutionField()->comboBox();
    form->findChild<QScrollArea *>()->ensureWidgetVisible(resolution);
    // The popup opens on STATIC; NONE is the item above it.
    QTest::mouseClick(resolution, Qt::LeftButton);
    QTRY_VERIFY(resolution->view()->isVisible());
    QCOMPARE(resolution->view()->currentIndex().row(), resolution->findData("STATIC"));
    press(Qt::Key_Up);
    press(Qt::Key_Return);
    QVERIFY(m_window->currentFile()->file().bytes().contains("  resolution: NONE\n"));
    QTRY_VERIFY(!pane->markedLines().isEmpty());
    QCOMPARE(pane->markedLines(), QList<int>({45}));
    QPushButton *remove = form->selectorNotice()->button();
    QCOMPARE(remove->text(), QStringLiteral("Remove Workload Selector"));
    form->findChild<QScrollArea *>()->ensureWidgetVisible(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!m_window->currentFile()->file().bytes().contains("  workloadSelector:\n"));

    QTRY_COMPARE(pane->markedLines(), QList<int>());
}

void TestMainWindow::typingIntoTheEndpointsAddingRowIsOneUndoStep()
{
    const QByteArray original = example();
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("endpoints.yaml"), original)));
    activate();
    EditorDocument *file = m_window->currentFile();
    typeIntoCell(m_window->serviceEntryForm()->endpointsTable()->table(), 0,
                 EndpointsTable::AddressColumn, QStringLiteral("203.0.113.5"));
    const QByteArray added = QByteArray(original).replace(
        "  exportTo: [\".\"]\n", "  exportTo: [\".\"]\n  endpoints:\n  - address: 203.0.113.5\n");
    QCOMPARE(file->file().bytes(), added);
    QCOMPARE(file->undoStack()->count(), 1);
    QCOMPARE(file->undoStack()->undoText(), QStringLiteral("Add endpoint"));
    // The address shows whole in its column.
    QTableWidget *table = m_window->serviceEntryForm()->endpointsTable()->table();
    QCOMPARE(table->item(0, EndpointsTable::AddressColumn)->text(), QStringLiteral("203.0.113.5"));
    QVERIFY(table->columnWidth(EndpointsTable::AddressColumn) >=
            table->fontMetrics().horizontalAdvance(QStringLiteral("203.0.113.5")) + 8);
    press(Qt::Key_Escape);
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(file->file().bytes(), original);
}

void TestMainWindow::undoTextsSayWhatChanged()
{
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("undo.yaml"), example())));
    activate();
    EditorDocument *file = m_window->currentFile();
    typeIntoCell(m_window->serviceEntryForm()->portsTable()->table(), 0, PortsTable::NumberColumn,
                 QStringLiteral("70000"));
    QCOMPARE(file->undoStack()->undoText(), QStringLiteral("Set port 1 number to 70000"));
    QCOMPARE(m_window->actions()->action(QStringLiteral("edit.undo"))->text(),
             QStringLiteral("&Undo Set port 1 number to 70000"));
    press(Qt::Key_Escape);
    typeIntoCell(m_window->serviceEntryForm()->hostsEditor()->table(), 2, 0,
                 QStringLiteral("api.example.com"));
    QVERIFY(file->file().bytes().contains("  - files.stripe.com\n  - api.example.com\n"));
    QCOMPARE(file->undoStack()->undoText(), QStringLiteral("Add host"));
    QCOMPARE(file->undoStack()->count(), 2);
    press(Qt::Key_Escape);
    QLineEdit *name = m_window->serviceEntryForm()->metadataSection()->nameField()->lineEdit();
    QTest::mouseClick(name, Qt::LeftButton);
    press(Qt::Key_End);
    typeKeys(QStringLiteral("-eu"));
    QCOMPARE(file->undoStack()->undoText(), QStringLiteral("Set name to stripe-api-eu"));
    // A template added to the file is named after the template, not "Edit YAML".
    m_window->actions()->action(QStringLiteral("document.add.external-https-api"))->trigger();
    QCOMPARE(file->undoStack()->undoText(), QStringLiteral("Add External HTTPS API"));
}

void TestMainWindow::syntaxErrorIsSaidOnce()
{
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("once.yaml"),
                                         "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\n"
                                         "metadata:\n  name: broken\nspec:\n  hosts: [a\n")));
    ServiceEntryForm *form = m_window->serviceEntryForm();
    QTRY_COMPARE(m_window->diagnosticsModel()->rowCount(), 1);
    QVERIFY2(form->notice().startsWith(QStringLiteral("YAML syntax error at line 7")),
             qPrintable(form->notice()));
    QCOMPARE(form->formMessages(), QList<FieldMessage>());
    auto *list = form->findChild<MessageList *>(QStringLiteral("formMessages"));
    QVERIFY(list->isHidden());
}

void TestMainWindow::newAsksWhatToCreate()
{
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("new.yaml"), example())));
    activate();
    EditorDocument *file = m_window->currentFile();
    // Ctrl+N offers the resources; the second choice is a WorkloadEntry, into this file.
    QStringList offered;
    onNextDialog([&offered](QWidget *dialog) {
        auto *choices = static_cast<NewDocumentDialog *>(dialog)->choices();
        for (int row = 0; row < choices->count(); ++row)
            offered << choices->item(row)->text().section(u'\n', 0, 0);
        press(Qt::Key_Down);
        press(Qt::Key_Return);
    });
    press(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(offered, QStringList({"ServiceEntry", "WorkloadEntry", "External HTTPS API",
                                   "External TCP Database with Addresses",
                                   "Egress Wildcard with DYNAMIC_DNS",
                                   "VM Workloads (ServiceEntry + WorkloadEntries)", "Empty file"}));
    QCOMPARE(m_window->currentFile(), file);
    QCOMPARE(file->file().documentCount(), 5);
    QCOMPARE(m_window->currentDocument(), 4);
    const DocumentInfo &info = file->file().document(4).info();
    QCOMPARE(info.kind, QStringLiteral("WorkloadEntry"));
    QCOMPARE(info.name, QStringLiteral("new-workload"));
    QCOMPARE(info.namespaceName, QStringLiteral("payments"));
    QCOMPARE(file->undoStack()->undoText(), QStringLiteral("Add WorkloadEntry"));
    QCOMPARE(m_window->formStack()->currentWidget(), m_window->workloadEntryForm());
    // An empty file is a new file.
    activate();
    onNextDialog([](QWidget *dialog) {
        auto *choices = static_cast<NewDocumentDialog *>(dialog)->choices();
        choices->setFocus();
        press(Qt::Key_End);
        press(Qt::Key_Return);
    });
    press(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_window->currentFile() != file);
    QCOMPARE(m_window->currentFile()->file().bytes(), QByteArray());
    QCOMPARE(m_window->currentFile()->displayName(), QStringLiteral("Untitled"));
}

void TestMainWindow::templatesTakeTheFilesNamespace()
{
    QVERIFY(m_window->openFile(writeFile(QStringLiteral("vm.yaml"), example())));
    EditorDocument *file = m_window->currentFile();
    m_window->actions()->action(QStringLiteral("document.add.vm-workloads"))->trigger();
    QCOMPARE(file->file().documentCount(), 7);
    for (int document = 4; document < 7; ++document)
        QCOMPARE(file->file().document(document).info().namespaceName, QStringLiteral("payments"));
    QCOMPARE(file->file().document(4).info().name, QStringLiteral("vm-service"));
    QVERIFY(
        file->file().document(4).text().contains("  name: vm-service\n  namespace: payments\n"));
    QCOMPARE(m_window->currentDocument(), 4);
    // The bytes before stay as they were.
    QVERIFY(file->file().bytes().startsWith(example()));
    QCOMPARE(file->undoStack()->count(), 1);
    file->undoStack()->undo();
    QCOMPARE(file->file().bytes(), example());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
