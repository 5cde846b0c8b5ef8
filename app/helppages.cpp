#include "helppages.h"

#include "messagetext.h"

#include "actionregistry.h"
#include "diagnosticsmodel.h"
#include "fieldreference.h"
#include "fieldtable.h"
#include "ruleregistry.h"
#include "translations.h"

#include <QAction>
#include <QFile>
#include <QRegularExpression>
#include <QWidget>

namespace MeshEntry {

namespace {

constexpr QLatin1StringView scheme("meshentry");

QUrl pageUrl(const QString &path, const QString &anchor = {})
{
    QUrl url;
    url.setScheme(scheme);
    url.setPath(path);
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    return url;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Escaped, with the rule texts' `backquoted` words set as code (the CLI prints them as written).
QString escapedWithCode(const QString &text)
{
    static const QRegularExpression backquoted(QStringLiteral("`([^`]+)`"));
    return escaped(text).replace(backquoted, QStringLiteral("<code>\\1</code>"));
}

/// A menu text without its mnemonic marker and trailing dots ("&Open…" → "Open").
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

} // namespace

QUrl HelpPages::guideUrl()
{
    return pageUrl(QStringLiteral("guide"));
}

QUrl HelpPages::shortcutsUrl()
{
    return pageUrl(QStringLiteral("shortcuts"));
}

QUrl HelpPages::rulesUrl(const QString &id)
{
    return pageUrl(QStringLiteral("rules"), id);
}

QString HelpPages::page(const QUrl &url) const
{
    const QString path = url.path();
    if (path == QLatin1StringView("guide"))
        return guide(Translations::current());
    if (path == QLatin1StringView("shortcuts"))
        return shortcuts();
    if (path == QLatin1StringView("rules"))
        return rules();
    QString kind;
    QString pattern;
    if (FieldReference::parseHelpUrl(url, &kind, &pattern) && FieldTable::forKind(kind))
        return fields(kind);
    return tr("<h1>Page not found</h1><p>There is no help page <code>%1</code>.</p>")
        .arg(escaped(url.toString()));
}

QString HelpPages::guide(const QString &language)
{
    QFile file(QStringLiteral(":/help/guide.%1.html").arg(language));
    if (!file.exists())
        file.setFileName(QStringLiteral(":/help/guide.en.html"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString HelpPages::shortcuts() const
{
    // Grouped by the first part of the id (file., edit., yaml.…), in registration order.
    const struct {
        const char *prefix;
        const char *title;
    } groups[] = {
        {"file", QT_TR_NOOP("File")},
        {"edit", QT_TR_NOOP("Edit")},
        {"yaml", QT_TR_NOOP("YAML pane (while it has the focus)")},
        {"document", QT_TR_NOOP("Document")},
        {"view", QT_TR_NOOP("View")},
        {"help", QT_TR_NOOP("Help")},
    };
    QStringList ids = m_actions->ids();
    QString html = tr("<h1>Keyboard shortcuts</h1><p>Every command of the window with a key. "
                      "In tables, the arrow keys move between cells, Enter or F2 edits a cell "
                      "and Tab moves on to the next control.</p>");
    const auto table = [this](const QString &title, const QStringList &members) {
        QString rows;
        for (const QString &id : members) {
            const QAction *action = m_actions->action(id);
            if (action->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys.append(QStringLiteral("<b>%1</b>")
                                .arg(escaped(key.toString(QKeySequence::NativeText))));
            // iconText: the command without the step an undo names ("Undo", not "Undo Edit Host").
            QString text = escaped(plainText(action->iconText()));
            if (QWidget *scope = m_actions->scope(id); scope && !scope->accessibleName().isEmpty())
                text += QStringLiteral(" <i>(%1)</i>")
                            .arg(escaped(tr("in %1").arg(scope->accessibleName())));
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                        .arg(keys.join(QStringLiteral(", ")), text);
        }
        if (rows.isEmpty())
            return QString();
        return QStringLiteral("<h2>%1</h2><table cellspacing=\"0\" cellpadding=\"4\">%2</table>")
            .arg(escaped(title), rows);
    };
    for (const auto &group : groups) {
        const QString prefix = QLatin1StringView(group.prefix) + u'.';
        QStringList members;
        for (auto it = ids.begin(); it != ids.end();) {
            if (it->startsWith(prefix)) {
                members.append(*it);
                it = ids.erase(it);
            } else {
                ++it;
            }
        }
        html += table(tr(group.title), members);
    }
    // Panels and controllers that joined later (workloads., cluster.…).
    html += table(tr("Panels"), ids);
    return html;
}

QString HelpPages::rules()
{
    const RuleRegistry &registry = RuleRegistry::instance();
    const struct {
        RuleLayer layer;
        const char *title;
    } layers[] = {
        {RuleLayer::Syntax, QT_TR_NOOP("YAML syntax")},
        {RuleLayer::Decoding, QT_TR_NOOP("Decoding into Istio's message (L0)")},
        {RuleLayer::Apiserver, QT_TR_NOOP("Kubernetes apiserver: CRD schema and CEL rules (L1)")},
        {RuleLayer::Webhook, QT_TR_NOOP("Istio's validating webhook (L2)")},
        {RuleLayer::Analyzer, QT_TR_NOOP("istioctl analyze (L3)")},
        {RuleLayer::MeshEntry, QT_TR_NOOP("MeshEntry's own checks")},
    };
    QString html = tr("<h1>Rules reference</h1><p>Every rule MeshEntry reports, with its id as "
                      "<code>meshentry rules</code> lists it. A resource can silence rules with "
                      "the annotation <code>galley.istio.io/analyze-suppress</code>: a "
                      "comma-separated list of ids, or <code>*</code>.</p>");
    QString contents;
    QString body;
    for (const auto &layer : layers) {
        QString entries;
        for (const Rule &rule : registry.rules()) {
            if (rule.layer != layer.layer)
                continue;
            entries +=
                QStringLiteral("<h3><a name=\"%1\"></a><code>%1</code> %2</h3>"
                               "<p><i>%3</i></p><p><b>%4</b> %5</p><p><b>%6</b> %7</p>")
                    .arg(escaped(rule.id), escapedWithCode(translatedMessage(rule.title)),
                         escaped(DiagnosticsModel::severityText(rule.severity)),
                         escaped(tr("When:")), escapedWithCode(translatedMessage(rule.trigger)),
                         escaped(tr("Fix:")), escapedWithCode(translatedMessage(rule.fix)));
        }
        if (entries.isEmpty())
            continue;
        const QString anchor = QStringLiteral("layer-%1").arg(int(layer.layer));
        contents +=
            QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(anchor, escaped(tr(layer.title)));
        body += QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>%3")
                    .arg(anchor, escaped(tr(layer.title)), entries);
    }
    return html + QStringLiteral("<ul>%1</ul>").arg(contents) + body;
}

QString HelpPages::fields(const QString &kind)
{
    const FieldTable *table = FieldTable::forKind(kind);
    if (!table)
        return {};
    QString html = tr("<h1>%1 fields</h1><p>Every field MeshEntry knows, as Istio's CRD "
                      "schema and its webhook define it. Press F1 in a form field to come to "
                      "its entry.</p>")
                       .arg(escaped(kind));
    const QString other = kind == QLatin1StringView("ServiceEntry")
                              ? QStringLiteral("WorkloadEntry")
                              : QStringLiteral("ServiceEntry");
    html += tr("<p>See also: <a href=\"%1\">%2 fields</a>.</p>")
                .arg(FieldReference::helpUrl(other).toString(), other);
    for (const FieldSpec &field : table->fields()) {
        // Kubernetes' own bookkeeping fields are described once, not one by one.
        if (field.type == FieldType::Any && field.path.startsWith(QLatin1StringView("metadata.")))
            continue;
        QStringList facts{typeText(field.type)};
        if (field.required)
            facts.append(tr("required"));
        if (!field.defaultValue.isEmpty())
            facts.append(tr("default %1").arg(field.defaultValue));
        if (field.minItems > 0)
            facts.append(tr("at least %1 entries").arg(field.minItems));
        if (field.maxItems > 0)
            facts.append(tr("at most %1 entries").arg(field.maxItems));
        if (field.maxLength > 0)
            facts.append(tr("at most %1 bytes").arg(field.maxLength));
        html += QStringLiteral("<h3><a name=\"%1\"></a><code>%1</code></h3><p><i>%2</i></p>")
                    .arg(escaped(field.path), escaped(facts.join(QStringLiteral(", "))));
        html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(field.helpText()));
        if (field.docsText() != field.helpText())
            html += QStringLiteral("<p>%1</p>").arg(escaped(field.docsText()));
        if (!field.enumValues.isEmpty())
            html += QStringLiteral("<p>%1 <code>%2</code></p>")
                        .arg(escaped(tr("Values:")),
                             escaped(field.enumValues.join(QStringLiteral(", "))));
        const QUrl upstream = FieldReference::upstreamUrl(kind, field);
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(escaped(upstream.toString()),
                         upstream.host() == QLatin1StringView("kubernetes.io")
                             ? tr("Kubernetes reference")
                             : tr("Istio reference"));
    }
    return html;
}

QString HelpPages::typeText(FieldType type)
{
    switch (type) {
    case FieldType::String:
        return tr("text");
    case FieldType::Integer:
        return tr("integer");
    case FieldType::Enum:
        return tr("one of several names");
    case FieldType::Object:
        return tr("object");
    case FieldType::List:
        return tr("list");
    case FieldType::Map:
        return tr("map of names to values");
    case FieldType::Any:
        break;
    }
    return tr("any value");
}

} // namespace MeshEntry
