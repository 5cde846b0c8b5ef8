#include "requesturl.h"

#include <QtTest>

using namespace MeshEntry;

/// The Request tester's URL field: what a typed URL sends, and the URL shown for a request.
class TestRequestUrl : public QObject
{
    Q_OBJECT

private slots:
    void addressesAndHostsAreRead_data();
    void addressesAndHostsAreRead();
    void colonsOutsideBracketsNeedAnIpv6Address_data();
    void colonsOutsideBracketsNeedAnIpv6Address();
};

void TestRequestUrl::addressesAndHostsAreRead_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("address");
    QTest::addColumn<quint32>("port");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("host") << "https://api.example.com/v1"
                          << "api.example.com"
                          << "" << 443u << "https://api.example.com";
    QTest::newRow("host and port") << "api.example.com:8080"
                                   << "api.example.com"
                                   << "" << 8080u << "api.example.com:8080";
    QTest::newRow("bare IPv6") << "http://2001:db8::1"
                               << ""
                               << "2001:db8::1" << 80u << "http://[2001:db8::1]";
    QTest::newRow("IPv6 and port") << "tcp://[2001:db8::1]:5432"
                                   << ""
                                   << "2001:db8::1" << 5432u << "tcp://[2001:db8::1]:5432";
}

void TestRequestUrl::addressesAndHostsAreRead()
{
    QFETCH(QString, url);
    RoutingRequest request;
    QString error;
    QVERIFY2(RequestUrl::parse(url, &request, &error), qPrintable(error));
    QTEST(request.host, "host");
    QTEST(request.address, "address");
    QTEST(request.port, "port");
    QTEST(RequestUrl::format(request), "formatted");
}

void TestRequestUrl::colonsOutsideBracketsNeedAnIpv6Address_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error");
    // Found by the request fuzz target (tests/fuzz/regressions/request/crash-e70b103d…): the
    // whole text was taken as a host, shown as http://[-2001:db8::1]:8080], which reads back
    // as no request at all.
    QTest::newRow("stray bracket")
        << "http://-2001:db8::1]:8080"
        << "-2001:db8::1]:8080 is not an IPv6 address: write a port after an address in "
           "brackets, as in [2001:db8::1]:443.";
    QTest::newRow("two ports") << "https://a.example.com:80:81"
                               << "a.example.com:80:81 is not an IPv6 address: write a port "
                                  "after an address in brackets, as in [2001:db8::1]:443.";
}

void TestRequestUrl::colonsOutsideBracketsNeedAnIpv6Address()
{
    QFETCH(QString, url);
    RoutingRequest request;
    QString error;
    QVERIFY(!RequestUrl::parse(url, &request, &error));
    QTEST(error, "error");
}

QTEST_GUILESS_MAIN(TestRequestUrl)
#include "tst_requesturl.moc"
