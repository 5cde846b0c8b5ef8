#include "recentfiles.h"

#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace MeshEntry {

namespace {

const QString recentKey = QStringLiteral("recentFiles");

} // namespace

RecentFiles::RecentFiles(QObject *parent) : QObject(parent) {}

QStringList RecentFiles::paths() const
{
    return QSettings().value(recentKey).toStringList();
}

void RecentFiles::remember(const QString &path)
{
    QStringList recent = paths();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(recentKey, recent.mid(0, maximum));
    emit changed();
}

void RecentFiles::clear()
{
    QSettings().remove(recentKey);
    emit changed();
}

void RecentFiles::fillMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = paths();
    for (const QString &path : recent)
        menu->addAction(path, this, [this, path] { emit openRequested(path); });
    if (!recent.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("Clear List"), this, &RecentFiles::clear);
    }
    menu->setEnabled(!recent.isEmpty());
}

} // namespace MeshEntry
