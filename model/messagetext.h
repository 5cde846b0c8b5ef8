#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <initializer_list>

namespace MeshEntry {

/**
 * An English message and the template it was made from (a string literal marked with
 * QT_TRANSLATE_NOOP("MeshEntry::Message", …), the one context of all model messages). The model
 * keeps the English text, which the CLI prints as it is; views show translatedMessage(). arg()
 * fills the placeholders as QString::arg does; text built otherwise (libyaml's, the server's) has
 * no template and is never translated.
 */
class MessageText
{
public:
    MessageText() = default;
    MessageText(const QString &untranslatable) : m_text(untranslatable) {}
    explicit MessageText(const char *source) : m_source(source), m_text(QString::fromUtf8(source))
    {}
    /// A message made elsewhere from source (a finding's template and text).
    MessageText(const char *source, const QString &text) : m_source(source), m_text(text) {}

    template <typename... Args> MessageText arg(Args &&...args) const
    {
        MessageText filled = *this;
        filled.m_text = m_text.arg(std::forward<Args>(args)...);
        return filled;
    }

    /**
     * A template's %1…%n filled with arguments in one pass (as QString::arg with several
     * arguments): values, and messages of their own that translatedMessage() translates too,
     * when a NestedMessages declaration names their templates (args() registers nothing; an
     * undeclared one counts in undeclaredNestings()).
     */
    MessageText args(const QList<MessageText> &arguments) const;

    const char *source() const { return m_source; }
    const QString &text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }
    bool operator==(const MessageText &other) const
    {
        return m_source == other.m_source && m_text == other.m_text;
    }

private:
    const char *m_source = nullptr;
    QString m_text;
};

/**
 * english, as the user's language says it: source translated in the MeshEntry::Message
 * context with the arguments english was made with (read back from english, so a message
 * costs one pointer more than its text); arguments that are messages of their own
 * (NestedMessages) are translated the same way. english itself when source is null, has no
 * translation (nor nested messages), or english was not made from source.
 */
QString translatedMessage(const char *source, const QString &english);

/// How many MessageText::args() calls so far nested a message whose template no
/// NestedMessages declaration names for that argument (it shows untranslated); tests keep it 0.
int undeclaredNestings();

/// How many times translatedMessage() searched a template's nesting for a translation: once
/// per template and loaded language (the answer is remembered); tests check that it is.
int translationSearches();

/// Parts as one message, joined with "; " (a template per count; past four, the fourth part
/// joins the rest). An empty list gives an empty message.
MessageText joinedBySemicolons(const QList<MessageText> &parts);
/// The same, joined with ", ".
MessageText joinedByCommas(const QList<MessageText> &parts);

/**
 * The templates an argument holding a joinedBySemicolons() list of messages made from items
 * may be made from (for NestedMessages): items and the list's own templates, whose parts it
 * declares as made from items. Call it where the templates are declared, before main().
 */
QList<const char *> semicolonListOf(const QList<const char *> &items);
/// The same for joinedByCommas().
QList<const char *> commaListOf(const QList<const char *> &items);

/// english translated with the most specific of sources that made it (as a nested argument
/// is); english itself when none did. For text kept without its template (a reason).
QString translatedMessage(const QList<const char *> &sources, const QString &english);

/// A message without arguments (a rule's title) in the user's language.
QString translatedMessage(const QString &english);

/// The arguments that filled source's %1…%9 to give english, by number; false when they do not.
bool messageArguments(QStringView source, QStringView english, QStringList *arguments);

/**
 * Declares that argument `number` of the messages made from `outer` may itself be a message
 * made from one of `inner` (a reason, a protocol word, an optional clause): translatedMessage()
 * translates it with the first of them that rebuilds it exactly, and leaves it as it is (a
 * value: a host, a port) when none does. With a separator the argument is a list joined by it,
 * and each item is translated so. Declared only as a static object beside the templates, so
 * every declaration is in place before main() and the registry is read-only (and read without
 * a lock) after; templates are told apart by their text.
 */
class NestedMessages
{
public:
    NestedMessages(const char *outer, int number, std::initializer_list<const char *> inner,
                   const char *separator = nullptr);
    NestedMessages(const char *outer, int number, const QList<const char *> &inner,
                   const char *separator = nullptr);
};

} // namespace MeshEntry
