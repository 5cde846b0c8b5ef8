#include "formtesthelpers.h"
#include "meshpreferencespage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QtTest>

using namespace MeshEntry;

/// The Mesh page of Preferences: fields patch the MeshConfig YAML, the YAML fills the fields.
class TestMeshPreferencesPage : public QObject
{
    Q_OBJECT

private slots:
    void fieldsPatchOnlyTheirLines()
    {
        MeshPreferencesPage page("# platform settings\nrootNamespace: istio-system  # keep\n"
                                 "accessLogFile: /dev/stdout\n",
                                 QStringLiteral("istio-cm.yaml"));
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.rootNamespaceField()->text(), QStringLiteral("istio-system"));
        page.rootNamespaceField()->setFocus();
        QCOMPARE(QApplication::focusWidget(), page.rootNamespaceField());
        FormTest::retype(page.rootNamespaceField(), QStringLiteral("mesh-root"));
        QCOMPARE(page.text(), QByteArray("# platform settings\nrootNamespace: mesh-root  # keep\n"
                                         "accessLogFile: /dev/stdout\n"));
        QCOMPARE(page.config().rootNamespace, QStringLiteral("mesh-root"));

        QTest::mouseClick(page.dnsCaptureField(), Qt::LeftButton, {},
                          QPoint(8, page.dnsCaptureField()->height() / 2));
        QCOMPARE(page.text(), QByteArray("# platform settings\nrootNamespace: mesh-root  # keep\n"
                                         "accessLogFile: /dev/stdout\ndefaultConfig:\n"
                                         "  proxyMetadata:\n"
                                         "    ISTIO_META_DNS_CAPTURE: \"true\"\n"));
        QVERIFY(page.config().dnsCapture());
        QTest::mouseClick(page.dnsCaptureField(), Qt::LeftButton, {},
                          QPoint(8, page.dnsCaptureField()->height() / 2));
        QVERIFY(!page.config().dnsCapture());

        page.exportToField()->setFocus();
        FormTest::retype(page.exportToField(), QStringLiteral("., istio-system"));
        QCOMPARE(page.config().defaultServiceExportTo,
                 QStringList({QStringLiteral("."), QStringLiteral("istio-system")}));
        QCOMPARE(page.text(), QByteArray("# platform settings\nrootNamespace: mesh-root  # keep\n"
                                         "accessLogFile: /dev/stdout\n"
                                         "defaultServiceExportTo:\n- .\n- istio-system\n"));
        QCOMPARE(page.source(), QStringLiteral("istio-cm.yaml"));
        QVERIFY2(page.statusLabel()->text().contains(
                     QStringLiteral("Kept but not used by MeshEntry: accessLogFile.")),
                 qPrintable(page.statusLabel()->text()));
    }

    void snakeCaseKeysStay()
    {
        MeshPreferencesPage page("root_namespace: a\n", QString());
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.rootNamespaceField()->setFocus();
        FormTest::retype(page.rootNamespaceField(), QStringLiteral("b"));
        QCOMPARE(page.text(), QByteArray("root_namespace: b\n"));
    }

    void yamlFillsTheFieldsAndErrorsBlock()
    {
        MeshPreferencesPage page{QByteArray(), QString()};
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.valid());
        QCOMPARE(page.statusLabel()->text(), QStringLiteral("In force: Istio's defaults."));
        page.yamlField()->setFocus();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("outboundTrafficPolicy:"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("  mode: REGISTRY_ONLY"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(page.outboundField()->currentText(), QStringLiteral("REGISTRY_ONLY"));
        QVERIFY(page.valid());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("rootNamespace: [x"));
        QTRY_VERIFY(!page.valid());
        QVERIFY2(page.statusLabel()->text().startsWith(QStringLiteral("YAML:")),
                 qPrintable(page.statusLabel()->text()));
    }

    void visibilityFields()
    {
        MeshPreferencesPage page{QByteArray(), QString()};
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.visibilityField()->setFocus();
        // The combo box takes keys as a user picks an entry.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(page.visibilityField()->currentText(), QStringLiteral("NAMESPACE"));
        QCOMPARE(page.text(),
                 QByteArray("serviceEntryVisibility:\n  defaultVisibility: NAMESPACE\n"));
        // On its box: a check box is wider than its short text in the form.
        QTest::mouseClick(page.sidecarsField(), Qt::LeftButton, {},
                          QPoint(8, page.sidecarsField()->height() / 2));
        QCOMPARE(page.text(), QByteArray("serviceEntryVisibility:\n  defaultVisibility: NAMESPACE\n"
                                         "  applyToSidecars: true\n"));
        QVERIFY(page.config().serviceEntryVisibility.applyToSidecars);
    }
};

QTEST_MAIN(TestMeshPreferencesPage)
#include "tst_meshpreferencespage.moc"
