#include "ruleregistry.h"

#include <QFile>
#include <QtTest>

using namespace MeshEntry;

/**
 * docs/RULES.md is generated from the rule registry. When this test fails, regenerate it with
 * `meshentry rules --markdown > docs/RULES.md`, or run this test with
 * MESHENTRY_REGENERATE_RULES=1 to have it rewrite the file.
 */
class TestRulesDoc : public QObject
{
    Q_OBJECT

private slots:
    void rulesDocumentMatchesRegistry()
    {
        const QString path = QStringLiteral(MESHENTRY_SOURCE_DIR "/docs/RULES.md");
        const QByteArray expected = RuleRegistry::instance().markdown().toUtf8();
        if (qEnvironmentVariableIsSet("MESHENTRY_REGENERATE_RULES")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(out.write(expected), expected.size());
        }
        QFile in(path);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
        QVERIFY2(in.readAll() == expected,
                 "docs/RULES.md is out of date: run `meshentry rules --markdown > docs/RULES.md`");
    }

    void everyRuleIsDocumented()
    {
        QSet<QString> ids;
        for (const Rule &rule : RuleRegistry::instance().rules()) {
            QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
            ids.insert(rule.id);
            QVERIFY2(!rule.title.isEmpty() && !rule.trigger.isEmpty() && !rule.fix.isEmpty(),
                     qPrintable(rule.id));
            if (rule.layer == RuleLayer::MeshEntry)
                QVERIFY2(rule.id.startsWith(u"ME-"), qPrintable(rule.id));
            if (rule.layer == RuleLayer::Apiserver)
                QVERIFY2(rule.id.startsWith(u"CRD-"), qPrintable(rule.id));
            if (rule.layer == RuleLayer::Analyzer)
                QVERIFY2(rule.id.startsWith(u"IST"), qPrintable(rule.id));
            QVERIFY(RuleRegistry::instance().markdown().contains(
                QStringLiteral("| `%1` |").arg(rule.id)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRulesDoc)
#include "tst_rulesdoc.moc"
