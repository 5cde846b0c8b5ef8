#include "autosaver.h"

#include "editordocument.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace MeshEntry {

namespace {

constexpr int defaultIntervalMs = 30000;

} // namespace

Autosaver::Autosaver(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(directory)
{
    m_directory.mkpath(QStringLiteral("."));
    // Buffers may hold what the user would not share: only the user reads the autosaves.
    QFile::setPermissions(m_directory.absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::saveAll);
    m_timer.start();
}

QString Autosaver::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/autosave");
}

void Autosaver::watch(EditorDocument *document)
{
    m_documents.append(document);
    // A clean document needs no autosave; a saved one must not be offered for recovery.
    connect(document, &EditorDocument::modificationChanged, this, [this, document](bool modified) {
        if (!modified)
            remove(document);
    });
    connect(document, &EditorDocument::pathChanged, this, [this, document] { remove(document); });
}

void Autosaver::forget(EditorDocument *document)
{
    remove(document);
    m_documents.removeAll(document);
    m_untitledIds.remove(document);
    disconnect(document, nullptr, this, nullptr);
}

QString Autosaver::autosavePathFor(const EditorDocument *document) const
{
    QString key = document->path();
    if (key.isEmpty()) {
        auto &id = const_cast<Autosaver *>(this)->m_untitledIds[document];
        if (id.isEmpty())
            id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        key = id;
    }
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_directory.filePath(QString::fromLatin1(hash.left(16)) + QStringLiteral(".yaml"));
}

void Autosaver::saveAll()
{
    for (const QPointer<EditorDocument> &document : std::as_const(m_documents)) {
        if (document && document->isModified())
            write(document);
    }
}

void Autosaver::write(EditorDocument *document)
{
    const QString path = autosavePathFor(document);
    QSaveFile bytes(path);
    if (!bytes.open(QIODevice::WriteOnly))
        return;
    bytes.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    bytes.write(document->file().bytes());
    if (!bytes.commit())
        return;
    QSaveFile meta(path + QStringLiteral(".json"));
    if (!meta.open(QIODevice::WriteOnly))
        return;
    const QJsonObject info{
        {QStringLiteral("path"), document->path()},
        {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    meta.write(QJsonDocument(info).toJson());
    meta.commit();
}

void Autosaver::remove(const EditorDocument *document)
{
    const QString path = autosavePathFor(document);
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".json"));
}

QList<RecoverableFile> Autosaver::recoverableFiles() const
{
    QList<RecoverableFile> files;
    const QStringList metas =
        m_directory.entryList({QStringLiteral("*.yaml.json")}, QDir::Files, QDir::Time);
    for (const QString &name : metas) {
        QFile meta(m_directory.filePath(name));
        if (!meta.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject info = QJsonDocument::fromJson(meta.readAll()).object();
        RecoverableFile file;
        file.autosavePath = m_directory.filePath(name.chopped(5));
        if (!QFile::exists(file.autosavePath))
            continue;
        file.originalPath = info.value(QStringLiteral("path")).toString();
        file.savedAt =
            QDateTime::fromString(info.value(QStringLiteral("saved")).toString(), Qt::ISODate);
        files.append(file);
    }
    return files;
}

void Autosaver::discard(const RecoverableFile &file)
{
    QFile::remove(file.autosavePath);
    QFile::remove(file.autosavePath + QStringLiteral(".json"));
}

} // namespace MeshEntry
