#include "editordocument.h"
#include "fieldspec.h"
#include "fieldtable.h"
#include "formitemdelegate.h"
#include "formtesthelpers.h"
#include "keyvalueeditor.h"
#include "messagelist.h"
#include "metadatasection.h"
#include "otherfieldsview.h"
#include "scalarfield.h"
#include "sectionnotice.h"
#include "workloadentryform.h"

#include <QFile>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::FormTest;

namespace {

/// A form showing one document, as the app embeds it.
struct Opened {
    explicit Opened(const QByteArray &bytes, int index) : document(bytes)
    {
        form.resize(900, 900);
        form.setDocument(&document, index);
        form.show();
    }
    EditorDocument document;
    WorkloadEntryForm form;
};

} // namespace

/// The WorkloadEntry form: every field, edits as undo commands, refreshes, read-only mode.
class TestWorkloadEntryForm : public QObject
{
    Q_OBJECT

private slots:
    void showsTheExampleValues();
    void typingAnAddressIsOneUndoStep();
    void weightIsAddedAndRemoved();
    void portsAreRenamedAndRenumbered();
    void newPortAndLabel();
    void syntaxErrorMakesTheFormReadOnly();
    void messagesAndFocus();
    void otherFieldsAreListed();
    void helpComesFromTheFieldTable();
    void grabsTheExampleDocuments();
};

void TestWorkloadEntryForm::showsTheExampleValues()
{
    Opened opened(example(), 2);
    WorkloadEntryForm &form = opened.form;
    QVERIFY(!form.isReadOnly());
    QCOMPARE(form.metadataSection()->nameField()->lineEdit()->text(),
             QStringLiteral("ledger-vm-1"));
    QCOMPARE(form.metadataSection()->labelsEditor()->keys(), QStringList({"app", "version"}));
    QCOMPARE(form.metadataSection()->labelsEditor()->values(), QStringList({"ledger", "1.0"}));
    QCOMPARE(form.addressField()->lineEdit()->text(), QStringLiteral("10.20.0.11"));
    QCOMPARE(form.networkField()->lineEdit()->text(), QStringLiteral("vm-network"));
    QCOMPARE(form.localityField()->lineEdit()->text(), QStringLiteral("eu-west1/zone-b"));
    QCOMPARE(form.serviceAccountField()->lineEdit()->text(), QStringLiteral("ledger"));
    QCOMPARE(form.weightField()->lineEdit()->text(), QString());
    QCOMPARE(form.portsEditor()->keys(), QStringList({"http"}));
    QCOMPARE(form.portsEditor()->values(), QStringList({"9080"}));
    QCOMPARE(form.labelsEditor()->keys(), QStringList({"app", "version"}));
    QCOMPARE(form.labelsEditor()->values(), QStringList({"ledger", "1.0"}));

    form.setDocument(&opened.document, 3);
    QCOMPARE(form.metadataSection()->nameField()->lineEdit()->text(),
             QStringLiteral("ledger-vm-2"));
    QCOMPARE(form.weightField()->lineEdit()->text(), QStringLiteral("50"));
    QCOMPARE(form.metadataSection()->labelsEditor()->keys(), QStringList());
    QCOMPARE(form.localityField()->lineEdit()->text(), QStringLiteral("eu-west1/zone-c"));
}

void TestWorkloadEntryForm::typingAnAddressIsOneUndoStep()
{
    const QByteArray original = example();
    Opened opened(original, 2);
    retype(opened.form.addressField()->lineEdit(), QStringLiteral("vm1.ledger.internal"));
    QCOMPARE(opened.document.file().bytes(),
             QByteArray(original).replace("  address: 10.20.0.11\n",
                                          "  address: vm1.ledger.internal\n"));
    QCOMPARE(opened.document.undoStack()->count(), 1);
    // Leaving the field and coming back starts a new step.
    QLineEdit *address = opened.form.addressField()->lineEdit();
    QEvent focusIn(QEvent::FocusIn);
    QCoreApplication::sendEvent(address, &focusIn);
    QTest::keyClicks(address, QStringLiteral("2"));
    QCOMPARE(opened.document.undoStack()->count(), 2);
    opened.document.undoStack()->undo();
    opened.document.undoStack()->undo();
    QCOMPARE(opened.document.file().bytes(), original);
    QCOMPARE(address->text(), QStringLiteral("10.20.0.11"));
}

void TestWorkloadEntryForm::weightIsAddedAndRemoved()
{
    const QByteArray original = example();
    Opened opened(original, 2);
    QLineEdit *weight = opened.form.weightField()->lineEdit();
    retype(weight, QStringLiteral("20"));
    QCOMPARE(opened.document.file().bytes(),
             QByteArray(original).replace("  locality: eu-west1/zone-b\n",
                                          "  locality: eu-west1/zone-b\n  weight: 20\n"));
    const SpanTree &tree = opened.document.file().document(2).tree();
    QCOMPARE(tree.value(tree.find(path("spec.weight"))).scalarType(), ScalarType::Int);
    // An optional field cleared is an absent field.
    retype(weight, QString());
    QCOMPARE(opened.document.file().bytes(), original);
    QCOMPARE(weight->placeholderText(),
             FieldTable::forKind(u"WorkloadEntry")->field(u"spec.weight")->help);
}

void TestWorkloadEntryForm::portsAreRenamedAndRenumbered()
{
    const QByteArray original = example();
    Opened opened(original, 2);
    KeyValueEditor *ports = opened.form.portsEditor();
    typeInto(ports->table(), 0, 0, QStringLiteral("https"));
    typeInto(ports->table(), 0, 1, QStringLiteral("9443"));
    QByteArray expected = QByteArray(original).replace(
        "  ports:\n    http: 9080\n  serviceAccount: ledger\n  network: vm-network\n  locality: "
        "eu-west1/zone-b\n",
        "  ports:\n    https: 9443\n  serviceAccount: ledger\n  network: vm-network\n  locality: "
        "eu-west1/zone-b\n");
    QCOMPARE(opened.document.file().bytes(), expected);
    QCOMPARE(opened.document.undoStack()->count(), 2);
    const SpanTree &tree = opened.document.file().document(2).tree();
    QCOMPARE(tree.value(tree.find(path("spec.ports.https"))).scalarType(), ScalarType::Int);
    // Not a number: written as typed, for the validator to flag.
    typeInto(ports->table(), 0, 1, QStringLiteral("web"));
    QVERIFY(opened.document.file().bytes().contains("  ports:\n    https: web\n"));
    // Other documents of the file are untouched.
    QCOMPARE(opened.document.file().document(3).text(),
             YamlFile::fromBytes(original).document(3).text());
}

void TestWorkloadEntryForm::newPortAndLabel()
{
    const QByteArray original = example();
    Opened opened(original, 3);
    typeInto(opened.form.portsEditor()->table(), 1, 0, QStringLiteral("grpc"));
    typeInto(opened.form.portsEditor()->table(), 1, 1, QStringLiteral("9090"));
    KeyValueEditor *metadataLabels = opened.form.metadataSection()->labelsEditor();
    typeInto(metadataLabels->table(), 0, 0, QStringLiteral("app"));
    typeInto(metadataLabels->table(), 0, 1, QStringLiteral("ledger"));
    QCOMPARE(
        opened.document.file().bytes(),
        QByteArray(original)
            .replace("  name: ledger-vm-2\n  namespace: payments\n",
                     "  name: ledger-vm-2\n  namespace: payments\n  labels:\n    app: ledger\n")
            .replace("  ports:\n    http: 9080\n  serviceAccount: ledger\n  network: "
                     "vm-network\n  locality: eu-west1/zone-c\n",
                     "  ports:\n    http: 9080\n    grpc: 9090\n  serviceAccount: ledger\n  "
                     "network: vm-network\n  locality: eu-west1/zone-c\n"));
    // Key and value of each: two steps each.
    QCOMPARE(opened.document.undoStack()->count(), 4);
    QCOMPARE(opened.form.portsEditor()->keys(), QStringList({"http", "grpc"}));
}

void TestWorkloadEntryForm::syntaxErrorMakesTheFormReadOnly()
{
    const QByteArray original = example();
    Opened opened(original, 2);
    const qsizetype at = original.indexOf("  address: 10.20.0.11") + 2;
    opened.document.replaceText(at, 0, "\t");
    QVERIFY(opened.form.isReadOnly());
    QCOMPARE(opened.form.notice(),
             QStringLiteral("YAML syntax error at line 59, column 3: found character that cannot "
                            "start any token (while scanning for the next token). The form is "
                            "read-only until the YAML is fixed."));
    QVERIFY(opened.form.addressField()->lineEdit()->isReadOnly());
    QCOMPARE(opened.form.addressField()->lineEdit()->text(), QStringLiteral("10.20.0.11"));
    QCOMPARE(opened.form.portsEditor()->table()->editTriggers(), QAbstractItemView::NoEditTriggers);
    // Typing into the read-only form changes nothing.
    QTest::keyClicks(opened.form.addressField()->lineEdit(), QStringLiteral("x"));
    QCOMPARE(opened.document.undoStack()->count(), 1);
    opened.document.undoStack()->undo();
    QVERIFY(!opened.form.isReadOnly());
    QCOMPARE(opened.document.file().bytes(), original);
}

void TestWorkloadEntryForm::messagesAndFocus()
{
    Opened opened(example(), 2);
    QVERIFY(QTest::qWaitForWindowExposed(&opened.form));
    QApplication::setActiveWindow(&opened.form);
    QSignalSpy activated(&opened.form, &ResourceForm::fieldActivated);
    const FieldMessage address{
        path("spec.address"), FieldMessage::Error, QStringLiteral("WE-ADDRESS-FORMAT"),
        QStringLiteral("endpoint address \"x\" is not a valid FQDN or an IP address")};
    const FieldMessage port{path("spec.ports.http"), FieldMessage::Error,
                            QStringLiteral("WE-PORT-RANGE"),
                            QStringLiteral("port number 0 must be in the range 1..65535")};
    opened.form.setFieldMessages({address, port});
    QCOMPARE(opened.form.addressField()->messages(), QList<FieldMessage>{address});
    QVERIFY(opened.form.addressField()->lineEdit()->toolTip().contains(
        QStringLiteral("is not a valid FQDN or an IP address")));
    QCOMPARE(opened.form.addressField()->findChild<MessageList *>()->lines(),
             QStringList{address.text});
    QCOMPARE(opened.form.portsEditor()
                 ->table()
                 ->item(0, 1)
                 ->data(FormItemDelegate::SeverityRole)
                 .toInt(),
             int(FieldMessage::Error));
    QCOMPARE(opened.form.portsEditor()->messageList()->lines(),
             QStringList({"http: port number 0 must be in the range 1..65535"}));

    opened.form.focusField(path("spec.ports.http"));
    QTRY_VERIFY(opened.form.portsEditor()->table()->hasFocus());
    QCOMPARE(opened.form.portsEditor()->table()->currentRow(), 0);
    QCOMPARE(activated.last()[0].value<YamlPath>(), path("spec.ports.http"));
    opened.form.focusField(path("spec.network"));
    QTRY_VERIFY(opened.form.networkField()->lineEdit()->hasFocus());
    QCOMPARE(activated.last()[0].value<YamlPath>(), path("spec.network"));
}

void TestWorkloadEntryForm::otherFieldsAreListed()
{
    const QByteArray original = "apiVersion: networking.istio.io/v1\n"
                                "kind: WorkloadEntry\n"
                                "metadata:\n"
                                "  name: vm\n"
                                "  uid: 1234\n"
                                "spec:\n"
                                "  address: 10.0.0.9\n"
                                "  healthy: true\n";
    Opened opened(original, 0);
    auto *other = opened.form.findChild<OtherFieldsView *>();
    QCOMPARE(other->paths(), QList<YamlPath>({path("metadata.uid"), path("spec.healthy")}));
    retype(opened.form.networkField()->lineEdit(), QStringLiteral("vpc"));
    QCOMPARE(
        opened.document.file().bytes(),
        QByteArray(original).replace("  healthy: true\n", "  healthy: true\n  network: vpc\n"));
    QCOMPARE(other->paths().size(), 2);
}

void TestWorkloadEntryForm::helpComesFromTheFieldTable()
{
    Opened opened(example(), 2);
    const FieldTable *table = FieldTable::forKind(u"WorkloadEntry");
    WorkloadEntryForm &form = opened.form;
    for (const auto &[field, pattern] : QList<std::pair<ScalarField *, QString>>{
             {form.addressField(), "spec.address"},
             {form.networkField(), "spec.network"},
             {form.localityField(), "spec.locality"},
             {form.weightField(), "spec.weight"},
             {form.serviceAccountField(), "spec.serviceAccount"}}) {
        QCOMPARE(field->lineEdit()->toolTip(), table->field(pattern)->help);
        QVERIFY(
            field->lineEdit()->whatsThis().contains(table->field(pattern)->docs.toHtmlEscaped()));
    }
    QCOMPARE(form.portsEditor()->table()->horizontalHeaderItem(1)->toolTip(),
             table->field(u"spec.ports.*")->help);
}

void TestWorkloadEntryForm::grabsTheExampleDocuments()
{
    const QString directory = qEnvironmentVariable("MESHENTRY_FORM_SCREENSHOTS");
    for (int index : {2, 3}) {
        Opened opened(example(), index);
        auto *page = opened.form.findChild<QScrollArea *>()->widget();
        opened.form.resize(900, page->sizeHint().height() + 80);
        QVERIFY(QTest::qWaitForWindowExposed(&opened.form));
        QCoreApplication::processEvents(); // pending layout requests
        const QPixmap shot = opened.form.grab();
        QVERIFY(!shot.isNull());
        if (!directory.isEmpty())
            QVERIFY(shot.save(QStringLiteral("%1/workloadentry-%2.png").arg(directory).arg(index)));
    }
}

QTEST_MAIN(TestWorkloadEntryForm)
#include "tst_workloadentryform.moc"
