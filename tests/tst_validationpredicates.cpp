#include "istiopredicates.h"

#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::IstioPredicates;

/// The shared predicates of ISTIO-RULES.md §3, checked against the cases the document names.
class TestValidationPredicates : public QObject
{
    Q_OBJECT

private slots:
    void ip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("v4") << "1.2.3.4" << true;
        QTest::newRow("v4 zero") << "0.0.0.0" << true;
        QTest::newRow("v4 leading zero") << "010.0.0.1" << false;
        QTest::newRow("v4 255") << "255.255.255.255" << true;
        QTest::newRow("v4 256") << "256.1.1.1" << false;
        QTest::newRow("v4 three fields") << "1.2.3" << false;
        QTest::newRow("v4 five fields") << "1.2.3.4.5" << false;
        QTest::newRow("v4 empty field") << "1..3.4" << false;
        QTest::newRow("v4 trailing dot") << "1.2.3.4." << false;
        QTest::newRow("v4 zone") << "1.2.3.4%eth0" << false;
        QTest::newRow("v6") << "2001:db8::1" << true;
        QTest::newRow("v6 leading zeros in group") << "001:db8::" << true;
        QTest::newRow("v6 five digits") << "06e::0bE32" << false;
        QTest::newRow("v6 unspecified") << "::" << true;
        QTest::newRow("v6 full") << "1:2:3:4:5:6:7:8" << true;
        QTest::newRow("v6 ellipsis for nothing") << "1:2:3:4::5:6:7:8" << false;
        QTest::newRow("v6 two ellipses") << "1::2::3" << false;
        QTest::newRow("v6 zone") << "fe80::1%eth0" << true;
        QTest::newRow("v6 empty zone") << "fe80::1%" << false;
        QTest::newRow("v6 embedded v4") << "::ffff:1.2.3.4" << true;
        QTest::newRow("v6 embedded v4 misplaced") << "1:2:3.4.5.6" << false;
        QTest::newRow("v6 trailing colon") << "1:2:3:4:5:6:7:" << false;
        QTest::newRow("percent first") << "%eth0" << false;
        QTest::newRow("name") << "example.com" << false;
        QTest::newRow("empty") << "" << false;
    }
    void ip()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isIp(text), valid);
    }

    void cidr_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("v4") << "10.0.0.0/8"
                            << "";
        QTest::newRow("host bits") << "1.2.3.4/24"
                                   << "";
        QTest::newRow("zero bits") << "1.2.3.4/0"
                                   << "";
        QTest::newRow("v4 33") << "1.2.3.4/33"
                               << "1.2.3.4/33 is not a valid CIDR block";
        QTest::newRow("leading zero bits") << "1.2.3.4/08"
                                           << "1.2.3.4/08 is not a valid CIDR block";
        QTest::newRow("signed bits") << "1.2.3.4/+8"
                                     << "1.2.3.4/+8 is not a valid CIDR block";
        QTest::newRow("empty bits") << "1.2.3.4/"
                                    << "1.2.3.4/ is not a valid CIDR block";
        QTest::newRow("v6 128") << "2001:db8::/128"
                                << "";
        QTest::newRow("v6 zone") << "fe80::1%eth0/64"
                                 << "fe80::1%eth0/64 is not a valid CIDR block";
        QTest::newRow("mapped v4 is v6") << "::ffff:1.2.3.4/120"
                                         << "";
        QTest::newRow("two slashes") << "1.2.3.4/8/8"
                                     << "1.2.3.4/8/8 is not a valid IP";
        QTest::newRow("plain IP") << "1.2.3.4"
                                  << "";
        QTest::newRow("bad IP") << "1.2.3.x"
                                << "1.2.3.x is not a valid IP";
    }
    void cidr()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QCOMPARE(checkAddress(text).text(), message);
    }

    void fqdn_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("message");
        QTest::newRow("single label") << "foo"
                                      << "";
        QTest::newRow("upper case") << "Example.COM"
                                    << "";
        QTest::newRow("numeric tld")
            << "1.1.1.1"
            << "domain name \"1.1.1.1\" invalid (top level domain \"1\" cannot be all-numeric)";
        QTest::newRow("trailing dot") << "1.1.1.1."
                                      << "";
        QTest::newRow("signed tld")
            << "a.+5"
            << "domain name \"a.+5\" invalid (top level domain \"+5\" cannot be all-numeric)";
        QTest::newRow("huge tld overflows") << "a.12345678901234567890"
                                            << "";
        QTest::newRow("wildcard") << "*.example.com"
                                  << "domain name \"*.example.com\" invalid (label \"*\" invalid)";
        QTest::newRow("empty middle") << "a..b"
                                      << "domain name \"a..b\" invalid (label \"\" invalid)";
        QTest::newRow("empty") << ""
                               << "empty domain name not allowed";
        QTest::newRow("long")
            << QString(256, u'a')
            << QStringLiteral("domain name \"%1\" too long (max 255)").arg(QString(256, u'a'));
        QTest::newRow("label 64") << QString(64, u'a') + ".com"
                                  << QStringLiteral(
                                         "domain name \"%1.com\" invalid (label \"%1\" invalid)")
                                         .arg(QString(64, u'a'));
    }
    void fqdn()
    {
        QFETCH(QString, domain);
        QFETCH(QString, message);
        QCOMPARE(checkFqdn(domain).text(), message);
    }

    void wildcardDomain_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("message");
        QTest::newRow("star") << "*"
                              << "";
        QTest::newRow("prefix wildcard") << "*.example.com"
                                         << "";
        QTest::newRow("partial") << "*foo.com"
                                 << "";
        QTest::newRow("dash partial") << "*-foo.com"
                                      << "";
        QTest::newRow("numeric single") << "123"
                                        << "";
        QTest::newRow("numeric second")
            << "a.123"
            << "domain name \"123\" invalid (top level domain \"123\" cannot be all-numeric)";
        QTest::newRow("ip")
            << "1.1.1.1"
            << "domain name \"1.1.1\" invalid (top level domain \"1\" cannot be all-numeric)";
        QTest::newRow("suffix star") << "foo*.com"
                                     << "domain name \"foo*.com\" invalid (label \"foo*\" invalid)";
        QTest::newRow("dash") << "-"
                              << "domain name \"-\" invalid (label \"-\" invalid)";
        QTest::newRow("trailing dot") << "foo."
                                      << "";
    }
    void wildcardDomain()
    {
        QFETCH(QString, domain);
        QFETCH(QString, message);
        QCOMPARE(checkWildcardDomain(domain).text(), message);
    }

    void partialWildcard()
    {
        QCOMPARE(checkPartialWildcard(u"*foo.com").text(),
                 QStringLiteral("partial wildcard \"*foo.com\" not allowed"));
        QCOMPARE(checkPartialWildcard(u"*.foo.com").text(), QString());
        QCOMPARE(checkPartialWildcard(u"*").text(), QString());
        QCOMPARE(checkPartialWildcard(u"foo.com").text(), QString());
    }

    void portsAndProtocols()
    {
        QCOMPARE(checkPort(0).text(),
                 QStringLiteral("port number 0 must be in the range 1..65535"));
        QCOMPARE(checkPort(65536).text(),
                 QStringLiteral("port number 65536 must be in the range 1..65535"));
        QCOMPARE(checkPort(65535).text(), QString());
        QCOMPARE(checkPortName(u"").text(), QStringLiteral("invalid port name: "));
        QCOMPARE(checkPortName(u"HTTP-web").text(), QString());
        QCOMPARE(checkPortName(QString(64, u'a')).text(),
                 QStringLiteral("invalid port name: ") + QString(64, u'a'));
        QCOMPARE(checkProtocol(u"").text(), QString());
        QCOMPARE(checkProtocol(u"udp").text(), QString());
        QCOMPARE(checkProtocol(u"grpc-WEB").text(), QString());
        QCOMPARE(checkProtocol(u"HBONE").text(), QStringLiteral("unsupported protocol: HBONE"));
        QVERIFY(isHttp(parseProtocol(u"http_proxy")));
        QVERIFY(isTls(parseProtocol(u"https")) && isTcp(parseProtocol(u"https")));
        QVERIFY(!isHttp(parseProtocol(u"")) && !isTls(parseProtocol(u"")) &&
                !isTcp(parseProtocol(u"")));
        QVERIFY(!isTcp(parseProtocol(u"UDP")));
    }

    void labels_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("plain") << "app"
                               << "web"
                               << "";
        QTest::newRow("prefixed") << "app.kubernetes.io/name"
                                  << "Web_1.x"
                                  << "";
        QTest::newRow("upper prefix") << "Example.COM/name"
                                      << ""
                                      << "";
        QTest::newRow("two slashes") << "a/b/c"
                                     << ""
                                     << "invalid tag key: \"a/b/c\"";
        QTest::newRow("empty key") << ""
                                   << ""
                                   << "invalid tag key: \"\"";
        QTest::newRow("key with caret") << "^"
                                        << ""
                                        << "invalid tag key: \"^\"";
        QTest::newRow("long name")
            << QString(64, u'a') << ""
            << QStringLiteral("invalid tag key: \"%1\" (name is too long)").arg(QString(64, u'a'));
        QTest::newRow("long prefix")
            << QString(254, u'a') + "/n"
            << ""
            << QStringLiteral("invalid tag key: \"%1/n\" (DNS prefix is too long)")
                   .arg(QString(254, u'a'));
        QTest::newRow("bad value") << "app"
                                   << "a b"
                                   << "invalid tag value: \"a b\"";
        QTest::newRow("long value ok") << "app" << QString(100, u'v') << "";
    }
    void labels()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const QString keyProblem = checkLabelKey(key).text();
        QCOMPARE(keyProblem.isEmpty() ? checkLabelValue(value).text() : keyProblem, message);
    }

    void unixAddresses()
    {
        QCOMPARE(checkUnixAddress(u"").text(), QStringLiteral("unix address must not be empty"));
        QCOMPARE(checkUnixAddress(u"@abstract").text(), QString());
        QCOMPARE(checkUnixAddress(u"/var/run/sock").text(), QString());
        QCOMPARE(checkUnixAddress(u"/var/run/").text(),
                 QStringLiteral("/var/run/ is not an absolute path to a file"));
        QCOMPARE(checkUnixAddress(u"relative").text(),
                 QStringLiteral("relative is not an absolute path to a file"));
    }

    void goQuoting()
    {
        QCOMPARE(goQuote(u"a\"b\\c"), QStringLiteral("\"a\\\"b\\\\c\""));
        QCOMPARE(goQuote(u"tab\there"), QStringLiteral("\"tab\\there\""));
        QCOMPARE(goQuote(QStringView(u"\x01")), QStringLiteral("\"\\x01\""));
        QCOMPARE(goQuote(u"é✓"), QStringLiteral("\"é✓\""));
    }

    void kubernetesNames()
    {
        QVERIFY(isKubernetesSubdomain(u"a.b-c"));
        QVERIFY(!isKubernetesSubdomain(u"A"));
        QVERIFY(!isKubernetesSubdomain(u"a..b"));
        QVERIFY(isKubernetesLabel(u"default"));
        QVERIFY(!isKubernetesLabel(u"a.b"));
        QCOMPARE(checkQualifiedName(u"example.com/Name_1").text(), QString());
        QVERIFY(!checkQualifiedName(u"Example.com/name").text().isEmpty());
        QCOMPARE(checkKubernetesLabelValue(QString(64, u'a')).text(),
                 QStringLiteral("must be no more than 63 characters"));
    }
};

QTEST_GUILESS_MAIN(TestValidationPredicates)
#include "tst_validationpredicates.moc"
