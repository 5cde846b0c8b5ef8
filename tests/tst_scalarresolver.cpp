#include "scalarresolver.h"

#include <QtTest>

using namespace MeshEntry;

Q_DECLARE_METATYPE(ScalarType)

/// YAML 1.1 / 1.2 typing of plain scalars, as Kubernetes' reader sees them.
class TestScalarResolver : public QObject
{
    Q_OBJECT

private slots:
    void resolves_data();
    void resolves();
};

void TestScalarResolver::resolves_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ScalarType>("type");
    const QList<std::pair<const char *, ScalarType>> cases = {
        {"", ScalarType::Null},
        {"~", ScalarType::Null},
        {"null", ScalarType::Null},
        {"yes", ScalarType::Bool},
        {"On", ScalarType::Bool},
        {"n", ScalarType::Bool},
        {"true", ScalarType::Bool},
        {"8080", ScalarType::Int},
        {"0755", ScalarType::Int},
        {"08", ScalarType::Int},
        {"0x1F", ScalarType::Int},
        {"0o17", ScalarType::Int},
        {"1:20", ScalarType::Int},
        {"-12", ScalarType::Int},
        {"1.0", ScalarType::Float},
        {"1e3", ScalarType::Float},
        {".inf", ScalarType::Float},
        {".NaN", ScalarType::Float},
        {"2024-01-01", ScalarType::Timestamp},
        {"2001-12-14t21:59:43.10-05:00", ScalarType::Timestamp},
        {"<<", ScalarType::Merge},
        {"v1", ScalarType::String},
        {"1.2.3", ScalarType::String},
        {"10.0.0.1", ScalarType::String},
        {"api.example.com", ScalarType::String},
        {"MESH_EXTERNAL", ScalarType::String},
        {"yesterday", ScalarType::String},
        {".", ScalarType::String},
    };
    for (const auto &[text, type] : cases)
        QTest::newRow(*text ? text : "empty") << QString::fromUtf8(text) << type;
}

void TestScalarResolver::resolves()
{
    QFETCH(QString, text);
    QFETCH(ScalarType, type);
    QCOMPARE(ScalarResolver::resolvePlain(text), type);
}

QTEST_GUILESS_MAIN(TestScalarResolver)
#include "tst_scalarresolver.moc"
