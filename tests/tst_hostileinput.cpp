#include "clitesthelpers.h"
#include "yamlfile.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace MeshEntry;

namespace {

constexpr int cliTimeoutMs = 20000;
/// Far above what any of these inputs takes; only a hang or a quadratic blow-up gets here.
constexpr qint64 hangLimitMs = 5000;

/// Runs the meshentry CLI; a process that outlives the timeout is killed and reported.
CliTest::Run runCli(const QStringList &arguments)
{
    return CliTest::run(arguments, {}, {{}, {}, cliTimeoutMs});
}

QByteArray repeated(const QByteArray &unit, int count)
{
    QByteArray out;
    out.reserve(unit.size() * count);
    for (int i = 0; i < count; ++i)
        out += unit;
    return out;
}

/// 5,000 block maps, each key one space deeper than its parent.
QByteArray deepBlockMappings()
{
    QByteArray out;
    for (int depth = 0; depth < 5000; ++depth)
        out += QByteArray(depth, ' ') + "a:\n";
    return out + QByteArray(5000, ' ') + "x\n";
}

/// Looks like an executable: the ELF magic, then seeded random bytes with NULs in them.
QByteArray binaryFile()
{
    QByteArray out("\x7f"
                   "ELF\x02\x01\x01",
                   7);
    QRandomGenerator random(20261126);
    while (out.size() < 65536) {
        out += char(random.bounded(256));
        if (out.size() % 61 == 0)
            out += '\0';
    }
    return out;
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xff\xfe") : QByteArray("\xfe\xff");
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xff);
        out.append(littleEndian ? low : high).append(littleEndian ? high : low);
    }
    return out;
}

/// text in UTF-32, with or without a byte order mark (U+FEFF).
QByteArray utf32(const QString &text, bool littleEndian, bool bom)
{
    QByteArray out;
    const auto append = [&](char32_t c) {
        const char bytes[4] = {char(c >> 24), char((c >> 16) & 0xff), char((c >> 8) & 0xff),
                               char(c & 0xff)};
        for (int i = 0; i < 4; ++i)
            out.append(bytes[littleEndian ? 3 - i : i]);
    };
    if (bom)
        append(0xFEFF);
    for (const char32_t c : text.toUcs4())
        append(c);
    return out;
}

/// Nine levels of nine aliases each: 9^9 strings if anything expanded them.
QByteArray billionLaughs()
{
    QByteArray out = "a: &a [" + repeated("\"lol\", ", 8) + "\"lol\"]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        const QByteArray alias = QByteArray("*") + char(level - 1);
        out +=
            QByteArray(1, level) + ": &" + level + " [" + repeated(alias + ", ", 8) + alias + "]\n";
    }
    return out;
}

/// Twenty small ServiceEntries, with one byte that is never valid UTF-8 in the sixteenth.
QByteArray invalidByteInDocument15()
{
    QByteArray out;
    for (int i = 0; i < 20; ++i) {
        out += "---\nkind: ServiceEntry\nmetadata:\n  name: doc";
        if (i == 15)
            out += '\xff';
        out += QByteArray::number(i) + '\n';
    }
    return out;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileFile_data();
    void hostileFile();
    void aliasesStayReferences();
    void invalidByteKeepsEarlierDocuments();
    void hugeSingleLine();
    void fiftyThousandAliases();
    void refusedPaths();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_directory;
};

void TestHostileInput::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(MESHENTRY_BINARY)), MESHENTRY_BINARY);
}

QString TestHostileInput::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestHostileInput::hostileFile_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("kinds"); // expected kind of each document
    QTest::addColumn<int>("errorDocument"); // the document with the error, or -1
    QTest::addColumn<QString>("message");   // part of the error message
    QTest::addColumn<int>("line");          // 1-based, in the file
    QTest::addColumn<int>("column");        // 1-based, in characters
    const QStringList one{QString()};
    const QString tooDeep = QStringLiteral("nesting deeper than 500 levels");
    const QString control = QStringLiteral("control characters are not allowed");

    // Depth 501 begins at the 501st opener.
    QTest::newRow("deep-flow-sequences") << QByteArray(100000, '[') + QByteArray(100000, ']') + '\n'
                                         << one << 0 << tooDeep << 1 << 501;
    QTest::newRow("deep-flow-mappings")
        << repeated("{a: ", 100000) + 'x' + QByteArray(100000, '}') + '\n'
        << one << 0 << tooDeep << 1 << 2001;
    QTest::newRow("deep-block-sequences") << repeated("- ", 100000) + "x\n"
                                          << one << 0 << tooDeep << 1 << 1001;
    QTest::newRow("deep-block-mappings")
        << deepBlockMappings() << one << 0 << tooDeep << 501 << 501;

    QTest::newRow("invalid-utf8-byte")
        << QByteArray("metadata:\n  name: caf\xff\n") << one << 0
        << QStringLiteral("invalid leading UTF-8 octet (byte 0xff)") << 2 << 12;
    // A Latin-1 é starts a 3-byte sequence; libyaml flags the byte that fails to continue it.
    QTest::newRow("latin1-text") << QByteArray("metadata:\n  name: caf\xe9-bar\n") << one << 0
                                 << QStringLiteral("invalid trailing UTF-8 octet (byte 0x2d)") << 2
                                 << 13;
    QTest::newRow("binary") << binaryFile() << one << 0 << control + QStringLiteral(" (byte 0x7f)")
                            << 1 << 1;
    QTest::newRow("nul-in-plain-scalar")
        << QByteArray("metadata:\n  name: pay\0ments\n", 28) << one << 0
        << control + QStringLiteral(" (byte 0x00)") << 2 << 12;
    QTest::newRow("nul-in-quoted-scalar")
        << QByteArray("metadata:\n  name: \"pay\0ments\"\n", 30) << one << 0
        << control + QStringLiteral(" (byte 0x00)") << 2 << 13;

    const QString noContent = QStringLiteral("did not find expected node content");
    QTest::newRow("stray-comma") << QByteArray(",\n") << one << 0 << noContent << 1 << 1;
    QTest::newRow("stray-comma-between-documents")
        << QByteArray("a: 1\n---\n,\n---\nb: 2\n") << QStringList{QString(), QString(), QString()}
        << 1 << noContent << 3 << 1;
    QTest::newRow("stray-comma-between-resources")
        << QByteArray("kind: ServiceEntry\n---\n,\n---\nkind: WorkloadEntry\n")
        << QStringList{QStringLiteral("ServiceEntry"), QString(), QStringLiteral("WorkloadEntry")}
        << 1 << noContent << 3 << 1;

    // The end of the stream is where libyaml notices the quote is never closed.
    const QString unterminated = QStringLiteral("found unexpected end of stream");
    const QStringList serviceEntry{QStringLiteral("ServiceEntry")};
    QTest::newRow("unterminated-double-quote")
        << QByteArray("kind: ServiceEntry\nmetadata:\n  name: \"payments\n") << serviceEntry << 0
        << unterminated << 4 << 1;
    QTest::newRow("unterminated-single-quote-no-eol")
        << QByteArray("kind: ServiceEntry\nmetadata:\n  name: 'payments") << serviceEntry << 0
        << unterminated << 3 << 18;
    QTest::newRow("tab-indentation")
        << QByteArray("kind: ServiceEntry\nspec:\n  hosts:\n\t- api.example.com\n") << serviceEntry
        << 0 << QStringLiteral("found character that cannot start any token") << 4 << 1;
    // Other Unicode encodings are named, with or without a byte order mark.
    const QString kind = QStringLiteral("kind: ServiceEntry\n");
    const auto encoded = [](const char *encoding) {
        return QStringLiteral("the file is %1 text, not UTF-8: convert it with iconv -f %1 -t "
                              "UTF-8")
            .arg(QLatin1String(encoding));
    };
    QTest::newRow("utf16le-bom") << utf16(kind, true) << one << 0 << encoded("UTF-16LE") << 1 << 1;
    QTest::newRow("utf16be-bom") << utf16(kind, false) << one << 0 << encoded("UTF-16BE") << 1 << 1;
    QTest::newRow("utf16le") << utf16(kind, true).mid(2) << one << 0 << encoded("UTF-16LE") << 1
                             << 1;
    QTest::newRow("utf16be") << utf16(kind, false).mid(2) << one << 0 << encoded("UTF-16BE") << 1
                             << 1;
    QTest::newRow("utf32le-bom") << utf32(kind, true, true) << one << 0 << encoded("UTF-32LE") << 1
                                 << 1;
    QTest::newRow("utf32be-bom") << utf32(kind, false, true) << one << 0 << encoded("UTF-32BE") << 1
                                 << 1;
    QTest::newRow("utf32le") << utf32(kind, true, false) << one << 0 << encoded("UTF-32LE") << 1
                             << 1;
    QTest::newRow("utf32be") << utf32(kind, false, false) << one << 0 << encoded("UTF-32BE") << 1
                             << 1;

    QTest::newRow("billion-laughs") << billionLaughs() << one << -1 << QString() << 0 << 0;
    QTest::newRow("self-alias") << QByteArray("a: &x [*x]\n") << one << -1 << QString() << 0 << 0;
}

void TestHostileInput::hostileFile()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, kinds);
    QFETCH(int, errorDocument);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    const QString path =
        writeFile(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".yaml"), input);

    // The CLI goes first, under a timeout, so that a hang fails the test instead of blocking it.
    const CliTest::Run printed = runCli({QStringLiteral("get"), path});
    QVERIFY2(printed.finished, "meshentry get FILE did not finish within 20 s");
    QCOMPARE(printed.exitCode, 0);
    QVERIFY2(
        printed.out == input,
        qPrintable(
            QStringLiteral("printed %1 bytes of %2").arg(printed.out.size()).arg(input.size())));
    if (errorDocument >= 0) {
        const CliTest::Run diagnosed = runCli(
            {QStringLiteral("get"), path, QString::number(errorDocument), QStringLiteral("kind")});
        QVERIFY2(diagnosed.finished, "meshentry get FILE DOC PATH did not finish within 20 s");
        QCOMPARE(diagnosed.exitCode, 2);
        const QString location = QStringLiteral("meshentry: %1:%2:%3: YAML syntax error: ")
                                     .arg(path)
                                     .arg(line)
                                     .arg(column);
        QVERIFY2(diagnosed.err.startsWith((location + message).toUtf8()),
                 diagnosed.err.constData());
    }

    QElapsedTimer timer;
    timer.start();
    const YamlFile file = YamlFile::fromBytes(input);
    QVERIFY2(file.bytes() == input, "the file's bytes differ from the input");
    QCOMPARE(file.documentCount(), kinds.size());
    for (int i = 0; i < file.documentCount(); ++i) {
        const YamlDocument &document = file.document(i);
        QCOMPARE(document.info().kind, kinds[i]);
        const SpanTree &tree = document.tree();
        // Must neither recurse without end nor expand aliases.
        tree.documentValue();
        if (i != errorDocument) {
            QVERIFY2(!document.hasSyntaxErrors(),
                     qPrintable(document.syntaxErrors().value(0).message));
            QVERIFY2(!tree.hasErrors(), qPrintable(tree.errors().value(0).message));
            continue;
        }
        QVERIFY(document.hasSyntaxErrors());
        const YamlError &error = document.syntaxErrors().first();
        QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
        QCOMPARE(file.documentLine(i) + error.line + 1, line);
        QCOMPARE(error.column + 1, column);
        const FilePosition position = file.position(i, error.offset);
        QCOMPARE(position.line + 1, line);
        QCOMPARE(position.column + 1, column);
        // The document parsed on its own reports the same problem at the same place.
        QVERIFY(tree.hasErrors());
        QCOMPARE(tree.errors().first().message, error.message);
        QCOMPARE(tree.errors().first().offset, error.offset);
    }
    QVERIFY2(timer.elapsed() < hangLimitMs,
             qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
}

void TestHostileInput::aliasesStayReferences()
{
    QElapsedTimer timer;
    timer.start();
    const YamlFile laughs = YamlFile::fromBytes(billionLaughs());
    const SpanTree &tree = laughs.document(0).tree();
    // 9 strings, 72 aliases, 9 sequences, 9 keys and the root: nothing expanded.
    QCOMPARE(tree.nodeCount(), 100);
    const YamlValue value = tree.documentValue();
    YamlValue nine =
        YamlValue::sequence(QList<YamlValue>(9, YamlValue::alias(QStringLiteral("h"))));
    nine.setAnchor(QStringLiteral("i"));
    QCOMPARE(*value.value(QStringLiteral("i")), nine);
    const int lol = tree.find(
        YamlPath::fromText(QStringLiteral("i") + QString::fromLatin1(repeated("[8]", 9))));
    QVERIFY(lol >= 0);
    QCOMPARE(tree.node(lol).value, QStringLiteral("lol"));

    const YamlFile self = YamlFile::fromBytes("a: &x [*x]\n");
    const SpanTree &selfTree = self.document(0).tree();
    QCOMPARE(selfTree.nodeCount(), 4);
    YamlValue cycle = YamlValue::sequence({YamlValue::alias(QStringLiteral("x"))});
    cycle.setAnchor(QStringLiteral("x"));
    QCOMPARE(*selfTree.documentValue().value(QStringLiteral("a")), cycle);
    const int deep = selfTree.find(
        YamlPath::fromText(QStringLiteral("a") + QString::fromLatin1(repeated("[0]", 1000))));
    QVERIFY(deep >= 0);
    QVERIFY(selfTree.node(deep).isAlias());
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));

    const CliTest::Run printed =
        runCli({QStringLiteral("get"), writeFile(QStringLiteral("laughs.yaml"), billionLaughs()),
                QStringLiteral("0"), QStringLiteral("i")});
    QVERIFY2(printed.finished, "meshentry get did not finish within 20 s");
    QCOMPARE(printed.exitCode, 0);
    QVERIFY2(printed.out.size() < 200 && printed.out.count("*h") == 9, printed.out.constData());
}

void TestHostileInput::invalidByteKeepsEarlierDocuments()
{
    const QByteArray input = invalidByteInDocument15();
    const YamlFile file = YamlFile::fromBytes(input);
    QVERIFY(file.bytes() == input);
    int broken = -1;
    for (int i = 0; i < file.documentCount() && broken < 0; ++i) {
        if (file.document(i).hasSyntaxErrors())
            broken = i;
    }
    QVERIFY(broken >= 0);
    const FilePosition position =
        file.position(broken, file.document(broken).syntaxErrors()[0].offset);
    QCOMPARE(position.line + 1, 64);
    QCOMPARE(position.column + 1, 12);
    // libyaml decodes its input ahead of the parser, so the error surfaces before the events of
    // the documents before it; the index must still keep those documents apart.
    QCOMPARE(file.documentCount(), 20);
    QCOMPARE(broken, 15);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(file.document(i).info().kind,
                 i == 15 ? QString() : QStringLiteral("ServiceEntry"));
}

void TestHostileInput::hugeSingleLine()
{
    const QByteArray input = "data: " + QByteArray(100'000'000, 'x') + '\n';
    QElapsedTimer timer;
    timer.start();
    const YamlFile file = YamlFile::fromBytes(input);
    const qint64 indexed = timer.restart();
    QVERIFY(file.bytes() == input);
    const qint64 roundTrip = timer.restart();
    QCOMPARE(file.documentCount(), 1);
    QVERIFY(!file.document(0).hasSyntaxErrors());
    const SpanTree &tree = file.document(0).tree();
    const int data = tree.find(YamlPath::fromText(QStringLiteral("data")));
    QVERIFY(data >= 0);
    QCOMPARE(tree.node(data).value.size(), 100'000'000);
    const qint64 parsed = timer.restart();
    const QString path = writeFile(QStringLiteral("huge.yaml"), input);
    timer.restart();
    const CliTest::Run printed = runCli({QStringLiteral("get"), path});
    const qint64 cli = timer.elapsed();
    qInfo("100 MB line: index %lld ms, bytes() %lld ms, span tree %lld ms, meshentry get %lld ms",
          indexed, roundTrip, parsed, cli);
    QVERIFY2(printed.finished, "meshentry get did not finish within 20 s");
    QCOMPARE(printed.exitCode, 0);
    QVERIFY2(printed.out == input,
             qPrintable(QStringLiteral("printed %1 bytes").arg(printed.out.size())));
    QVERIFY2(indexed + roundTrip + parsed < 3 * hangLimitMs,
             "opening a 100 MB line took longer than 15 s");
}

void TestHostileInput::fiftyThousandAliases()
{
    const QByteArray input = "anchor: &a x\nlist:\n" + repeated("- *a\n", 50000);
    QElapsedTimer timer;
    timer.start();
    const YamlFile file = YamlFile::fromBytes(input);
    QVERIFY(file.bytes() == input);
    QCOMPARE(file.documentCount(), 1);
    QVERIFY(!file.document(0).hasSyntaxErrors());
    const SpanTree &tree = file.document(0).tree();
    // The root, two keys, the scalar, the sequence and 50,000 aliases: nothing expanded.
    QCOMPARE(tree.nodeCount(), 50005);
    const int last = tree.find(YamlPath::fromText(QStringLiteral("list[49999]")));
    QVERIFY(last >= 0);
    QVERIFY(tree.node(last).isAlias());
    QCOMPARE(tree.node(tree.resolveAlias(last)).value, QStringLiteral("x"));
    QCOMPARE(tree.documentValue().value(QStringLiteral("list"))->items().size(), 50000);
    QVERIFY2(timer.elapsed() < hangLimitMs,
             qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
    const CliTest::Run printed =
        runCli({QStringLiteral("get"), writeFile(QStringLiteral("aliases.yaml"), input),
                QStringLiteral("0"), QStringLiteral("list[49999]")});
    QVERIFY2(printed.finished, "meshentry get did not finish within 20 s");
    QCOMPARE(printed.exitCode, 0);
    QCOMPARE(printed.out, QByteArray("*a\n"));
}

void TestHostileInput::refusedPaths()
{
    const QString loop = m_directory.filePath(QStringLiteral("loop.yaml"));
    const QString other = m_directory.filePath(QStringLiteral("other.yaml"));
    QVERIFY(QFile::link(other, loop));
    QVERIFY(QFile::link(loop, other));
    const QString folder = m_directory.filePath(QStringLiteral("folder.yaml"));
    QVERIFY(QDir().mkpath(folder));
    // A 1 GB file is refused before a byte of it is read (it is sparse: this costs no disk).
    const QString huge = m_directory.filePath(QStringLiteral("huge.yaml"));
    QFile sparse(huge);
    QVERIFY(sparse.open(QIODevice::WriteOnly) && sparse.resize(qint64(1) << 30));
    sparse.close();
    // A pipe nobody writes to would block the open forever; sockets and devices are no files.
    const QString pipe = m_directory.filePath(QStringLiteral("pipe.yaml"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const QString socketPath = m_directory.filePath(QStringLiteral("socket.yaml"));
    const int listening = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray socketName = QFile::encodeName(socketPath);
    QVERIFY(socketName.size() < qsizetype(sizeof address.sun_path));
    memcpy(address.sun_path, socketName.constData(), size_t(socketName.size()));
    QCOMPARE(::bind(listening, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    const auto closeSocket = qScopeGuard([listening] { ::close(listening); });
    const QString only = QStringLiteral("; MeshEntry opens regular files only");
    const QList<std::pair<QString, QString>> cases{
        {pipe, pipe + QStringLiteral(" is a named pipe") + only},
        {socketPath, socketPath + QStringLiteral(" is a socket") + only},
        {QStringLiteral("/dev/null"), QStringLiteral("/dev/null is a device") + only},
        {huge,
         QStringLiteral("%1 is 1024 MiB; MeshEntry opens YAML files up to 512 MiB").arg(huge)},
        {loop, QStringLiteral("cannot read %1: Too many levels of symbolic links").arg(loop)},
        {folder, QStringLiteral("%1 is a directory").arg(folder)},
    };
    for (const auto &[path, message] : cases) {
        YamlFile file;
        QString error;
        QVERIFY(!YamlFile::load(path, &file, &error));
        QCOMPARE(error, message);
        const CliTest::Run printed = runCli({QStringLiteral("get"), path});
        QVERIFY2(printed.finished, "meshentry get did not finish within 20 s");
        QCOMPARE(printed.exitCode, 2);
        QCOMPARE(QString::fromUtf8(printed.err), QStringLiteral("meshentry: ") + message + u'\n');
    }
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
