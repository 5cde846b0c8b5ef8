#pragma once

#include <QTextBrowser>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLineEdit;
class QListWidget;

namespace MeshEntry {

/// A QTextBrowser that asks its owner for the pages of the `meshentry:` scheme.
class HelpBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    using PageSource = std::function<QString(const QUrl &)>;
    explicit HelpBrowser(PageSource source, QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;

private:
    PageSource m_source;
};

/**
 * The help window: topics on the left (guide, shortcuts, rules, fields), the page on the
 * right, a find field above it. Links between pages stay in the window; links to the web
 * open in the desktop's browser. One window per main window, reused for every request.
 */
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    struct Topic {
        QString title;
        QUrl url;
    };

    HelpWindow(HelpBrowser::PageSource source, const QList<Topic> &topics,
               QWidget *parent = nullptr);

    /// Shows url (a `meshentry:` page, optionally with an anchor), raises the window and
    /// gives the page the focus.
    void open(const QUrl &url);
    QUrl currentUrl() const;
    HelpBrowser *browser() const { return m_browser; }
    QListWidget *topicList() const { return m_topics; }
    QLineEdit *findField() const { return m_find; }

private:
    void findNext(bool backward);
    void syncTopic(const QUrl &url);

    QList<Topic> m_topicUrls;
    QListWidget *m_topics;
    QLineEdit *m_find;
    HelpBrowser *m_browser;
};

} // namespace MeshEntry
