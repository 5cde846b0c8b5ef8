#include "helpcontroller.h"

#include "actionregistry.h"
#include "diagnosticsmodel.h"
#include "diagnosticspanel.h"
#include "fieldreference.h"
#include "fieldtable.h"
#include "formpanel.h"
#include "helppages.h"
#include "helpwindow.h"
#include "mainwindow.h"
#include "yamleditor.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeView>
#include <QWhatsThisClickedEvent>

namespace MeshEntry {

namespace {

/// The field reference link FormBinding puts into a field's What's This text.
QUrl fieldLinkIn(const QString &whatsThis)
{
    static const QRegularExpression link(QStringLiteral("href=\"(meshentry:fields/[^\"]+)\""));
    const QRegularExpressionMatch match = link.match(whatsThis);
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

} // namespace

HelpController::HelpController(MainWindow *window)
    : QObject(window), m_window(window), m_pages(new HelpPages(window->actions()))
{
    registerActions();
    connect(window->diagnosticsPanel(), &DiagnosticsPanel::ruleHelpRequested, this,
            [this](int row) { open(ruleUrl(row)); });
    // Links in What's This popups.
    qApp->installEventFilter(this);
}

HelpController::~HelpController()
{
    delete m_pages;
}

void HelpController::registerActions()
{
    ActionRegistry *actions = m_window->actions();
    QAction *context = actions->add(QStringLiteral("help.context"), tr("&Help on This"),
                                    {QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)});
    QAction *guide = actions->add(QStringLiteral("help.guide"), tr("MeshEntry &Guide"));
    QAction *shortcuts = actions->add(QStringLiteral("help.shortcuts"), tr("&Keyboard Shortcuts"));
    QAction *rules = actions->add(QStringLiteral("help.rules"), tr("&Rules Reference"));
    QAction *fields = actions->add(QStringLiteral("help.fields"), tr("&Field Reference"));
    context->setToolTip(tr("Explain the focused field or finding"));
    context->setIcon(QIcon::fromTheme(QStringLiteral("help-contextual")));
    guide->setIcon(QIcon::fromTheme(QStringLiteral("help-contents")));
    connect(context, &QAction::triggered, this,
            [this] { open(contextUrl(QApplication::focusWidget())); });
    connect(guide, &QAction::triggered, this, [this] { open(HelpPages::guideUrl()); });
    connect(shortcuts, &QAction::triggered, this, [this] { open(HelpPages::shortcutsUrl()); });
    connect(rules, &QAction::triggered, this, [this] { open(HelpPages::rulesUrl()); });
    connect(fields, &QAction::triggered, this,
            [this] { open(FieldReference::helpUrl(u"ServiceEntry")); });

    // First in the Help menu, before What's This and About.
    auto *help = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    QAction *first = help->actions().value(0);
    for (QAction *action : {context, guide, shortcuts, rules, fields})
        help->insertAction(first, action);
    help->insertSeparator(first);
}

void HelpController::open(const QUrl &url)
{
    if (!m_helpWindow) {
        const QList<HelpWindow::Topic> topics{
            {tr("Guide"), HelpPages::guideUrl()},
            {tr("Keyboard Shortcuts"), HelpPages::shortcutsUrl()},
            {tr("Rules Reference"), HelpPages::rulesUrl()},
            {tr("ServiceEntry Fields"), FieldReference::helpUrl(u"ServiceEntry")},
            {tr("WorkloadEntry Fields"), FieldReference::helpUrl(u"WorkloadEntry")},
        };
        // A window of its own beside the editor; a child of it, so it closes with it.
        m_helpWindow = new HelpWindow(
            [pages = m_pages](const QUrl &page) { return pages->page(page); }, topics, m_window);
        m_helpWindow->setWindowIcon(m_window->windowIcon());
        m_helpWindow->move(m_window->geometry().center() - m_helpWindow->rect().center());
    }
    m_helpWindow->open(url);
}

QUrl HelpController::ruleUrl(int row) const
{
    const DiagnosticsModel *model = m_window->diagnosticsModel();
    if (row < 0 || row >= model->rowCount())
        return HelpPages::rulesUrl();
    return HelpPages::rulesUrl(model->at(row).diagnostic.rule);
}

QUrl HelpController::contextUrl(QWidget *widget) const
{
    QTreeView *diagnostics = m_window->diagnosticsPanel()->view();
    if (widget && (widget == diagnostics || diagnostics->isAncestorOf(widget)))
        return ruleUrl(diagnostics->currentIndex().row());
    // In the YAML pane, the field under the cursor.
    YamlEditor *yaml = m_window->yamlEditor();
    if (widget == yaml) {
        QString kind;
        if (const FieldSpec *field =
                yaml->fieldAt(yaml->documentOffset(yaml->cursorOffset()), &kind))
            return FieldReference::helpUrl(kind, field->path);
        return HelpPages::guideUrl();
    }
    for (QWidget *at = widget; at; at = at->parentWidget()) {
        // In a table, the column's field: header items carry its What's This.
        if (auto *view = qobject_cast<QAbstractItemView *>(at); view && view->model()) {
            const QModelIndex current = view->currentIndex();
            if (current.isValid()) {
                const QUrl column = fieldLinkIn(
                    view->model()
                        ->headerData(current.column(), Qt::Horizontal, Qt::WhatsThisRole)
                        .toString());
                if (!column.isEmpty())
                    return column;
            }
        }
        const QUrl field = fieldLinkIn(at->whatsThis());
        if (!field.isEmpty())
            return field;
    }
    return HelpPages::guideUrl();
}

bool HelpController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::WhatsThisClicked)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    const QUrl url(static_cast<QWhatsThisClickedEvent *>(event)->href());
    if (url.scheme() == QLatin1StringView("meshentry"))
        open(url);
    else
        QDesktopServices::openUrl(url);
    return true;
}

} // namespace MeshEntry
