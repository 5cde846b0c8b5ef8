#include "messagetext.h"

#include <QHash>
#include <QReadWriteLock>
#include <QStringList>

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

/// Whether argument `number` may hold value; null accepts every value.
using Accept = std::function<bool(int number, const QString &value)>;

/// Matches literals[index…] against english from position; the first consistent split that
/// accept takes wins.
bool match(const Pieces &pieces, qsizetype index, QStringView english, qsizetype position,
           QStringList *arguments, const Accept &accept = nullptr)
{
    if (index == pieces.numbers.size())
        return position == english.size();
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
        if ((!repeated || slot == value) &&
            (repeated || !accept || accept(pieces.numbers.at(index), value))) {
            slot = value;
            if (match(pieces, index + 1, english, at + next.size(), arguments, accept))
                return true;
            slot = saved;
        }
        if (last)
            return false;
    }
}

/// The templates each argument of a template's messages can be made from (addNestedMessage).
struct Nesting {
    QReadWriteLock lock;
    QHash<const char *, QList<std::pair<int, const char *>>> nested;
};

Nesting &nesting()
{
    static Nesting registry;
    return registry;
}

QList<std::pair<int, const char *>> nestedOf(const char *source)
{
    Nesting &registry = nesting();
    QReadLocker locker(&registry.lock);
    return registry.nested.value(source);
}

bool madeBy(const char *source, const QString &english);

/// The arguments of english, made from text: first a split whose nested arguments are all
/// made from one of their templates (a list's items may hold its separator), else the first
/// split that fits.
bool nestedArguments(const QString &text, const QString &english,
                     const QList<std::pair<int, const char *>> &nested, QStringList *arguments)
{
    const Pieces pieces = cut(text);
    if (pieces.numbers.isEmpty() || !english.startsWith(pieces.literals.first()))
        return messageArguments(text, english, arguments);
    const Accept made = [&nested](int number, const QString &value) {
        bool noted = false;
        for (const auto &[argument, source] : nested) {
            if (argument != number)
                continue;
            if (madeBy(source, value))
                return true;
            noted = true;
        }
        return !noted;
    };
    int count = 0;
    for (const int number : pieces.numbers)
        count = qMax(count, number);
    *arguments = QStringList(count, QString());
    if (match(pieces, 0, english, pieces.literals.first().size(), arguments, made))
        return true;
    return messageArguments(text, english, arguments);
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

/// Whether english was made from source (with its nested messages).
bool madeBy(const char *source, const QString &english)
{
    const QString text = QString::fromUtf8(source);
    QStringList arguments;
    return nestedArguments(text, english, nestedOf(source), &arguments) &&
           fill(text, arguments) == english;
}

} // namespace

MessageText MessageText::args(const QList<MessageText> &arguments) const
{
    QStringList texts;
    texts.reserve(arguments.size());
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (m_source && arguments[i].m_source)
            addNestedMessage(m_source, int(i + 1), arguments[i].m_source);
        texts.append(arguments[i].m_text);
    }
    MessageText filled = *this;
    filled.m_text = fill(m_text, texts);
    return filled;
}

void addNestedMessage(const char *source, int number, const char *nested)
{
    Nesting &registry = nesting();
    const std::pair<int, const char *> entry(number, nested);
    {
        QReadLocker locker(&registry.lock);
        const auto found = registry.nested.constFind(source);
        if (found != registry.nested.cend() && found->contains(entry))
            return;
    }
    QWriteLocker locker(&registry.lock);
    QList<std::pair<int, const char *>> &entries = registry.nested[source];
    if (!entries.contains(entry))
        entries.append(entry);
}

MessageText joinedBySemicolons(const QList<MessageText> &parts)
{
    static const char *const joined[] = {
        QT_TRANSLATE_NOOP("MeshEntry::Message", "%1; %2"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "%1; %2; %3"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "%1; %2; %3; %4"),
    };
    if (parts.size() < 2)
        return parts.value(0);
    if (parts.size() > 4)
        return MessageText(joined[2]).args(parts.mid(0, 3) << joinedBySemicolons(parts.mid(3)));
    return MessageText(joined[parts.size() - 2]).args(parts);
}

bool messageArguments(QStringView source, QStringView english, QStringList *arguments)
{
    const Pieces pieces = cut(source);
    if (pieces.numbers.isEmpty()) {
        arguments->clear();
        return english == source;
    }
    if (!english.startsWith(pieces.literals.first()))
        return false;
    int count = 0;
    for (const int number : pieces.numbers)
        count = qMax(count, number);
    *arguments = QStringList(count, QString());
    return match(pieces, 0, english, pieces.literals.first().size(), arguments);
}

QString translatedMessage(const char *source, const QString &english)
{
    if (!source)
        return english;
    const QString translated = QCoreApplication::translate("MeshEntry::Message", source);
    const QString text = QString::fromUtf8(source);
    const QList<std::pair<int, const char *>> nested = nestedOf(source);
    if (translated == text && nested.isEmpty())
        return english;
    QStringList arguments;
    if (!nestedArguments(text, english, nested, &arguments) || fill(text, arguments) != english)
        return english;
    // Of the templates that made an argument, the one with the most words of its own: `port
    // %1 of this ServiceEntry is lost` rather than `port %1 of %2 is lost`.
    QList<const char *> chosen(arguments.size(), nullptr);
    QList<qsizetype> words(arguments.size(), -1);
    for (const auto &[number, inner] : nested) {
        if (number > arguments.size() || !madeBy(inner, arguments[number - 1]))
            continue;
        const qsizetype own = literalLength(inner);
        if (own > words[number - 1]) {
            chosen[number - 1] = inner;
            words[number - 1] = own;
        }
    }
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (chosen[i])
            arguments[i] = translatedMessage(chosen[i], arguments[i]);
    }
    return fill(translated, arguments);
}

QString translatedMessage(const QString &english)
{
    return QCoreApplication::translate("MeshEntry::Message", english.toUtf8().constData());
}

} // namespace MeshEntry
