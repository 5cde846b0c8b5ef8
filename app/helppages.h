#pragma once

#include "fieldspec.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace MeshEntry {

class ActionRegistry;

/**
 * The pages of the help window, as HTML, addressed by `meshentry:` URLs: the guide (a
 * resource per language), the keyboard shortcuts (from the ActionRegistry, so the list is
 * what the keys do), the rules reference (from the RuleRegistry, as `meshentry rules` lists
 * it) and one field reference per kind (from its FieldTable).
 */
class HelpPages
{
    Q_DECLARE_TR_FUNCTIONS(MeshEntry::HelpPages)
public:
    explicit HelpPages(const ActionRegistry *actions) : m_actions(actions) {}

    static QUrl guideUrl();
    static QUrl shortcutsUrl();
    /// The rules reference, at rule id when given.
    static QUrl rulesUrl(const QString &id = {});

    /// The page at url (its fragment is an anchor in it); a short notice for unknown pages.
    QString page(const QUrl &url) const;

    /// The guide in language ("de", "fr"; English when there is none in that language).
    static QString guide(const QString &language);
    QString shortcuts() const;
    static QString rules();
    static QString fields(const QString &kind);

    static QString typeText(FieldType type);

private:
    const ActionRegistry *m_actions;
};

} // namespace MeshEntry
