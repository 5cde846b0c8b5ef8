#include "diagnosticscontroller.h"
#include "diagnosticsmodel.h"
#include "editordocument.h"
#include "mainwindow.h"
#include "metadatasection.h"
#include "scalarfield.h"
#include "serviceentryform.h"
#include "validationbridge.h"

#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace MeshEntry;

namespace {

QByteArray serviceEntry(const QByteArray &name, const QByteArray &extra = {})
{
    return "---\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: " +
           name + "\n  namespace: payments\nspec:\n  hosts:\n  - " + name +
           ".example.com\n  ports:\n  - number: 443\n    name: https\n    protocol: HTTPS\n" +
           "  location: MESH_EXTERNAL\n" + extra;
}

} // namespace

/// The views of the findings follow an edit at a cost that does not grow with the file.
class TestDiagnosticsController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anEditMarksOnlyTheDocumentsWhoseFindingsChanged();

private:
    QTemporaryDir m_dir;
};

void TestDiagnosticsController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestDiagnosticsController::anEditMarksOnlyTheDocumentsWhoseFindingsChanged()
{
    // Documents 1..5 each warn (resolution NONE with a selector); renaming document 0 to
    // "apiy" makes it and document 6 duplicates: a finding in each of those two.
    QByteArray text = serviceEntry("api", "  resolution: DNS\n");
    for (int i = 1; i <= 5; ++i)
        text +=
            serviceEntry("filler-" + QByteArray::number(i),
                         "  resolution: NONE\n  workloadSelector:\n    labels:\n      app: x\n");
    text += serviceEntry("apiy", "  resolution: DNS\n");
    const QString path = m_dir.filePath(QStringLiteral("names.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    MainWindow window;
    window.resize(1280, 860);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openFile(path));
    auto *controller = window.findChild<DiagnosticsController *>();
    QVERIFY(controller);
    EditorDocument *document = window.currentFile();
    ValidationBridge *validation = window.validationBridge();
    QTRY_COMPARE(window.diagnosticsModel()->rowCount(), 5);
    for (int i = 1; i <= 5; ++i)
        QCOMPARE(validation->diagnostics(document, i).size(), 1);
    QCOMPARE(validation->diagnostics(document, 0).size(), 0);

    window.setCurrent(document, 0);
    QLineEdit *name = window.serviceEntryForm()->metadataSection()->nameField()->lineEdit();
    QTest::mouseClick(name, Qt::LeftButton);
    QTest::keyClick(name, Qt::Key_End);
    const quint64 before = controller->markedFindings();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y);
    QCOMPARE(document->file().document(0).info().name, QStringLiteral("apiy"));
    QTRY_COMPARE(window.diagnosticsModel()->rowCount(), 7);
    QCOMPARE(validation->diagnostics(document, 0).first().rule,
             QStringLiteral("ME-DUPLICATE-NAME"));
    QCOMPARE(validation->diagnostics(document, 6).first().rule,
             QStringLiteral("ME-DUPLICATE-NAME"));
    // Documents 0 and 6 are marked again (one finding each), not the five between them.
    QCOMPARE(controller->markedFindings() - before, quint64(2));
}

QTEST_MAIN(TestDiagnosticsController)
#include "tst_diagnosticscontroller.moc"
