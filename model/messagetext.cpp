#include "messagetext.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>

namespace MeshEntry {

namespace {

/// A template cut at its placeholders: literal, number, literal, number, …, literal.
struct Pieces {
    QList<QStringView> literals;
    QList<int> numbers; ///< 1…9, one fewer than literals
};

Pieces cut(QStringView source)
{
    Pieces pieces;
    qsizetype start = 0;
    for (qsizetype i = 0; i + 1 < source.size(); ++i) {
        if (source[i] == u'%' && source[i + 1] >= u'1' && source[i + 1] <= u'9') {
            pieces.literals.append(source.mid(start, i - start));
            pieces.numbers.append(source[i + 1].unicode() - u'0');
            start = i + 2;
            ++i;
        }
    }
    pieces.literals.append(source.mid(start));
    return pieces;
}

/// Fills %1…%9 of text with arguments (by number) in one pass, so an argument holding a
/// `%2` stays as it is.
QString fill(QStringView text, const QStringList &arguments)
{
    QString filled;
    filled.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'%' && i + 1 < text.size() && text[i + 1] >= u'1' && text[i + 1] <= u'9') {
            const int number = text[i + 1].unicode() - u'0';
            if (number <= arguments.size()) {
                filled += arguments.at(number - 1);
                ++i;
                continue;
            }
        }
        filled += text[i];
    }
    return filled;
}

/// Called with each consistent split; true ends the search.
using Found = std::function<bool(const QStringList &)>;

/// Matches literals[index…] against english from position, shorter arguments first.
bool match(const Pieces &pieces, qsizetype index, QStringView english, qsizetype position,
           QStringList *arguments, const Found &found)
{
    if (index == pieces.numbers.size())
        return position == english.size() && found(*arguments);
    const QStringView next = pieces.literals.at(index + 1);
    const bool last = index + 1 == pieces.numbers.size();
    for (qsizetype at = position;; ++at) {
        at = last ? english.size() - next.size() : english.indexOf(next, at);
        if (at < position)
            return false;
        const QString value = english.mid(position, at - position).toString();
        QString &slot = (*arguments)[pieces.numbers.at(index) - 1];
        const QString saved = slot;
        const bool repeated = !slot.isNull();
        if (!repeated || slot == value) {
            slot = value;
            if (match(pieces, index + 1, english, at + next.size(), arguments, found))
                return true;
            slot = saved;
        }
        if (last)
            return false;
    }
}

constexpr int noList = -1;

/// An argument of a template that is itself a message (NestedMessages), or a list of them.
struct Nested {
    int number = 0;
    QList<const char *> inner;
    int list = noList; ///< a ListKind, or noList
};

/// A separator of a list, translated in the "MeshEntry::List" context.
struct Separator {
    const char *source;
    const char *comment;
};

const Separator semicolons = QT_TRANSLATE_NOOP3(
    "MeshEntry::List", "; ", "between the items of a list of reasons or findings: \"a; b; c\"");
const Separator commas = QT_TRANSLATE_NOOP3("MeshEntry::List", ", ",
                                            "between the items of a list of parts: \"a, b, c\"");
const Separator andCommas = QT_TRANSLATE_NOOP3(
    "MeshEntry::List", ", ", "between the items of an and-list but the last two: \"a, b and c\"");
const Separator andLast = QT_TRANSLATE_NOOP3("MeshEntry::List", " and ",
                                             "before the last item of an and-list: \"a, b and c\"");

/// A list kind: the source its joinedList() messages carry (a name, never translated: the
/// registry knows a list by it) and its separators.
struct ListForm {
    const char *source;
    Separator between;
    Separator last;
};

const std::array<ListForm, 3> listForms = {{
    {"\x1f(semicolon list)", semicolons, semicolons},
    {"\x1f(comma list)", commas, commas},
    {"\x1f(and-list)", andCommas, andLast},
}};

const ListForm &formOf(ListKind kind)
{
    return listForms[std::size_t(kind)];
}

/// The list kind whose messages carry source, or noList.
int listKindOf(const char *source)
{
    for (std::size_t kind = 0; kind < listForms.size(); ++kind) {
        if (qstrcmp(listForms[kind].source, source) == 0)
            return int(kind);
    }
    return noList;
}

QString english(const Separator &separator)
{
    return QString::fromUtf8(separator.source);
}

QString translated(const Separator &separator)
{
    return QCoreApplication::translate("MeshEntry::List", separator.source, separator.comment);
}

bool separatorsTranslated(int kind)
{
    const ListForm &form = listForms[std::size_t(kind)];
    return translated(form.between) != english(form.between) ||
           translated(form.last) != english(form.last);
}

/**
 * Every nesting, by the outer template's text. Only NestedMessages objects write it, and they
 * are static objects beside the templates: the registry is complete before main() starts
 * any thread and read-only after, so reads take no lock.
 */
QHash<QByteArray, QList<Nested>> &nestings()
{
    static QHash<QByteArray, QList<Nested>> registry;
    return registry;
}

const QList<Nested> &nestedOf(const char *source)
{
    static const QList<Nested> none;
    const auto found = nestings().constFind(QByteArray::fromRawData(source, qstrlen(source)));
    return found == nestings().cend() ? none : *found;
}

/// args() calls that nested a template their declarations do not name (a test checks it is 0).
std::atomic<int> undeclared{0};

bool isDeclared(const char *outer, int number, const char *inner)
{
    for (const Nested &entry : nestedOf(outer)) {
        if (entry.number != number)
            continue;
        if (entry.list != noList && qstrcmp(listForms[std::size_t(entry.list)].source, inner) == 0)
            return true;
        for (const char *source : entry.inner) {
            if (qstrcmp(source, inner) == 0)
                return true;
        }
    }
    return false;
}

/// Adds inner to the templates argument `number` may be made from. One entry per argument and
/// list kind, so that the most specific of all its templates wins whatever order they were
/// declared in.
void note(QList<Nested> *entries, int number, const QList<const char *> &inner, int list)
{
    for (Nested &entry : *entries) {
        if (entry.number == number && entry.list == list) {
            for (const char *source : inner) {
                if (!entry.inner.contains(source))
                    entry.inner.append(source);
            }
            return;
        }
    }
    entries->append({number, inner, list});
}

/// How much of source is its own text rather than placeholders.
qsizetype literalLength(const char *source)
{
    const QString text = QString::fromUtf8(source);
    const Pieces pieces = cut(text);
    qsizetype length = 0;
    for (const QStringView literal : pieces.literals)
        length += literal.size();
    return length;
}

bool translateInto(const char *source, const QString &english, QString *translated,
                   qsizetype *explained);

const char *const fileErrorText = "\x1f(file error)";
/// The operating system's words that Qt's translation lacks (Qt passes strerror() of the C
/// locale on): translated here, in a context of their own.
[[maybe_unused]] const char *const systemErrors[] = {
    QT_TRANSLATE_NOOP("MeshEntry::FileError", "Not a directory"),
    QT_TRANSLATE_NOOP("MeshEntry::FileError", "Is a directory"),
    QT_TRANSLATE_NOOP("MeshEntry::FileError", "Read-only file system"),
    QT_TRANSLATE_NOOP("MeshEntry::FileError", "File name too long"),
    QT_TRANSLATE_NOOP("MeshEntry::FileError", "Too many levels of symbolic links"),
    QT_TRANSLATE_NOOP("MeshEntry::FileError", "Input/output error"),
    QT_TRANSLATE_NOOP("MeshEntry::FileError", "Device or resource busy"),
    QT_TRANSLATE_NOOP("MeshEntry::FileError", "Disk quota exceeded"),
    QT_TRANSLATE_NOOP("MeshEntry::FileError", "Operation not permitted"),
    QT_TRANSLATE_NOOP("MeshEntry::FileError", "No such device or address"),
};
const char *const cannotReadFile = QT_TRANSLATE_NOOP("MeshEntry::Message", "cannot read %1: %2");
const char *const cannotWriteFile = QT_TRANSLATE_NOOP("MeshEntry::Message", "cannot write %1: %2");
const NestedMessages cannotReadWhy(cannotReadFile, 2, {fileErrorText});
const NestedMessages cannotWriteWhy(cannotWriteFile, 2, {fileErrorText});

/// Splits english at the placeholders of source, as messageArguments does, calling found.
bool split(QStringView source, QStringView english, const Found &found)
{
    const Pieces pieces = cut(source);
    if (pieces.numbers.isEmpty())
        return english == source && found({});
    if (!english.startsWith(pieces.literals.first()))
        return false;
    int count = 0;
    for (const int number : pieces.numbers)
        count = qMax(count, number);
    QStringList arguments(count, QString());
    return match(pieces, 0, english, pieces.literals.first().size(), &arguments, found);
}

/// item translated with the most specific of inner that was its template: the one that
/// explains most of it as template text, its own and its nested messages' (`port %1 of this
/// ServiceEntry is lost` rather than `port %1 of %2 is lost`); false when none was.
bool translatedItem(const QList<const char *> &inner, const QString &item, QString *best,
                    qsizetype *explained)
{
    qsizetype bestLength = -1;
    const char *bestSource = nullptr;
    for (const char *source : inner) {
        QString translated;
        qsizetype length = 0;
        if (!translateInto(source, item, &translated, &length))
            continue;
        // Equal lengths: the template whose text sorts first, not the one declared first.
        if (length > bestLength ||
            (length == bestLength && bestSource && qstrcmp(source, bestSource) < 0)) {
            *best = translated;
            bestLength = length;
            bestSource = source;
        }
    }
    if (bestLength < 0)
        return false;
    *explained += bestLength;
    return true;
}

/// An item of a list may hold its list's separator ("SNI a, b" in a list of matches, "exportTo
/// differs: [a] here, [b] there" in a list of problems): up to this many pieces make one item.
constexpr qsizetype maxPiecesOfItem = 4;

/// text, a list of form's kind, with its items translated with inner and its separators in
/// the user's language. Each item is the fewest pieces between separators that a template
/// explains (a piece no template explains is a value), so a list costs one search per item.
QString translatedList(const ListForm &form, const QList<const char *> &inner, const QString &text,
                       qsizetype *explained)
{
    const QString between = english(form.between);
    const QString last = english(form.last);
    QStringList pieces;
    QString tail;
    if (last != between) {
        const qsizetype at = text.lastIndexOf(last);
        if (at < 0)
            pieces = {text};
        else {
            pieces = text.left(at).split(between);
            tail = text.mid(at + last.size());
        }
    } else {
        pieces = text.split(between);
    }
    const auto itemAt = [&](qsizetype *index) {
        QString candidate;
        for (qsizetype end = *index; end < pieces.size() && end < *index + maxPiecesOfItem; ++end) {
            candidate = end == *index ? pieces.at(end) : candidate + between + pieces.at(end);
            QString item;
            if (translatedItem(inner, candidate, &item, explained)) {
                *index = end + 1;
                return item;
            }
        }
        return pieces.at((*index)++);
    };
    QStringList items;
    for (qsizetype index = 0; index < pieces.size();)
        items.append(itemAt(&index));
    *explained += (items.size() - 1) * between.size();
    QString joined = items.join(translated(form.between));
    if (last != between && !tail.isNull()) {
        QString item = tail;
        translatedItem(inner, tail, &item, explained);
        *explained += last.size();
        joined += translated(form.last) + item;
    }
    return joined;
}

/// text, an argument as nested declares it, translated (translatedItem, translatedList);
/// *explained adds how much of it is template text.
QString translatedArgument(const Nested &nested, const QString &text, qsizetype *explained)
{
    if (nested.list != noList)
        return translatedList(listForms[std::size_t(nested.list)], nested.inner, text, explained);
    QString item = text;
    translatedItem(nested.inner, text, &item, explained);
    return item;
}

/// False when english was not made from source; else *translated is english in the user's
/// language (english itself when nothing of it has a translation) and *explained how much of
/// english is template text (translatedArgument).
bool translateInto(const char *source, const QString &english, QString *translated,
                   qsizetype *explained)
{
    if (source == fileErrorText || qstrcmp(source, fileErrorText) == 0) {
        // Any text: a file's error is Qt's, and Qt's translation may not have it.
        *translated = translatedFileError(english);
        *explained = 0;
        return true;
    }
    const QList<Nested> &inner = nestedOf(source);
    if (listKindOf(source) != noList) {
        // A list shown on its own: its nesting is every item its kind was declared with.
        *explained = 0;
        *translated =
            inner.isEmpty() ? english : translatedArgument(inner.first(), english, explained);
        return true;
    }
    const QString text = QString::fromUtf8(source);
    // Two placeholders side by side split many ways: the split whose nested arguments explain
    // the most text wins (the first of those).
    QStringList best;
    qsizetype bestScore = -1;
    split(text, english, [&](const QStringList &arguments) {
        if (fill(text, arguments) != english)
            return false;
        QStringList filled = arguments;
        qsizetype score = 0;
        for (const Nested &argument : inner) {
            if (argument.number > filled.size() || filled[argument.number - 1].isEmpty())
                continue;
            QString &value = filled[argument.number - 1];
            value = translatedArgument(argument, value, &score);
        }
        if (score > bestScore) {
            best = filled;
            bestScore = score;
        }
        return inner.isEmpty();
    });
    if (bestScore < 0)
        return false;
    *translated = fill(QCoreApplication::translate("MeshEntry::Message", source), best);
    *explained = literalLength(source) + bestScore;
    return true;
}

/// Whether source, a template its arguments may be made from or a list separator reads
/// differently in the user's language. Each template is looked at once: lists nest in themselves.
std::atomic<int> searches{0};

bool reachesTranslation(const char *source, QSet<QByteArrayView> *seen)
{
    if (qstrcmp(source, fileErrorText) == 0) {
        // Whether Qt's translation or ours of the system's words is loaded (variables: Qt's
        // text is not for lupdate).
        static const char qtProbe[] = "Permission denied";
        static const char ownProbe[] = "Not a directory";
        return QCoreApplication::translate("QIODevice", qtProbe) != QLatin1String(qtProbe) ||
               QCoreApplication::translate("MeshEntry::FileError", ownProbe) !=
                   QLatin1String(ownProbe);
    }
    if (QCoreApplication::translate("MeshEntry::Message", source) != QString::fromUtf8(source))
        return true;
    for (const Nested &entry : nestedOf(source)) {
        if (entry.list != noList && separatorsTranslated(entry.list))
            return true;
        for (const char *inner : entry.inner) {
            if (!seen->contains(QByteArrayView(inner))) {
                seen->insert(QByteArrayView(inner));
                if (reachesTranslation(inner, seen))
                    return true;
            }
        }
    }
    return false;
}

/// Names the language a translation is for; translated into that language's own name, so it
/// says which translation is loaded (translators come and go without notice to the model).
const struct {
    const char *source;
    const char *comment;
} languageName = QT_TRANSLATE_NOOP3("MeshEntry::Message", "English",
                                    "the name of this translation's language, in it");

/// reachesTranslation() for the loaded language, remembered per template: a template's nesting
/// reaches hundreds of others (any template of a file), and a window shows thousands of
/// findings. When none reads differently, the message is its English, so the English UI never
/// pays for splitting it.
bool hasTranslation(const char *source)
{
    struct Answers {
        QMutex lock;
        QString language;
        QHash<const char *, bool> bySource;
    };
    static Answers answers;
    const QString language = QCoreApplication::translate("MeshEntry::Message", languageName.source,
                                                         languageName.comment);
    {
        QMutexLocker locker(&answers.lock);
        if (answers.language != language) {
            answers.language = language;
            answers.bySource.clear();
        }
        const auto known = answers.bySource.constFind(source);
        if (known != answers.bySource.cend())
            return *known;
    }
    searches.fetch_add(1, std::memory_order_relaxed);
    QSet<QByteArrayView> seen;
    const bool reaches = reachesTranslation(source, &seen);
    QMutexLocker locker(&answers.lock);
    if (answers.language == language)
        answers.bySource.insert(source, reaches);
    return reaches;
}

} // namespace

NestedMessages::NestedMessages(const char *outer, int number,
                               std::initializer_list<const char *> inner)
    : NestedMessages(outer, number, QList<const char *>(inner))
{}

NestedMessages::NestedMessages(const char *outer, int number, const QList<const char *> &inner)
{
    note(&nestings()[QByteArray(outer)], number, inner, noList);
}

NestedMessages::NestedMessages(const char *outer, int number, const QList<const char *> &inner,
                               ListKind list)
{
    note(&nestings()[QByteArray(outer)], number, inner, int(list));
    const ListItems items(list, inner);
}

ListItems::ListItems(ListKind kind, const QList<const char *> &items)
{
    // A list on its own is translated with every item any list of its kind was declared with.
    note(&nestings()[QByteArray(formOf(kind).source)], 1, items, int(kind));
}

MessageText MessageText::args(const QList<MessageText> &arguments) const
{
    QStringList texts;
    texts.reserve(arguments.size());
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (m_source && arguments[i].m_source &&
            !isDeclared(m_source, int(i + 1), arguments[i].m_source)) {
            undeclared.fetch_add(1, std::memory_order_relaxed);
            qWarning("MessageText::args(): argument %d of \"%s\" nests \"%s\", which no "
                     "NestedMessages declares: it will show untranslated",
                     int(i + 1), m_source, arguments[i].m_source);
        }
        texts.append(arguments[i].m_text);
    }
    MessageText filled = *this;
    filled.m_text = fill(m_text, texts);
    return filled;
}

int undeclaredNestings()
{
    return undeclared.load(std::memory_order_relaxed);
}

int translationSearches()
{
    return searches.load(std::memory_order_relaxed);
}

QString joinedList(ListKind kind, const QStringList &items)
{
    const ListForm &form = formOf(kind);
    if (items.size() < 2)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(english(form.between)) + english(form.last) +
           items.last();
}

MessageText joinedList(ListKind kind, const QList<MessageText> &items)
{
    if (items.size() < 2)
        return items.value(0);
    const char *source = formOf(kind).source;
    QStringList texts;
    texts.reserve(items.size());
    for (const MessageText &item : items) {
        if (item.source() && !isDeclared(source, 1, item.source())) {
            undeclared.fetch_add(1, std::memory_order_relaxed);
            qWarning("joinedList(): item \"%s\" is one no declaration of its list kind names: "
                     "it will show untranslated",
                     item.source());
        }
        texts.append(item.text());
    }
    return MessageText(source, joinedList(kind, texts));
}

const char *const fileErrorSource = fileErrorText;

MessageText fileError(const QString &errorString)
{
    return MessageText(fileErrorSource, errorString);
}

QString translatedFileError(const QString &errorString)
{
    const QByteArray text = errorString.toUtf8();
    const QString qt = QCoreApplication::translate("QIODevice", text.constData());
    return qt != errorString
               ? qt
               : QCoreApplication::translate("MeshEntry::FileError", text.constData());
}

MessageText cannotRead(const QString &path, const QString &errorString)
{
    return MessageText(cannotReadFile).args({path, fileError(errorString)});
}

MessageText cannotWrite(const QString &path, const QString &errorString)
{
    return MessageText(cannotWriteFile).args({path, fileError(errorString)});
}

const QList<const char *> &fileTemplates()
{
    static const QList<const char *> all = {cannotReadFile, cannotWriteFile};
    return all;
}

bool messageArguments(QStringView source, QStringView english, QStringList *arguments)
{
    return split(source, english, [arguments](const QStringList &found) {
        *arguments = found;
        return true;
    });
}

QString translatedMessage(const char *source, const QString &english)
{
    QString translated;
    qsizetype explained = 0;
    if (!source || !hasTranslation(source) ||
        !translateInto(source, english, &translated, &explained))
        return english;
    return translated;
}

QString translatedMessage(const QList<const char *> &sources, const QString &english)
{
    qsizetype explained = 0;
    return translatedArgument({0, sources, noList}, english, &explained);
}

QString translatedMessage(const QString &english)
{
    return QCoreApplication::translate("MeshEntry::Message", english.toUtf8().constData());
}

} // namespace MeshEntry
