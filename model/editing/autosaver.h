#pragma once

#include <QDateTime>
#include <QDir>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace MeshEntry {

class EditorDocument;

/// A buffer that was autosaved and never saved or closed: the application crashed.
struct RecoverableFile {
    QString originalPath; ///< empty for an untitled buffer
    QString autosavePath;
    QDateTime savedAt;
};

/**
 * Writes the bytes of every modified document to the application data directory every
 * interval, and removes them when the document is saved or closed cleanly; what is left at
 * start-up came from a crash and can be recovered.
 */
class Autosaver : public QObject
{
    Q_OBJECT
public:
    explicit Autosaver(const QString &directory, QObject *parent = nullptr);

    /// The default directory: <AppDataLocation>/autosave.
    static QString defaultDirectory();

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int interval() const { return m_timer.interval(); }
    void watch(EditorDocument *document);
    void forget(EditorDocument *document);

    /// Writes every modified watched document now.
    void saveAll();
    /// Autosaves left over from an earlier run.
    QList<RecoverableFile> recoverableFiles() const;
    /// Removes an autosave (after recovery or when the user declines it).
    static void discard(const RecoverableFile &file);

private:
    QString autosavePathFor(const EditorDocument *document) const;
    void write(EditorDocument *document);
    void remove(const EditorDocument *document);

    QDir m_directory;
    QTimer m_timer;
    QList<QPointer<EditorDocument>> m_documents;
    QHash<const EditorDocument *, QString> m_untitledIds;
};

} // namespace MeshEntry
