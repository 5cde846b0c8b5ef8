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

/// An argument of a template that is itself a message (NestedMessages).
struct Nested {
    int number = 0;
    QList<const char *> inner;
    QString separator;
};

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
        for (const char *source : entry.inner) {
            if (qstrcmp(source, inner) == 0)
                return true;
        }
    }
    return false;
}

/// Adds inner to the templates argument `number` may be made from. One entry per argument and
/// separator, so that the most specific of all its templates wins whatever order they were
/// declared in.
void note(QList<Nested> *entries, int number, const QList<const char *> &inner,
          const QString &separator)
{
    for (Nested &entry : *entries) {
        if (entry.number == number && entry.separator == separator) {
            for (const char *source : inner) {
                if (!entry.inner.contains(source))
                    entry.inner.append(source);
            }
            return;
        }
    }
    entries->append({number, inner, separator});
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

/// text, or each item of it, translated with the most specific of inner that was its template:
/// the one that explains most of it as template text, its own and its nested messages'
/// (`port %1 of this ServiceEntry is lost` rather than `port %1 of %2 is lost`; a list of two
/// problems rather than one problem whose placeholder swallowed the other). *explained adds
/// that length for each item that had a template.
QString translatedArgument(const Nested &nested, const QString &text, qsizetype *explained)
{
    const auto one = [&](const QString &item) {
        QString best = item;
        qsizetype bestLength = -1;
        const char *bestSource = nullptr;
        for (const char *inner : nested.inner) {
            QString translated;
            qsizetype length = 0;
            if (!translateInto(inner, item, &translated, &length))
                continue;
            // Equal lengths: the template whose text sorts first, not the one declared first.
            if (length > bestLength ||
                (length == bestLength && bestSource && qstrcmp(inner, bestSource) < 0)) {
                best = translated;
                bestLength = length;
                bestSource = inner;
            }
        }
        if (bestLength >= 0)
            *explained += bestLength;
        return best;
    };
    if (nested.separator.isEmpty())
        return one(text);
    QStringList items = text.split(nested.separator);
    for (QString &item : items)
        item = one(item);
    return items.join(nested.separator);
}

/// False when english was not made from source; else *translated is english in the user's
/// language (english itself when nothing of it has a translation) and *explained how much of
/// english is template text (translatedArgument).
bool translateInto(const char *source, const QString &english, QString *translated,
                   qsizetype *explained)
{
    const QString text = QString::fromUtf8(source);
    const QList<Nested> &inner = nestedOf(source);
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

/// Whether source or a template its arguments may be made from reads differently in the
/// user's language. Each template is looked at once: lists nest in themselves.
std::atomic<int> searches{0};

bool reachesTranslation(const char *source, QSet<QByteArrayView> *seen)
{
    if (QCoreApplication::translate("MeshEntry::Message", source) != QString::fromUtf8(source))
        return true;
    for (const Nested &entry : nestedOf(source)) {
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
                               std::initializer_list<const char *> inner, const char *separator)
    : NestedMessages(outer, number, QList<const char *>(inner), separator)
{}

NestedMessages::NestedMessages(const char *outer, int number, const QList<const char *> &inner,
                               const char *separator)
{
    note(&nestings()[QByteArray(outer)], number, inner,
         separator ? QString::fromUtf8(separator) : QString());
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

namespace {

/// A list's templates for two, three and four parts; past four, the fourth part joins the rest.
using ListTemplates = std::array<const char *, 3>;

const ListTemplates semicolonList = {
    QT_TRANSLATE_NOOP("MeshEntry::Message", "%1; %2"),
    QT_TRANSLATE_NOOP("MeshEntry::Message", "%1; %2; %3"),
    QT_TRANSLATE_NOOP("MeshEntry::Message", "%1; %2; %3; %4"),
};
const ListTemplates commaList = {
    QT_TRANSLATE_NOOP("MeshEntry::Message", "%1, %2"),
    QT_TRANSLATE_NOOP("MeshEntry::Message", "%1, %2, %3"),
    QT_TRANSLATE_NOOP("MeshEntry::Message", "%1, %2, %3, %4"),
};

MessageText joined(const ListTemplates &list, const QList<MessageText> &parts)
{
    if (parts.size() < 2)
        return parts.value(0);
    if (parts.size() > 4)
        return MessageText(list[2]).args(parts.mid(0, 3) << joined(list, parts.mid(3)));
    return MessageText(list[parts.size() - 2]).args(parts);
}

QList<const char *> listOf(const ListTemplates &list, const QList<const char *> &items)
{
    QList<const char *> sources = items;
    for (const char *source : list)
        sources.append(source);
    for (int count = 2; count <= 4; ++count) {
        const char *outer = list[count - 2];
        for (int number = 1; number <= count; ++number)
            NestedMessages(outer, number, number == 4 ? sources : items);
    }
    return sources;
}

} // namespace

MessageText joinedBySemicolons(const QList<MessageText> &parts)
{
    return joined(semicolonList, parts);
}

MessageText joinedByCommas(const QList<MessageText> &parts)
{
    return joined(commaList, parts);
}

QList<const char *> semicolonListOf(const QList<const char *> &items)
{
    return listOf(semicolonList, items);
}

QList<const char *> commaListOf(const QList<const char *> &items)
{
    return listOf(commaList, items);
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
    return translatedArgument({0, sources, QString()}, english, &explained);
}

QString translatedMessage(const QString &english)
{
    return QCoreApplication::translate("MeshEntry::Message", english.toUtf8().constData());
}

} // namespace MeshEntry
