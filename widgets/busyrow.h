#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace MeshEntry {

/// The status line of a cluster dialog: a busy bar and Stop while a request runs, then what
/// happened, in the palette's error colour when it went wrong.
class BusyRow : public QWidget
{
    Q_OBJECT
public:
    explicit BusyRow(QWidget *parent = nullptr);

    void setBusy(bool busy, const QString &text = {});
    bool isBusy() const;
    void setText(const QString &text, bool problem = false);
    QString text() const;
    QLabel *label() const { return m_label; }
    QPushButton *stopButton() const { return m_stop; }

signals:
    void stopRequested();

private:
    QProgressBar *m_progress;
    QLabel *m_label;
    QPushButton *m_stop;
};

} // namespace MeshEntry
