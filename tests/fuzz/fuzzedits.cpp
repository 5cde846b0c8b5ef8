#include "documenteditor.h"
#include "fuzzinput.h"
#include "fuzztargets.h"
#include "yamlfile.h"

namespace MeshEntry::Fuzz {

namespace {

/// Values an edit may write: the scalars that need quoting, collections, text that looks like
/// YAML syntax.
const QList<YamlValue> &values()
{
    static const QList<YamlValue> all = [] {
        QList<YamlValue> out;
        for (const char *text : {"x",
                                 "",
                                 "true",
                                 "123",
                                 "0x1f",
                                 "~",
                                 "null",
                                 "a: b",
                                 "- x",
                                 "#c",
                                 "multi\nline\n",
                                 "tab\there",
                                 "'quote",
                                 "\"dq",
                                 "\u00fcn\u00efcode",
                                 " lead",
                                 "trail ",
                                 "*alias",
                                 "&a",
                                 "---",
                                 "...",
                                 "%TAG",
                                 "@",
                                 "`",
                                 "{}",
                                 "[]",
                                 "a #b",
                                 "x\r\ny",
                                 "\\"})
            out.append(YamlValue::string(QString::fromUtf8(text)));
        out.append(YamlValue::string(QString(200, u'w')));
        out.append(YamlValue::plain(QStringLiteral("8080")));
        out.append(YamlValue::plain(QStringLiteral("false")));
        out.append(YamlValue());
        out.append(YamlValue::mapping(
            {{QStringLiteral("a"), YamlValue::plain(QStringLiteral("1"))},
             {QStringLiteral("b"), YamlValue::sequence({YamlValue::string(QStringLiteral("x")),
                                                        YamlValue::string(QStringLiteral("y"))})},
             {QStringLiteral("key: with colon"), YamlValue::string(QStringLiteral("v"))}}));
        out.append(YamlValue::mapping());
        out.append(YamlValue::sequence(
            {YamlValue::plain(QStringLiteral("1")), YamlValue::string(QStringLiteral("two"))}));
        out.append(YamlValue::sequence());
        return out;
    }();
    return all;
}

const QStringList &keys()
{
    static const QStringList all{
        QStringLiteral("name"), QStringLiteral("new key"),
        QStringLiteral("a:b"),  QString(),
        QStringLiteral("- x"),  QStringLiteral("#k"),
        QStringLiteral("true"), QString::fromUtf8("\u043a\u043b\u044e\u0447"),
        QStringLiteral("0"),    QStringLiteral("hosts")};
    return all;
}

/// Paths that need creating, for documents that lack them.
const QList<YamlPath> &missingPaths()
{
    static const QList<YamlPath> all{YamlPath::fromText(QStringLiteral("metadata.labels.app")),
                                     YamlPath::fromText(QStringLiteral("spec.hosts"))};
    return all;
}

DocumentEdit runOne(const YamlDocument &document, quint8 operation, quint8 target, quint8 choice)
{
    const SpanTree &tree = document.tree();
    const int candidates = tree.nodeCount() + int(missingPaths().size());
    const int pick = target % candidates;
    const YamlPath path =
        pick < tree.nodeCount() ? tree.pathOf(pick) : missingPaths()[pick - tree.nodeCount()];
    const DocumentEditor editor(document.text(), tree);
    switch (operation % 5) {
    case 0:
        return editor.setValue(path, values()[choice % values().size()]);
    case 1:
        return editor.remove(path);
    case 2:
        return editor.insertItem(path, int(choice >> 5) - 1, values()[choice % values().size()]);
    case 3:
        return editor.renameKey(path, keys()[choice % keys().size()]);
    default:
        return editor.moveItem(path, choice & 15, choice >> 4);
    }
}

} // namespace

/**
 * A fuzzed sequence of set/insert/remove/rename/move edits on a fuzzed file. The first byte is
 * the number of edits, four bytes each follow (operation, document, node, value), the rest is
 * the file. After every edit the editor accepts, the other documents are byte-identical, the
 * edited one is what the edit says, and the whole file, read again, has the same documents.
 */
QString edits(const QByteArray &input)
{
    FuzzInput in(input);
    const int count = in.byte() % 9;
    QList<std::array<quint8, 4>> operations;
    for (int i = 0; i < count; ++i)
        operations.append({in.byte(), in.byte(), in.byte(), in.byte()});
    YamlFile file = YamlFile::fromBytes(in.rest());
    if (file.documentCount() == 0)
        return {};
    bool clean = true;
    for (int i = 0; i < file.documentCount(); ++i)
        clean = clean && !file.document(i).hasSyntaxErrors();

    for (const auto &operation : operations) {
        const int index = operation[1] % file.documentCount();
        DocumentEdit edit = runOne(file.document(index), operation[0], operation[2], operation[3]);
        if (!edit.ok) {
            if (edit.error.isEmpty())
                return QStringLiteral("an edit was refused without a reason");
            continue;
        }
        QList<QByteArray> before;
        for (int i = 0; i < file.documentCount(); ++i)
            before.append(file.document(i).text());
        const QByteArray editedText = edit.text;
        const YamlValue editedValue = edit.tree.documentValue();
        file.applyEdit(index, std::move(edit));
        if (file.documentCount() != before.size())
            return QStringLiteral("an edit changed the number of documents");
        for (int i = 0; i < file.documentCount(); ++i) {
            if (i != index && file.document(i).text() != before[i])
                return QStringLiteral("editing document %1 changed document %2").arg(index).arg(i);
        }
        if (file.document(index).text() != editedText)
            return QStringLiteral("document %1 is not the edit's text").arg(index);
        if (!clean)
            continue;
        const YamlFile reread = YamlFile::fromBytes(file.bytes());
        if (reread.documentCount() != file.documentCount())
            return QStringLiteral(
                       "after editing document %1 the file reads as %2 documents, not %3")
                .arg(index)
                .arg(reread.documentCount())
                .arg(file.documentCount());
        for (int i = 0; i < reread.documentCount(); ++i) {
            if (reread.document(i).hasSyntaxErrors())
                return QStringLiteral("after editing document %1, document %2 does not parse: "
                                      "%3\nthe file now: %4")
                    .arg(index)
                    .arg(i)
                    .arg(reread.document(i).syntaxErrors().first().message,
                         QString::fromUtf8(file.bytes().toPercentEncoding(" :#-\n")) +
                             QStringLiteral("\nthe document before: ") +
                             QString::fromUtf8(before[index].toPercentEncoding(" :#-\n")));
        }
        if (reread.document(index).tree().documentValue() != editedValue)
            return QStringLiteral("document %1, read again, is not what the edit made").arg(index);
    }
    return {};
}

} // namespace MeshEntry::Fuzz
