#include "helpwindow.h"

#include <QAction>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace MeshEntry {

HelpBrowser::HelpBrowser(PageSource source, QWidget *parent)
    : QTextBrowser(parent), m_source(std::move(source))
{
    // Web links go to the desktop's browser, pages of the app stay here.
    setOpenExternalLinks(true);
}

QVariant HelpBrowser::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::HtmlResource && name.scheme() == QLatin1StringView("meshentry")) {
        QUrl page = name;
        page.setFragment({});
        return m_source(page);
    }
    return QTextBrowser::loadResource(type, name);
}

namespace {

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    return button;
}

} // namespace

HelpWindow::HelpWindow(HelpBrowser::PageSource source, const QList<Topic> &topics, QWidget *parent)
    : QWidget(parent, Qt::Window), m_topicUrls(topics), m_topics(new QListWidget),
      m_find(new QLineEdit), m_browser(new HelpBrowser(std::move(source)))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("MeshEntry Help"));
    for (const Topic &topic : topics)
        m_topics->addItem(topic.title);
    m_topics->setAccessibleName(tr("Help topics"));
    m_topics->setAccessibleDescription(tr("Choose a page of the help"));
    m_browser->setAccessibleName(tr("Help page"));
    m_browser->setAccessibleDescription(
        tr("The help text; Tab moves between its links, Enter follows one"));
    m_find->setPlaceholderText(tr("Find in page"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find in page"));
    m_find->setAccessibleDescription(
        tr("Enter finds the next occurrence, Shift+Enter the previous one"));

    auto *back = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    auto *forward =
        new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), this);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    addAction(find);
    auto *close = new QAction(tr("Close"), this);
    close->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Close});
    addAction(close);
    connect(back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    connect(find, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    connect(close, &QAction::triggered, this, &QWidget::close);
    connect(m_find, &QLineEdit::returnPressed, this,
            [this] { findNext(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier); });
    connect(m_topics, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_topicUrls.size() &&
            !currentUrl().matches(m_topicUrls[row].url, QUrl::RemoveFragment))
            m_browser->setSource(m_topicUrls[row].url);
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::syncTopic);

    auto *bar = new QHBoxLayout;
    bar->addWidget(toolButton(back, this));
    bar->addWidget(toolButton(forward, this));
    bar->addWidget(m_find, 1);
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(bar);
    pageLayout->addWidget(m_browser, 1);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_topics);
    splitter->addWidget(page);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_topics->sizeHintForColumn(0) + 24, 720});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    // Topics, then the find field, then the page: the order a reader goes.
    setTabOrder(m_topics, m_find);
    setTabOrder(m_find, m_browser);
    resize(900, 680);
}

void HelpWindow::open(const QUrl &url)
{
    // Shown first: the page scrolls to its anchor once it is laid out at the window's width.
    show();
    m_browser->setSource(url);
    raise();
    activateWindow();
    m_browser->setFocus(Qt::OtherFocusReason);
}

QUrl HelpWindow::currentUrl() const
{
    return m_browser->source();
}

void HelpWindow::findNext(bool backward)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(text, flags))
        return;
    // Wrap around once.
    QTextCursor cursor = m_browser->textCursor();
    cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(cursor);
    m_browser->find(text, flags);
}

void HelpWindow::syncTopic(const QUrl &url)
{
    for (int row = 0; row < m_topicUrls.size(); ++row) {
        if (m_topicUrls[row].url.matches(url, QUrl::RemoveFragment)) {
            const QSignalBlocker blocker(m_topics);
            m_topics->setCurrentRow(row);
            return;
        }
    }
}

} // namespace MeshEntry
