#pragma once

#include "helpwindow.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QWidget;

namespace MeshEntry {

class HelpPages;
class MainWindow;

/**
 * The Help menu and the help window: the guide, the keyboard shortcuts, the rules and field
 * references (HelpPages), F1 for the focused field or finding, and the links of What's This
 * texts and of the Diagnostics panel's rule ids.
 */
class HelpController : public QObject
{
    Q_OBJECT
public:
    explicit HelpController(MainWindow *window);
    ~HelpController() override;

    /// Opens the help window at url (a `meshentry:` page).
    void open(const QUrl &url);
    /// What F1 explains with the focus in widget: its field, its finding's rule, or the guide.
    QUrl contextUrl(QWidget *widget) const;
    /// The help window, once it was opened.
    HelpWindow *helpWindow() const { return m_helpWindow; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void registerActions();
    QUrl ruleUrl(int diagnosticsRow) const;

    MainWindow *m_window;
    HelpPages *m_pages;
    QPointer<HelpWindow> m_helpWindow;
};

} // namespace MeshEntry
