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

/**
 * The one form of a list in a message: items joined by separators that each translation
 * chooses (context "MeshEntry::List": French puts a space before a semicolon, German says
 * "und"). The English text is the items joined by the English separators.
 */
enum class ListKind {
    Semicolons, ///< "a; b; c"
    Commas,     ///< "a, b, c"
    And,        ///< "a, b and c"
};

/// Items as one message of that kind: the item itself when there is one, an empty message when
/// there is none. Each item's template must be one a declaration of that kind names (a
/// NestedMessages or ListItems), or it counts in undeclaredNestings().
MessageText joinedList(ListKind kind, const QList<MessageText> &items);
/// The English text of such a list of texts (items made with arg(), or values).
QString joinedList(ListKind kind, const QStringList &items);

/// Declares that lists of kind shown on their own (not as another message's argument: a
/// workload's reasons) may hold messages made from items. A static object, as NestedMessages.
class ListItems
{
public:
    ListItems(ListKind kind, const QList<const char *> &items);
};

/**
 * The template a file's error (QFileDevice::errorString(): "Permission denied") nests as: Qt
 * keeps these texts English (qt_error_string() does not translate), so translatedMessage()
 * says them in the words of Qt's own translation (qtbase_*.qm, context "QIODevice"). Name it
 * in NestedMessages for an argument that holds one.
 */
extern const char *const fileErrorSource;
/// A file's error (errorString()) as a nested message.
MessageText fileError(const QString &errorString);
/// A file's error in the user's language, for a text the GUI shows at once.
QString translatedFileError(const QString &errorString);

/// "cannot read %1: %2" and "cannot write %1: %2" with path and the file's error: what the CLI
/// prints, and the window shows in the user's language (translatedMessage(fileTemplates(), …)).
MessageText cannotRead(const QString &path, const QString &errorString);
MessageText cannotWrite(const QString &path, const QString &errorString);
/// The templates of cannotRead() and cannotWrite().
const QList<const char *> &fileTemplates();

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
 * value: a host, a port) when none does. With a list kind the argument is a joinedList() of
 * that kind (of one item or more), and each item is translated so, and the separators too.
 * Declared only as a static object beside the templates, so every declaration is in place
 * before main() and the registry is read-only (and read without a lock) after; templates are
 * told apart by their text.
 */
class NestedMessages
{
public:
    NestedMessages(const char *outer, int number, std::initializer_list<const char *> inner);
    NestedMessages(const char *outer, int number, const QList<const char *> &inner);
    NestedMessages(const char *outer, int number, const QList<const char *> &inner, ListKind list);
};

} // namespace MeshEntry
