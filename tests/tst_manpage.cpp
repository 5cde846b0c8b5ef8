#include "processtesthelpers.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace MeshEntry::ProcessTest;

/**
 * meshentry.1 against the program: every subcommand `meshentry --help` and
 * `meshentry cluster --help` list has its section, and every option a subcommand's --help
 * lists is in that section (for cluster commands, in theirs or the common cluster section).
 * A new subcommand or option fails here until resources/man/ documents it.
 */
class TestManPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySubcommandHasItsSection();
    void everyOptionIsDocumented_data();
    void everyOptionIsDocumented();
    void windowOptionsAndExitStatusAreDocumented();

private:
    /// Subcommands named in an overview ("meshentry get FILE…" lines).
    static QStringList commandsIn(const QByteArray &overview, const QString &prefix);
    /// The text of the section whose heading starts with heading, up to the next heading.
    QString section(const QString &heading) const;
    /// The long options (--name) and short ones (-x) a --help text lists.
    static QStringList optionsIn(const QByteArray &help);

    QString m_page;
    QStringList m_commands;
    QStringList m_clusterCommands;
};

void TestManPage::initTestCase()
{
    QFile page(QStringLiteral(MESHENTRY_BUILD_DIR "/man/meshentry.1"));
    QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
    // Back to plain text: "\-" is a hyphen in the page's source.
    m_page = QString::fromUtf8(page.readAll()).replace(QStringLiteral("\\-"), QStringLiteral("-"));
    const Run overview = run(QStringLiteral(MESHENTRY_BINARY), {QStringLiteral("--help")});
    QCOMPARE(overview.exitCode, 0);
    m_commands = commandsIn(overview.out, QStringLiteral("meshentry"));
    QCOMPARE(m_commands.mid(0, 9), QStringList({"get", "set", "validate", "fix", "match",
                                                "rules", "cluster", "route", "visible"}));
    const Run cluster =
        run(QStringLiteral(MESHENTRY_BINARY), {QStringLiteral("cluster"), QStringLiteral("--help")});
    QCOMPARE(cluster.exitCode, 0);
    m_clusterCommands = commandsIn(cluster.out, QStringLiteral("meshentry cluster"));
    QCOMPARE(m_clusterCommands.mid(0, 5),
             QStringList({"contexts", "get", "diff", "apply", "delete"}));
}

QStringList TestManPage::commandsIn(const QByteArray &overview, const QString &prefix)
{
    QStringList commands;
    const QRegularExpression line(QStringLiteral("^(?:Usage:)?\\s+%1 ([a-z][a-z-]*)\\b")
                                      .arg(QRegularExpression::escape(prefix)));
    for (const QByteArray &text : overview.split('\n')) {
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(text));
        if (match.hasMatch() && !commands.contains(match.captured(1)))
            commands.append(match.captured(1));
    }
    return commands;
}

QString TestManPage::section(const QString &heading) const
{
    const QString start = QStringLiteral(".SS \"") + heading;
    qsizetype from = m_page.indexOf(start + u' ');
    if (from < 0)
        from = m_page.indexOf(start + u'"');
    if (from < 0)
        return {};
    const qsizetype next = m_page.indexOf(QRegularExpression(QStringLiteral("^\\.S[SH] "),
                                                             QRegularExpression::MultilineOption),
                                          from + 1);
    return m_page.mid(from, next < 0 ? -1 : next - from);
}

QStringList TestManPage::optionsIn(const QByteArray &help)
{
    QStringList options;
    const QRegularExpression option(QStringLiteral("^  (?:(-[A-Za-z]), )?(--[a-z][a-z-]*)"));
    for (const QByteArray &text : help.split('\n')) {
        const QRegularExpressionMatch match = option.match(QString::fromUtf8(text));
        if (!match.hasMatch())
            continue;
        if (!match.captured(1).isEmpty())
            options.append(match.captured(1));
        options.append(match.captured(2));
    }
    return options;
}

void TestManPage::everySubcommandHasItsSection()
{
    for (const QString &command : std::as_const(m_commands))
        QVERIFY2(!section(QStringLiteral("meshentry ") + command).isEmpty(),
                 qPrintable(QStringLiteral("no .SS \"meshentry %1…\" in meshentry.1").arg(command)));
    for (const QString &command : std::as_const(m_clusterCommands))
        QVERIFY2(!section(QStringLiteral("meshentry cluster ") + command).isEmpty(),
                 qPrintable(
                     QStringLiteral("no .SS \"meshentry cluster %1…\" in meshentry.1").arg(command)));
}

void TestManPage::everyOptionIsDocumented_data()
{
    QTest::addColumn<QStringList>("command");
    for (const QString &command : std::as_const(m_commands)) {
        if (command != QLatin1String("cluster"))
            QTest::newRow(qPrintable(command)) << QStringList{command};
    }
    for (const QString &command : std::as_const(m_clusterCommands))
        QTest::newRow(qPrintable(QStringLiteral("cluster ") + command))
            << QStringList{QStringLiteral("cluster"), command};
}

void TestManPage::everyOptionIsDocumented()
{
    QFETCH(QStringList, command);
    const Run help = run(QStringLiteral(MESHENTRY_BINARY), command + QStringList{"--help"});
    QCOMPARE(help.exitCode, 0);
    const QStringList options = optionsIn(help.out);
    QVERIFY(options.contains(QStringLiteral("--help")));
    QString text = section(QStringLiteral("meshentry ") + command.join(u' '));
    if (command.first() == QLatin1String("cluster"))
        text += section(QStringLiteral("meshentry cluster \\fICOMMAND\\fP"));
    // Every command takes --help, as the COMMANDS section says once.
    text += section(QStringLiteral("COMMANDS"));
    for (const QString &option : options) {
        if (option == QLatin1String("--help") || option == QLatin1String("-h"))
            continue;
        const QRegularExpression mention(QStringLiteral("(^|[ \"(])%1($|[ ,\"\\\\)])")
                                             .arg(QRegularExpression::escape(option)),
                                         QRegularExpression::MultilineOption);
        QVERIFY2(text.contains(mention),
                 qPrintable(QStringLiteral("meshentry %1 %2 is not in its section of meshentry.1")
                                .arg(command.join(u' '), option)));
    }
}

void TestManPage::windowOptionsAndExitStatusAreDocumented()
{
    for (const char *option : {".BI --lang \" LANGUAGE\"", ".B --new-window", ".B --version",
                               ".BR -h \", \" --help"})
        QVERIFY2(m_page.contains(QLatin1String(option)), option);
    for (const char *heading : {".SH EXIT STATUS", ".SH ENVIRONMENT", ".SH FILES", ".SH SEE ALSO"})
        QVERIFY2(m_page.contains(QLatin1String(heading)), heading);
    const qsizetype exit = m_page.indexOf(QLatin1String(".SH EXIT STATUS"));
    const QString exitStatus = m_page.mid(exit, m_page.indexOf(QLatin1String(".SH "), exit + 1) - exit);
    for (const char *code : {".B 0\n", ".B 1\n", ".B 2\n", ".B 64\n"})
        QVERIFY2(exitStatus.contains(QLatin1String(code)), code);
    // Each command that is not a cluster command says its own exit status.
    for (const QString &command : std::as_const(m_commands)) {
        const QString text = section(QStringLiteral("meshentry ") + command);
        QVERIFY2(text.contains(QLatin1String("Exit status")),
                 qPrintable(QStringLiteral("meshentry %1: no exit status").arg(command)));
    }
}

QTEST_MAIN(TestManPage)
#include "tst_manpage.moc"
