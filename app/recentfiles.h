#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace MeshEntry {

/// The files opened last, kept in QSettings, and the File ▸ Open Recent menu built from them.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    explicit RecentFiles(QObject *parent = nullptr);

    QStringList paths() const;
    void remember(const QString &path);
    void clear();
    /// Fills menu with the files (choosing one emits openRequested) and Clear List.
    void fillMenu(QMenu *menu);

signals:
    void changed();
    void openRequested(const QString &path);

private:
    static constexpr int maximum = 10;
};

} // namespace MeshEntry
