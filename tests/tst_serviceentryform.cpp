#include "editordocument.h"
#include "endpointstable.h"
#include "enumfield.h"
#include "fieldspec.h"
#include "fieldtable.h"
#include "formfacts.h"
#include "formitemdelegate.h"
#include "formtesthelpers.h"
#include "keyvalueeditor.h"
#include "messagelist.h"
#include "metadatasection.h"
#include "otherfieldsview.h"
#include "portstable.h"
#include "scalarfield.h"
#include "sectionnotice.h"
#include "serviceentryform.h"
#include "stringlisteditor.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::FormTest;

namespace {

/// A form showing one document, as the app embeds it.
struct Opened {
    explicit Opened(const QByteArray &bytes, int index = 0) : document(bytes)
    {
        form.resize(960, 900);
        form.setDocument(&document, index);
        form.show();
    }
    EditorDocument document;
    ServiceEntryForm form;
};

/// Picks value in the combo a cell opens, as the user does.
void choose(QTableWidget *table, int row, int column, const QString &value)
{
    auto *combo = qobject_cast<QComboBox *>(openEditor(table, row, column));
    QVERIFY(combo);
    const int index = combo->findData(value);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

void chooseInCombo(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

QStringList column(QTableWidget *table, int column, int rows)
{
    QStringList result;
    for (int row = 0; row < rows; ++row)
        result.append(table->item(row, column)->text());
    return result;
}

} // namespace

/// The ServiceEntry form: every field, edits as undo commands, refreshes, read-only mode.
class TestServiceEntryForm : public QObject
{
    Q_OBJECT

private slots:
    void showsTheExampleValues();
    void typingAHostChangesOnlyItsLine();
    void addingAHostAppendsOneLine();
    void hostsAreMovedAndRemoved();
    void typingANameIsOneUndoStep();
    void portNumbersAreWrittenAsTyped();
    void protocolSuggestsThePortName();
    void resolutionAdaptsTheForm();
    void endpointsAndSelectorExcludeEachOther();
    void roundRobinTakesOneEndpoint();
    void outsideChangesKeepTheCursor();
    void syntaxErrorMakesTheFormReadOnly();
    void readOnlyFileAndOtherKind();
    void otherFieldsAreListedAndKept();
    void labelKeysAreRenamedInPlace();
    void endpointPortsAndLabelsAreEditedBelowTheTable();
    void messagesMarkTheirFields();
    void focusFieldSelectsTheCell();
    void helpComesFromTheFieldTable();
    void grabsTheExampleDocuments();
};

void TestServiceEntryForm::showsTheExampleValues()
{
    Opened opened(example(), 0);
    ServiceEntryForm &form = opened.form;
    QVERIFY(!form.isReadOnly());
    QCOMPARE(form.notice(), QString());
    QCOMPARE(form.metadataSection()->nameField()->lineEdit()->text(), QStringLiteral("stripe-api"));
    QCOMPARE(form.metadataSection()->namespaceField()->lineEdit()->text(),
             QStringLiteral("payments"));
    QCOMPARE(form.metadataSection()->labelsEditor()->keys(), QStringList({"team", "tier"}));
    QCOMPARE(form.metadataSection()->labelsEditor()->values(),
             QStringList({"payments", "external"}));
    QCOMPARE(form.hostsEditor()->items(), QStringList({"api.stripe.com", "files.stripe.com"}));
    QCOMPARE(form.addressesEditor()->items(), QStringList());
    QTableWidget *ports = form.portsTable()->table();
    QCOMPARE(form.portsTable()->itemCount(), 1);
    QCOMPARE(column(ports, PortsTable::NumberColumn, 1), QStringList({"443"}));
    QCOMPARE(column(ports, PortsTable::ProtocolColumn, 1), QStringList({"TLS"}));
    QCOMPARE(column(ports, PortsTable::NameColumn, 1), QStringList({"tls"}));
    QCOMPARE(column(ports, PortsTable::TargetPortColumn, 1), QStringList({""}));
    // An empty target port shows the port it falls back to.
    QCOMPARE(ports->item(0, PortsTable::TargetPortColumn)->data(FormItemDelegate::PlaceholderRole),
             QVariant(QStringLiteral("443")));
    QCOMPARE(form.locationField()->value(), QStringLiteral("MESH_EXTERNAL"));
    QCOMPARE(form.resolutionField()->value(), QStringLiteral("DNS"));
    QCOMPARE(form.resolutionField()->comboBox()->currentText(), QStringLiteral("DNS"));
    QCOMPARE(form.exportToEditor()->items(), QStringList({"."}));
    QCOMPARE(form.exportToEditor()->table()->item(0, 1)->text(),
             QStringLiteral("its own namespace, payments"));
    QCOMPARE(form.findChild<OtherFieldsView *>()->paths(), QList<YamlPath>());
    // The adding rows invite typing.
    QTableWidget *hosts = form.hostsEditor()->table();
    QCOMPARE(hosts->rowCount(), 3);
    QCOMPARE(hosts->item(2, 0)->data(FormItemDelegate::PlaceholderRole),
             QVariant(QStringLiteral("Add host, such as api.example.com…")));
}

void TestServiceEntryForm::typingAHostChangesOnlyItsLine()
{
    const QByteArray original = example();
    Opened opened(original, 0);
    typeInto(opened.form.hostsEditor()->table(), 1, 0, QStringLiteral("files.stripe.net"));
    QCOMPARE(opened.document.file().bytes(),
             QByteArray(original).replace("  - files.stripe.com\n", "  - files.stripe.net\n"));
    QCOMPARE(opened.document.undoStack()->count(), 1);
    opened.document.undoStack()->undo();
    QCOMPARE(opened.document.file().bytes(), original);
    QCOMPARE(opened.form.hostsEditor()->items(),
             QStringList({"api.stripe.com", "files.stripe.com"}));
}

void TestServiceEntryForm::addingAHostAppendsOneLine()
{
    const QByteArray original = example();
    Opened opened(original, 0);
    StringListEditor *hosts = opened.form.hostsEditor();
    QTest::mouseClick(hosts->addButton(), Qt::LeftButton);
    auto *edit = qobject_cast<QLineEdit *>(
        hosts->table()->indexWidget(hosts->table()->model()->index(2, 0)));
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("api.example.com"));
    QCOMPARE(opened.document.file().bytes(),
             QByteArray(original).replace("  - files.stripe.com\n",
                                          "  - files.stripe.com\n  - api.example.com\n"));
    QCOMPARE(hosts->items(),
             QStringList({"api.stripe.com", "files.stripe.com", "api.example.com"}));
    QCOMPARE(edit->text(), QStringLiteral("api.example.com"));
    // Adding the item and typing the rest of the word is one undo step.
    QCOMPARE(opened.document.undoStack()->count(), 1);
    opened.document.undoStack()->undo();
    QCOMPARE(opened.document.file().bytes(), original);
}

void TestServiceEntryForm::hostsAreMovedAndRemoved()
{
    const QByteArray original = example();
    Opened opened(original, 0);
    StringListEditor *hosts = opened.form.hostsEditor();
    hosts->table()->setCurrentCell(0, 0);
    QVERIFY(!hosts->upButton()->isEnabled());
    QTest::mouseClick(hosts->downButton(), Qt::LeftButton);
    QCOMPARE(opened.document.file().bytes(),
             QByteArray(original).replace("  - api.stripe.com\n  - files.stripe.com\n",
                                          "  - files.stripe.com\n  - api.stripe.com\n"));
    // The moved item stays selected.
    QCOMPARE(hosts->table()->currentRow(), 1);
    QVERIFY(!hosts->downButton()->isEnabled());
    QVERIFY(hosts->upButton()->isEnabled());
    QVERIFY(QTest::qWaitForWindowExposed(&opened.form));
    QApplication::setActiveWindow(&opened.form);
    hosts->table()->setFocus();
    QTRY_VERIFY(hosts->table()->hasFocus());
    QTest::keyClick(hosts->table(), Qt::Key_Delete);
    QCOMPARE(opened.document.file().bytes(),
             QByteArray(original).replace("  - api.stripe.com\n  - files.stripe.com\n",
                                          "  - files.stripe.com\n"));
    QCOMPARE(hosts->items(), QStringList({"files.stripe.com"}));
    QCOMPARE(opened.document.undoStack()->count(), 2);
}

void TestServiceEntryForm::typingANameIsOneUndoStep()
{
    const QByteArray original = example();
    Opened opened(original, 0);
    QLineEdit *name = opened.form.metadataSection()->nameField()->lineEdit();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("web"));
    QCOMPARE(opened.document.file().bytes(),
             QByteArray(original).replace("  name: stripe-api\n", "  name: web\n"));
    QCOMPARE(opened.document.undoStack()->count(), 1);
    opened.document.undoStack()->undo();
    QCOMPARE(opened.document.file().bytes(), original);
    QCOMPARE(name->text(), QStringLiteral("stripe-api"));
}

void TestServiceEntryForm::portNumbersAreWrittenAsTyped()
{
    const QByteArray original = example();
    Opened opened(original, 0);
    QTableWidget *ports = opened.form.portsTable()->table();
    const auto numberType = [&opened] {
        const SpanTree &tree = opened.document.file().document(0).tree();
        return tree.value(tree.find(path("spec.ports[0].number"))).scalarType();
    };
    // Out of range is written all the same, as an integer, for the validator to flag.
    typeInto(ports, 0, PortsTable::NumberColumn, QStringLiteral("70000"));
    QCOMPARE(opened.document.file().bytes(),
             QByteArray(original).replace("  - number: 443\n", "  - number: 70000\n"));
    QCOMPARE(numberType(), ScalarType::Int);
    typeInto(ports, 0, PortsTable::NumberColumn, QStringLiteral("abc"));
    QCOMPARE(opened.document.file().bytes(),
             QByteArray(original).replace("  - number: 443\n", "  - number: abc\n"));
    QCOMPARE(numberType(), ScalarType::String);
    typeInto(ports, 0, PortsTable::TargetPortColumn, QStringLiteral("8443"));
    QCOMPARE(opened.document.file().bytes(),
             QByteArray(original).replace("  - number: 443\n    name: tls\n    protocol: TLS\n",
                                          "  - number: abc\n    name: tls\n    protocol: TLS\n"
                                          "    targetPort: 8443\n"));
    // Clearing the optional target port removes its line.
    typeInto(ports, 0, PortsTable::TargetPortColumn, QString());
    QTest::keyClick(qobject_cast<QLineEdit *>(
                        ports->indexWidget(ports->model()->index(0, PortsTable::TargetPortColumn))),
                    Qt::Key_Backspace);
    QCOMPARE(opened.document.file().bytes(),
             QByteArray(original).replace("  - number: 443\n", "  - number: abc\n"));
}

void TestServiceEntryForm::protocolSuggestsThePortName()
{
    const QByteArray original = "apiVersion: networking.istio.io/v1\n"
                                "kind: ServiceEntry\n"
                                "metadata:\n"
                                "  name: api\n"
                                "spec:\n"
                                "  hosts:\n"
                                "  - api.example.com\n"
                                "  ports:\n"
                                "  - number: 8080\n"
                                "  - number: 9090\n"
                                "  - number: 8081\n"
                                "  resolution: DNS\n";
    Opened opened(original, 0);
    QTableWidget *ports = opened.form.portsTable()->table();
    auto *combo = qobject_cast<QComboBox *>(openEditor(ports, 0, PortsTable::ProtocolColumn));
    QVERIFY(combo);
    QStringList offered;
    for (int i = 0; i < combo->count(); ++i)
        offered.append(combo->itemData(i).toString());
    QCOMPARE(offered, QStringList{QString()} + FormFacts::protocols());
    QCOMPARE(combo->itemText(0), QStringLiteral("detect"));
    QCOMPARE(FormFacts::protocols(),
             QStringList({"HTTP", "HTTPS", "HTTP2", "GRPC", "GRPC-Web", "HTTP_PROXY", "TLS", "TCP",
                          "UDP", "Mongo", "Redis", "MySQL"}));

    choose(ports, 0, PortsTable::ProtocolColumn, QStringLiteral("HTTP"));
    choose(ports, 1, PortsTable::ProtocolColumn, QStringLiteral("GRPC"));
    // A second HTTP port cannot be called http again.
    choose(ports, 2, PortsTable::ProtocolColumn, QStringLiteral("HTTP"));
    // The adding row starts a port from its protocol.
    choose(ports, 3, PortsTable::ProtocolColumn, QStringLiteral("HTTP_PROXY"));
    QCOMPARE(opened.document.file().bytes(),
             QByteArray(original).replace("  - number: 8080\n  - number: 9090\n  - number: 8081\n",
                                          "  - number: 8080\n"
                                          "    protocol: HTTP\n"
                                          "    name: http\n"
                                          "  - number: 9090\n"
                                          "    protocol: GRPC\n"
                                          "    name: grpc\n"
                                          "  - number: 8081\n"
                                          "    protocol: HTTP\n"
                                          "    name: http-8081\n"
                                          "  - protocol: HTTP_PROXY\n"
                                          "    name: http-proxy\n"));
    // Each choice with the name it suggested is one undo step.
    QCOMPARE(opened.document.undoStack()->count(), 4);
    // A named port keeps its name.
    choose(ports, 1, PortsTable::ProtocolColumn, QStringLiteral("HTTP2"));
    QVERIFY(opened.document.file().bytes().contains(
        "  - number: 9090\n    protocol: HTTP2\n    name: grpc\n"));
    for (int i = 0; i < 5; ++i)
        opened.document.undoStack()->undo();
    QCOMPARE(opened.document.file().bytes(), original);
}

void TestServiceEntryForm::resolutionAdaptsTheForm()
{
    const QByteArray original = example();
    Opened opened(original, 1);
    ServiceEntryForm &form = opened.form;
    // STATIC with a workload selector: the selector picks the endpoints.
    QVERIFY(!form.endpointsTable()->isEnabled());
    QCOMPARE(form.endpointsNotice()->text(),
             QStringLiteral("The workload selector below picks the endpoints, so none can be "
                            "listed here."));
    QVERIFY(form.selectorEditor()->isEnabled());
    QCOMPARE(form.selectorNotice()->text(), QString());

    chooseInCombo(form.resolutionField()->comboBox(), QStringLiteral("NONE"));
    QByteArray expected =
        QByteArray(original).replace("  resolution: STATIC\n", "  resolution: NONE\n");
    QCOMPARE(opened.document.file().bytes(), expected);
    QCOMPARE(form.resolutionField()->explanation(),
             QStringLiteral("Forward to the address the client connected to; no endpoints."));
    QVERIFY(!form.endpointsTable()->isEnabled());
    QCOMPARE(form.endpointsNotice()->text(),
             QStringLiteral("Resolution NONE takes no endpoints. Forward to the address the client "
                            "connected to; no endpoints."));
    QVERIFY(!form.selectorEditor()->isEnabled());
    QCOMPARE(form.selectorNotice()->text(),
             QStringLiteral("Resolution NONE ignores the workload selector."));
    QCOMPARE(form.selectorNotice()->severity(), FieldMessage::Warning);
    QVERIFY(!form.selectorNotice()->button()->isHidden());
    QCOMPARE(form.selectorNotice()->button()->text(), QStringLiteral("Remove Workload Selector"));

    QTest::mouseClick(form.selectorNotice()->button(), Qt::LeftButton);
    expected.replace("  resolution: NONE\n  workloadSelector:\n    labels:\n      app: ledger\n",
                     "  resolution: NONE\n");
    QCOMPARE(opened.document.file().bytes(), expected);
    QCOMPARE(form.selectorNotice()->severity(), FieldMessage::Info);
    QVERIFY(form.selectorNotice()->button()->isHidden());

    // The default item leaves the field out.
    chooseInCombo(form.resolutionField()->comboBox(), QString());
    expected.replace("  resolution: NONE\n", "");
    QCOMPARE(opened.document.file().bytes(), expected);
    QCOMPARE(form.resolutionField()->comboBox()->currentText(), QStringLiteral("Default (NONE)"));
    QVERIFY(!form.endpointsTable()->isEnabled());

    chooseInCombo(form.resolutionField()->comboBox(), QStringLiteral("DYNAMIC_DNS"));
    QVERIFY(!form.addressesEditor()->isEnabled());
    QCOMPARE(form.addressesNotice()->text(),
             QStringLiteral("Resolution DYNAMIC_DNS takes no addresses: routes are built from the "
                            "hosts."));
    QVERIFY(!form.endpointsTable()->isEnabled());
    QVERIFY(form.selectorEditor()->isEnabled());
}

void TestServiceEntryForm::endpointsAndSelectorExcludeEachOther()
{
    const QByteArray original = example();
    Opened opened(original, 0);
    ServiceEntryForm &form = opened.form;
    QVERIFY(form.endpointsTable()->isEnabled());
    QVERIFY(form.selectorEditor()->isEnabled());
    typeInto(form.endpointsTable()->table(), 0, EndpointsTable::AddressColumn,
             QStringLiteral("pay.example.com"));
    QCOMPARE(opened.document.file().bytes(),
             QByteArray(original).replace("  exportTo: [\".\"]\n",
                                          "  exportTo: [\".\"]\n  endpoints:\n"
                                          "  - address: pay.example.com\n"));
    QVERIFY(!form.selectorEditor()->isEnabled());
    QCOMPARE(form.selectorNotice()->text(),
             QStringLiteral("The endpoints above are listed by hand, so no workload selector can "
                            "be used."));

    // Both present (written elsewhere): both stay editable, each offers to remove itself.
    opened.document.setValue(0, path("spec.workloadSelector.labels.app"), YamlValue::string("api"));
    QVERIFY(form.selectorEditor()->isEnabled());
    QVERIFY(form.endpointsTable()->isEnabled());
    QCOMPARE(form.endpointsNotice()->severity(), FieldMessage::Error);
    QCOMPARE(
        form.endpointsNotice()->text(),
        QStringLiteral("Endpoints and a workload selector cannot be used together: keep one."));
    QCOMPARE(form.endpointsNotice()->button()->text(), QStringLiteral("Remove Endpoints"));
    QTest::mouseClick(form.endpointsNotice()->button(), Qt::LeftButton);
    QCOMPARE(opened.document.file().bytes(),
             QByteArray(original).replace("  exportTo: [\".\"]\n",
                                          "  exportTo: [\".\"]\n  workloadSelector:\n    labels:\n"
                                          "      app: api\n"));
    QVERIFY(!form.endpointsTable()->isEnabled());
}

void TestServiceEntryForm::roundRobinTakesOneEndpoint()
{
    Opened opened(example(), 0);
    ServiceEntryForm &form = opened.form;
    chooseInCombo(form.resolutionField()->comboBox(), QStringLiteral("DNS_ROUND_ROBIN"));
    QCOMPARE(form.endpointsNotice()->text(),
             QStringLiteral("Resolution DNS_ROUND_ROBIN takes at most 1 endpoint(s)."));
    QCOMPARE(form.endpointsTable()->table()->rowCount(), 1);
    typeInto(form.endpointsTable()->table(), 0, EndpointsTable::AddressColumn,
             QStringLiteral("pay.example.com"));
    QCOMPARE(form.endpointsTable()->itemCount(), 1);
    // No adding row and no Add button once the one endpoint is there.
    QCOMPARE(form.endpointsTable()->table()->rowCount(), 1);
    QVERIFY(!form.endpointsTable()->addButton()->isEnabled());
}

void TestServiceEntryForm::outsideChangesKeepTheCursor()
{
    const QByteArray original = example();
    Opened opened(original, 0);
    QVERIFY(QTest::qWaitForWindowExposed(&opened.form));
    QApplication::setActiveWindow(&opened.form);
    QLineEdit *name = opened.form.metadataSection()->nameField()->lineEdit();
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    name->setCursorPosition(3);

    opened.document.setValue(0, path("metadata.namespace"), YamlValue::string("billing"));
    QCOMPARE(opened.form.metadataSection()->namespaceField()->lineEdit()->text(),
             QStringLiteral("billing"));
    QVERIFY(name->hasFocus());
    QCOMPARE(name->text(), QStringLiteral("stripe-api"));
    QCOMPARE(name->cursorPosition(), 3);

    // Typed in the YAML pane: the focused field takes its new value, the cursor stays put.
    const qsizetype at = opened.document.file().bytes().indexOf("stripe-api");
    opened.document.replaceText(at, 10, "stripe-apis");
    QCOMPARE(name->text(), QStringLiteral("stripe-apis"));
    QCOMPARE(name->cursorPosition(), 3);
    QVERIFY(name->hasFocus());

    // A cell being edited keeps its editor, text and cursor too.
    QTableWidget *hosts = opened.form.hostsEditor()->table();
    auto *edit = qobject_cast<QLineEdit *>(openEditor(hosts, 0, 0));
    QVERIFY(edit);
    edit->setCursorPosition(4);
    opened.document.setValue(0, path("metadata.labels.team"), YamlValue::string("billing"));
    QCOMPARE(hosts->indexWidget(hosts->model()->index(0, 0)), edit);
    QCOMPARE(edit->text(), QStringLiteral("api.stripe.com"));
    QCOMPARE(edit->cursorPosition(), 4);
    QCOMPARE(opened.form.metadataSection()->labelsEditor()->values(),
             QStringList({"billing", "external"}));
    QTest::keyClicks(edit, QStringLiteral("x"));
    QCOMPARE(opened.form.hostsEditor()->items(),
             QStringList({"api.xstripe.com", "files.stripe.com"}));
    QCOMPARE(edit->cursorPosition(), 5);
}

void TestServiceEntryForm::syntaxErrorMakesTheFormReadOnly()
{
    const QByteArray original = example();
    Opened opened(original, 0);
    const qsizetype at = original.indexOf("name: stripe-api") + 6;
    opened.document.replaceText(at, 0, "[");
    QVERIFY(opened.form.isReadOnly());
    // libyaml notices the missing `]` on the next line, at the colon after `namespace`.
    QCOMPARE(opened.form.notice(),
             QStringLiteral("YAML syntax error at line 10, column 12: did not find expected ',' or "
                            "']' (while parsing a flow sequence). The form is read-only until the "
                            "YAML is fixed."));
    // The last valid values stay on screen, read-only.
    QLineEdit *name = opened.form.metadataSection()->nameField()->lineEdit();
    QCOMPARE(name->text(), QStringLiteral("stripe-api"));
    QVERIFY(name->isReadOnly());
    QCOMPARE(opened.form.hostsEditor()->table()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QCOMPARE(opened.form.hostsEditor()->table()->rowCount(), 2);
    QVERIFY(!opened.form.resolutionField()->comboBox()->isEnabled());

    opened.document.undoStack()->undo();
    QVERIFY(!opened.form.isReadOnly());
    QCOMPARE(opened.form.notice(), QString());
    QVERIFY(!name->isReadOnly());
    QCOMPARE(opened.form.hostsEditor()->table()->rowCount(), 3);

    // Lines count from the top of the file, not of the document.
    opened.form.setDocument(&opened.document, 1);
    const qsizetype second = original.indexOf("name: ledger-vms") + 6;
    opened.document.replaceText(second, 0, "{");
    QCOMPARE(opened.form.notice(),
             QStringLiteral("YAML syntax error at line 32, column 12: did not find expected ',' or "
                            "'}' (while parsing a flow mapping). The form is read-only until the "
                            "YAML is fixed."));
    QCOMPARE(opened.form.metadataSection()->nameField()->lineEdit()->text(),
             QStringLiteral("ledger-vms"));
}

void TestServiceEntryForm::readOnlyFileAndOtherKind()
{
    Opened opened(example(), 0);
    opened.document.setReadOnly(true);
    QVERIFY(opened.form.isReadOnly());
    QCOMPARE(opened.form.notice(), QStringLiteral("The file is read-only."));
    opened.document.setReadOnly(false);
    QVERIFY(!opened.form.isReadOnly());

    opened.form.setDocument(&opened.document, 2);
    QVERIFY(opened.form.isReadOnly());
    QCOMPARE(opened.form.notice(),
             QStringLiteral("This document is a WorkloadEntry; the ServiceEntry form does not "
                            "edit it."));
}

void TestServiceEntryForm::otherFieldsAreListedAndKept()
{
    const QByteArray original = "apiVersion: networking.istio.io/v1\n"
                                "kind: ServiceEntry\n"
                                "metadata:\n"
                                "  name: api\n"
                                "  finalizers:\n"
                                "  - keep\n"
                                "spec:\n"
                                "  hosts:\n"
                                "  - api.example.com\n"
                                "  foo: bar\n"
                                "  ports:\n"
                                "  - number: 80\n"
                                "    name: http\n"
                                "    appProtocol: h2c\n"
                                "status:\n"
                                "  addresses:\n"
                                "  - value: 240.240.0.1\n";
    Opened opened(original, 0);
    auto *other = opened.form.findChild<OtherFieldsView *>();
    QCOMPARE(other->paths(), QList<YamlPath>({path("metadata.finalizers"), path("spec.foo"),
                                              path("spec.ports[0].appProtocol"), path("status")}));
    QCOMPARE(column(other->table(), 1, 4),
             QStringList({"[\"keep\"]", "bar", "h2c", "{addresses: [{value: \"240.240.0.1\"}]}"}));
    QVERIFY(other->parentWidget()->isVisible());
    QVERIFY(!(other->table()->item(0, 0)->flags() & Qt::ItemIsEditable));
    QVERIFY(!(other->table()->item(0, 1)->flags() & Qt::ItemIsEditable));

    QLineEdit *name = opened.form.metadataSection()->nameField()->lineEdit();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("web"));
    typeInto(opened.form.portsTable()->table(), 0, PortsTable::NumberColumn,
             QStringLiteral("8080"));
    QCOMPARE(opened.document.file().bytes(),
             QByteArray(original)
                 .replace("  name: api\n", "  name: web\n")
                 .replace("  - number: 80\n", "  - number: 8080\n"));
    QCOMPARE(other->paths().size(), 4);
    // A message about an unknown field shows on its row.
    opened.form.setFieldMessages({{path("spec.foo"), FieldMessage::Error, QStringLiteral("SCHEMA"),
                                   QStringLiteral("unknown field \"foo\"")}});
    QCOMPARE(other->table()->item(1, 0)->data(FormItemDelegate::SeverityRole).toInt(),
             int(FieldMessage::Error));
    QCOMPARE(opened.form.formMessages(), QList<FieldMessage>());
}

void TestServiceEntryForm::labelKeysAreRenamedInPlace()
{
    const QByteArray original = example();
    Opened opened(original, 0);
    KeyValueEditor *labels = opened.form.metadataSection()->labelsEditor();
    typeInto(labels->table(), 0, 0, QStringLiteral("owner"));
    QByteArray expected =
        QByteArray(original).replace("    team: payments\n", "    owner: payments\n");
    QCOMPARE(opened.document.file().bytes(), expected);
    QCOMPARE(opened.document.undoStack()->count(), 1);

    // A new label: its key is typed into the adding row, then its value.
    typeInto(labels->table(), 2, 0, QStringLiteral("env"));
    typeInto(labels->table(), 2, 1, QStringLiteral("1.0"));
    expected.replace("    tier: \"external\"   # quoted on purpose\n",
                     "    tier: \"external\"   # quoted on purpose\n    env: \"1.0\"\n");
    QCOMPARE(opened.document.file().bytes(), expected);
    QCOMPARE(opened.document.undoStack()->count(), 3);
    QCOMPARE(labels->keys(), QStringList({"owner", "tier", "env"}));
    QCOMPARE(labels->values(), QStringList({"payments", "external", "1.0"}));

    // Renaming onto an existing key is refused, and the cell says why.
    typeInto(labels->table(), 0, 0, QStringLiteral("tier"));
    QCOMPARE(labels->keys(), QStringList({"tie", "tier", "env"}));
    QCOMPARE(labels->messages().size(), 1);
    QCOMPARE(labels->messages()[0].text,
             QStringLiteral("Not applied: metadata.labels.tier already exists"));
    QCOMPARE(labels->table()->item(0, 0)->data(FormItemDelegate::SeverityRole).toInt(),
             int(FieldMessage::Error));

    // Remove drops the entry's line.
    labels->table()->setCurrentCell(2, 0);
    QTest::mouseClick(labels->removeButton(), Qt::LeftButton);
    QCOMPARE(labels->keys(), QStringList({"tie", "tier"}));
    QVERIFY(labels->messages().isEmpty());
}

void TestServiceEntryForm::endpointPortsAndLabelsAreEditedBelowTheTable()
{
    const QByteArray original = "apiVersion: networking.istio.io/v1\n"
                                "kind: ServiceEntry\n"
                                "metadata:\n"
                                "  name: db\n"
                                "spec:\n"
                                "  hosts:\n"
                                "  - db.example.com\n"
                                "  ports:\n"
                                "  - number: 5432\n"
                                "    name: tcp-postgres\n"
                                "    protocol: TCP\n"
                                "  resolution: STATIC\n"
                                "  endpoints:\n"
                                "  - address: 10.0.0.1\n"
                                "    ports:\n"
                                "      tcp-postgres: 6432\n"
                                "    labels:\n"
                                "      app: a\n"
                                "      zone: z\n"
                                "  - address: 10.0.0.2\n"
                                "    labels:\n"
                                "      app: b\n";
    Opened opened(original, 0);
    EndpointsTable *endpoints = opened.form.endpointsTable();
    QTableWidget *table = endpoints->table();
    QCOMPARE(column(table, EndpointsTable::AddressColumn, 2),
             QStringList({"10.0.0.1", "10.0.0.2"}));
    QCOMPARE(column(table, EndpointsTable::PortsColumn, 2),
             QStringList({"tcp-postgres → 6432", ""}));
    QCOMPARE(column(table, EndpointsTable::LabelsColumn, 2),
             QStringList({"app=a, zone=z", "app=b"}));
    QCOMPARE(endpoints->detailRow(), 0);
    QCOMPARE(endpoints->portsEditor()->keys(), QStringList({"tcp-postgres"}));

    opened.form.focusField(path("spec.endpoints[1].labels.app"));
    QCOMPARE(endpoints->detailRow(), 1);
    QCOMPARE(endpoints->labelsEditor()->keys(), QStringList({"app"}));
    QCOMPARE(endpoints->labelsEditor()->table()->currentRow(), 0);
    typeInto(endpoints->labelsEditor()->table(), 0, 1, QStringLiteral("c"));
    typeInto(endpoints->portsEditor()->table(), 0, 0, QStringLiteral("tcp-postgres"));
    typeInto(endpoints->portsEditor()->table(), 0, 1, QStringLiteral("7432"));
    QCOMPARE(opened.document.file().bytes(),
             QByteArray(original).replace("  - address: 10.0.0.2\n    labels:\n      app: b\n",
                                          "  - address: 10.0.0.2\n    labels:\n      app: c\n"
                                          "    ports:\n      tcp-postgres: 7432\n"));
    // The endpoint's port keys are completed from the ServiceEntry's port names.
    QCOMPARE(endpoints->portsEditor()->table()->item(0, 0)->data(FormItemDelegate::SuggestionsRole),
             QVariant(QStringList({"tcp-postgres"})));
    QCOMPARE(column(table, EndpointsTable::PortsColumn, 2),
             QStringList({"tcp-postgres → 6432", "tcp-postgres → 7432"}));
}

void TestServiceEntryForm::messagesMarkTheirFields()
{
    Opened opened(example(), 0);
    ServiceEntryForm &form = opened.form;
    const FieldMessage portName{path("spec.ports[0].name"), FieldMessage::Error,
                                QStringLiteral("SE-PORT-NAME"),
                                QStringLiteral("invalid port name: x")};
    const FieldMessage host{path("spec.hosts[1]"), FieldMessage::Warning,
                            QStringLiteral("SE-HOST-PARTIAL-WILDCARD"),
                            QStringLiteral("partial wildcard \"files*\" not allowed")};
    const FieldMessage name{path("metadata.name"), FieldMessage::Info, QString(),
                            QStringLiteral("a note")};
    const FieldMessage whole{
        path("spec"), FieldMessage::Error, QStringLiteral("SE-SELECTOR-XOR-ENDPOINTS"),
        QStringLiteral("only one of WorkloadSelector or Endpoints is allowed")};
    const FieldMessage label{path("metadata.labels.tier"), FieldMessage::Warning, QString(),
                             QStringLiteral("odd value")};
    form.setFieldMessages({portName, host, name, whole, label});

    QTableWidget *ports = form.portsTable()->table();
    QCOMPARE(ports->item(0, PortsTable::NameColumn)->data(FormItemDelegate::SeverityRole).toInt(),
             int(FieldMessage::Error));
    QCOMPARE(ports->item(0, PortsTable::NumberColumn)->data(FormItemDelegate::SeverityRole).toInt(),
             -1);
    QVERIFY(ports->item(0, PortsTable::NameColumn)
                ->toolTip()
                .contains(QStringLiteral("invalid port name: x")));
    QCOMPARE(form.portsTable()->messageList()->lines(),
             QStringList({"Port 1 (443), Name: invalid port name: x"}));
    QCOMPARE(form.hostsEditor()->table()->item(1, 0)->data(FormItemDelegate::SeverityRole).toInt(),
             int(FieldMessage::Warning));
    QCOMPARE(form.hostsEditor()->table()->item(0, 0)->data(FormItemDelegate::SeverityRole).toInt(),
             -1);
    QCOMPARE(form.metadataSection()->nameField()->messages(), QList<FieldMessage>{name});
    QCOMPARE(form.metadataSection()
                 ->labelsEditor()
                 ->table()
                 ->item(1, 1)
                 ->data(FormItemDelegate::SeverityRole)
                 .toInt(),
             int(FieldMessage::Warning));
    QCOMPARE(form.formMessages(), QList<FieldMessage>{whole});
    QCOMPARE(form.findChild<MessageList *>(QStringLiteral("formMessages"))->lines(),
             QStringList({"spec: only one of WorkloadSelector or Endpoints is allowed"}));
    form.setFieldMessages({});
    QCOMPARE(form.metadataSection()->nameField()->messages(), QList<FieldMessage>());
    QCOMPARE(ports->item(0, PortsTable::NameColumn)->data(FormItemDelegate::SeverityRole).toInt(),
             -1);
}

void TestServiceEntryForm::focusFieldSelectsTheCell()
{
    Opened opened(example(), 0);
    QVERIFY(QTest::qWaitForWindowExposed(&opened.form));
    QApplication::setActiveWindow(&opened.form);
    QSignalSpy activated(&opened.form, &ResourceForm::fieldActivated);

    opened.form.focusField(path("spec.ports[0].protocol"));
    QTableWidget *ports = opened.form.portsTable()->table();
    QTRY_VERIFY(ports->hasFocus());
    QCOMPARE(ports->currentRow(), 0);
    QCOMPARE(ports->currentColumn(), int(PortsTable::ProtocolColumn));
    QCOMPARE(activated.last()[0].value<YamlPath>(), path("spec.ports[0].protocol"));

    opened.form.focusField(path("metadata.labels.tier"));
    QCOMPARE(opened.form.metadataSection()->labelsEditor()->table()->currentRow(), 1);
    QCOMPARE(activated.last()[0].value<YamlPath>(), path("metadata.labels.tier"));

    opened.form.focusField(path("metadata.name"));
    QLineEdit *name = opened.form.metadataSection()->nameField()->lineEdit();
    QTRY_VERIFY(name->hasFocus());
    QCOMPARE(activated.last()[0].value<YamlPath>(), path("metadata.name"));

    // Moving between cells reports each one.
    QTableWidget *hosts = opened.form.hostsEditor()->table();
    hosts->setFocus();
    hosts->setCurrentCell(1, 0);
    QCOMPARE(activated.last()[0].value<YamlPath>(), path("spec.hosts[1]"));
}

void TestServiceEntryForm::helpComesFromTheFieldTable()
{
    Opened opened(example(), 1);
    const FieldTable *table = FieldTable::forKind(u"ServiceEntry");
    ServiceEntryForm &form = opened.form;
    QCOMPARE(form.metadataSection()->nameField()->lineEdit()->toolTip(),
             table->field(u"metadata.name")->help);
    QCOMPARE(form.metadataSection()->namespaceField()->lineEdit()->placeholderText(),
             table->field(u"metadata.namespace")->help);
    QVERIFY(form.metadataSection()->nameField()->lineEdit()->whatsThis().contains(
        table->field(u"metadata.name")->docs.toHtmlEscaped()));
    const QString hosts = form.hostsEditor()->table()->whatsThis();
    QVERIFY(hosts.contains(table->field(u"spec.hosts")->docs.toHtmlEscaped()));
    QVERIFY(hosts.contains(QStringLiteral("HTTP Host or :authority header first, then by the TLS "
                                          "SNI, then by destination IP address and port")));
    QVERIFY(form.exportToEditor()->table()->whatsThis().contains(
        table->field(u"spec.exportTo")->docs.toHtmlEscaped()));
    QCOMPARE(
        form.portsTable()->table()->horizontalHeaderItem(PortsTable::TargetPortColumn)->toolTip(),
        table->field(u"spec.ports[].targetPort")->help);
    QComboBox *location = form.locationField()->comboBox();
    QCOMPARE(location->currentText(), QStringLiteral("MESH_INTERNAL"));
    QCOMPARE(
        form.locationField()->explanation(),
        QStringLiteral("Part of the mesh, such as VMs or other clusters: mutual TLS by default."));
    QCOMPARE(location->itemText(0), QStringLiteral("Default (MESH_EXTERNAL)"));
    QComboBox *resolution = form.resolutionField()->comboBox();
    QStringList names;
    for (int i = 1; i < resolution->count(); ++i) {
        names.append(resolution->itemData(i).toString());
        QCOMPARE(resolution->itemData(i, Qt::ToolTipRole).toString(),
                 FormFacts::choiceHelp(u"spec.resolution", names.last()));
    }
    QCOMPARE(names, table->field(u"spec.resolution")->enumValues);
    // Scrolling the page over an unfocused combo changes nothing.
    const QByteArray before = opened.document.file().bytes();
    QWheelEvent wheel(QPointF(5, 5), resolution->mapToGlobal(QPointF(5, 5)), QPoint(),
                      QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(resolution, &wheel);
    QCOMPARE(resolution->currentText(), QStringLiteral("STATIC"));
    QCOMPARE(opened.document.file().bytes(), before);
    QVERIFY(resolution->toolTip().startsWith(table->field(u"spec.resolution")->help));
    QVERIFY(resolution->toolTip().endsWith(QStringLiteral("Default: NONE")));
}

void TestServiceEntryForm::grabsTheExampleDocuments()
{
    // Set MESHENTRY_FORM_SCREENSHOTS to a directory to look at the results.
    const QString directory = qEnvironmentVariable("MESHENTRY_FORM_SCREENSHOTS");
    const auto grab = [&directory](Opened &opened, const QString &name) {
        auto *page = opened.form.findChild<QScrollArea *>()->widget();
        opened.form.resize(960, page->sizeHint().height() + 120);
        QVERIFY(QTest::qWaitForWindowExposed(&opened.form));
        QCoreApplication::processEvents(); // pending layout requests
        const QPixmap shot = opened.form.grab();
        QVERIFY(!shot.isNull());
        if (!directory.isEmpty())
            QVERIFY(shot.save(QStringLiteral("%1/%2.png").arg(directory, name)));
    };
    for (int index : {0, 1}) {
        Opened opened(example(), index);
        grab(opened, QStringLiteral("serviceentry-%1").arg(index));
    }
    // With endpoints, messages and a key the form does not edit.
    Opened busy(QByteArray(example()).replace("  exportTo: [\".\"]\n",
                                              "  exportTo: [\".\"]\n  endpoints:\n"
                                              "  - address: api.stripe.com\n"
                                              "    ports:\n      tls: 8443\n"
                                              "    labels:\n      region: eu\n"
                                              "    locality: eu-west1\n"
                                              "  - address: files.stripe.com\n"
                                              "    weight: 20\n"
                                              "  retries: 3\n"),
                0);
    busy.form.setFieldMessages(
        {{path("spec.ports[0].number"), FieldMessage::Error, QStringLiteral("SE-PORT-NUMBER-RANGE"),
          QStringLiteral("port number 70000 must be in the range 1..65535")},
         {path("spec.hosts[1]"), FieldMessage::Warning, QStringLiteral("SE-HOST-PARTIAL-WILDCARD"),
          QStringLiteral("partial wildcard \"files*\" not allowed")},
         {path("metadata.name"), FieldMessage::Info, QString(), QStringLiteral("A note.")},
         {path("spec.retries"), FieldMessage::Error, QStringLiteral("SCHEMA-UNKNOWN-FIELD"),
          QStringLiteral("unknown field \"retries\"")},
         {path("spec"), FieldMessage::Warning, QStringLiteral("SE-EXAMPLE"),
          QStringLiteral("A message about the whole spec.")}});
    grab(busy, QStringLiteral("serviceentry-messages"));
    Opened broken(example(), 1);
    broken.document.replaceText(example().indexOf("name: ledger-vms") + 6, 0, "{");
    grab(broken, QStringLiteral("serviceentry-syntax-error"));
}

QTEST_MAIN(TestServiceEntryForm)
#include "tst_serviceentryform.moc"
