// A finding's message kept as UTF-8 (FindingText): half the bytes of a QString for the
// mostly-ASCII English, no copy at all for a message that is its template's text, and the
// same answers and order as the QString it replaces.

#include "findingtext.h"
#include "messagetext.h"

#include <QtTest>

using namespace MeshEntry;

class TestFindingText : public QObject
{
    Q_OBJECT

private slots:
    void keepsUtf8AtItsExactSize();
    void aTemplatesOwnTextIsNotCopied();
    void readsAsTheQStringItWasMadeFrom();
    void ordersAsQString();
};

void TestFindingText::keepsUtf8AtItsExactSize()
{
    // A routing message's length (348 characters on average in the benchmark file).
    const QString english = QStringLiteral("Port 27018 of feed-00000-0.identity.example.com is "
                                           "dropped from listener 0.0.0.0_27018");
    QCOMPARE(english.size(), 86);
    const FindingText text(english);
    QCOMPARE(text.utf8().size(), 86);
    // toUtf8() alone allocates three bytes per character: squeezed to one.
    QCOMPARE(text.ownBytes(), 86);
    QCOMPARE(FindingText(QStringLiteral("h\u00e9")).ownBytes(), 3);
    QCOMPARE(FindingText().ownBytes(), 0);
}

void TestFindingText::aTemplatesOwnTextIsNotCopied()
{
    static const char *const literal = "multiple hosts provided with non-HTTP, non-TLS ports";
    const FindingText plain = FindingText::fromMessage(MessageText(literal));
    QCOMPARE(plain.ownBytes(), 0);
    QCOMPARE(plain.utf8().constData(), literal);
    QCOMPARE(plain.toString(), QString::fromUtf8(literal));

    static const char *const withArgument = "port %1 is taken";
    const FindingText filled = FindingText::fromMessage(MessageText(withArgument).arg(80));
    QCOMPARE(filled.toString(), QStringLiteral("port 80 is taken"));
    QCOMPARE(filled.ownBytes(), 16);
}

void TestFindingText::readsAsTheQStringItWasMadeFrom()
{
    const QString english =
        QStringLiteral("host \u201capi.example.com\u201d \U0001F600 is shadowed");
    const FindingText text(english);
    QCOMPARE(QString(text), english);
    QCOMPARE(text.toString(), english);
    QVERIFY(text == english);
    QVERIFY(english == text);
    QVERIFY(text != QStringLiteral("host"));
    QVERIFY(text.contains(QLatin1String("api.example.com")));
    QVERIFY(text.startsWith(u"host"));
    QCOMPARE(QStringLiteral("%1: %2").arg(QStringLiteral("RULE"), text),
             QStringLiteral("RULE: ") + english);
    QCOMPARE(text.toUtf8(), english.toUtf8());
    QVERIFY(FindingText().isEmpty());
    QVERIFY(!text.isEmpty());
}

void TestFindingText::ordersAsQString()
{
    // UTF-8 orders by code point; UTF-16 (QString) puts characters past U+FFFF (surrogates)
    // before U+E000…U+FFFF. The order must stay QString's: it sorts findings for output.
    const QStringList texts{QStringLiteral("a"),          QStringLiteral("ab"),
                            QStringLiteral("b"),          QStringLiteral("\u00e9"),
                            QStringLiteral("\u20ac"),     QStringLiteral("\ud7ff"),
                            QStringLiteral("\ue000"),     QStringLiteral("\uffff"),
                            QStringLiteral("\U00010000"), QStringLiteral("\U0001F600"),
                            QStringLiteral("\U0010FFFF"), QStringLiteral("x\U0001F600"),
                            QStringLiteral("x\uff01"),    QString()};
    int compared = 0;
    for (const QString &a : texts) {
        for (const QString &b : texts) {
            QCOMPARE(FindingText(a) < FindingText(b), a < b);
            QCOMPARE(FindingText(a) == FindingText(b), a == b);
            ++compared;
        }
    }
    QCOMPARE(compared, 196);
    QVERIFY(QStringLiteral("\U0001F600") < QStringLiteral("\ue000"));
    QVERIFY(FindingText(QStringLiteral("\U0001F600")) < FindingText(QStringLiteral("\ue000")));
}

QTEST_GUILESS_MAIN(TestFindingText)
#include "tst_findingtext.moc"
