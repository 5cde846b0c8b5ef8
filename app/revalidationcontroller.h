#pragma once

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QLabel;
class QTimer;

namespace MeshEntry {

class MainWindow;
class ValidationBridge;

/**
 * New mesh settings revalidate every open document in a worker job: on a large file that takes
 * seconds. This shows it as the open does, in a progress dialog that leaves the window free
 * ("Revalidating for the new mesh settings… 1,000 of 40,000 documents") and whose Cancel
 * (Escape) stops it after the batch in progress. What Cancel leaves, the findings of the
 * previous settings for every document, is said in the status bar and above the Diagnostics
 * panel until a complete run, which the panel's Revalidate button starts.
 */
class RevalidationController : public QObject
{
    Q_OBJECT
public:
    explicit RevalidationController(MainWindow *window);

    /// The progress dialog of the running revalidation, or nullptr.
    QProgressDialog *dialog() const { return m_dialog; }
    /// The status bar's part that says the findings are the previous settings'.
    QLabel *outdatedLabel() const { return m_outdated; }
    /// How long a revalidation runs before its progress is shown: a short one flashes nothing.
    static constexpr int showAfterMs = 300;

private:
    void started(int documents);
    void progressed(int stage, int done, int total);
    void ended(bool completed);
    void showOutdated(bool outdated);

    MainWindow *m_window;
    ValidationBridge *m_validation;
    QPointer<QProgressDialog> m_dialog;
    QTimer *m_showTimer;
    QLabel *m_outdated;
    bool m_userCancelled = false;
};

} // namespace MeshEntry
