#include "messagetext.h"

#include <QStringList>

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

/// Matches literals[index…] against english from position; the first consistent split wins.
bool match(const Pieces &pieces, qsizetype index, QStringView english, qsizetype position,
           QStringList *arguments)
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
        if (!repeated || slot == value) {
            slot = value;
            if (match(pieces, index + 1, english, at + next.size(), arguments))
                return true;
            slot = saved;
        }
        if (last)
            return false;
    }
}

} // namespace

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
    if (translated == text)
        return english;
    QStringList arguments;
    if (!messageArguments(text, english, &arguments) || fill(text, arguments) != english)
        return english;
    return fill(translated, arguments);
}

QString translatedMessage(const QString &english)
{
    return QCoreApplication::translate("MeshEntry::Message", english.toUtf8().constData());
}

} // namespace MeshEntry
