#include "yamlfile.h"

#include "documentindexer.h"
#include "eventreader.h"
#include "fragmentwriter.h"
#include "messagetext.h"
#include "regularfile.h"
#include "savejournal.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <sys/stat.h>
#include <unistd.h>

namespace MeshEntry {

namespace {

const QByteArray utf8Bom("\xEF\xBB\xBF");

/// The whole file in a buffer of its size: the documents keep pointing into it, and readAll()
/// would leave a third more capacity behind for them to keep alive.
QByteArray readExactly(QFile *in)
{
    const qint64 size = in->size();
    if (size <= 0 || in->isSequential())
        return in->readAll();
    QByteArray bytes(size, Qt::Uninitialized);
    qint64 got = 0;
    while (got < size) {
        const qint64 read = in->read(bytes.data() + got, size - got);
        if (read <= 0)
            break;
        got += read;
    }
    bytes.truncate(got);
    // The file grew while it was read: take the rest too.
    if (got == size)
        bytes += in->readAll();
    return bytes;
}
/// Files larger than this are refused before they are read: the bytes and their node stores
/// would take several times as much memory (a 40,000-document mesh is 20 MB).
constexpr qint64 maxFileSize = qint64(512) << 20;

} // namespace

YamlFile YamlFile::fromBytes(const QByteArray &bytes, const std::atomic_bool *cancel,
                             const DocumentObserver *observer, DocumentObservations *observations)
{
    YamlFile file;
    file.m_bom = bytes.startsWith(utf8Bom);
    const QByteArray text = file.m_bom ? bytes.mid(utf8Bom.size()) : bytes;
    QList<IndexedDocument> indexed = DocumentIndexer::index(text, cancel, observer);
    file.m_documents.reserve(indexed.size());
    if (observations) {
        observations->clear();
        observations->reserve(indexed.size());
    }
    for (IndexedDocument &document : indexed) {
        if (observations)
            observations->append(std::move(document.observation));
        file.m_documents.append(YamlDocument(std::move(document.text), std::move(document.info),
                                             std::move(document.errors), std::move(document.tree)));
    }
    return file;
}

namespace {

// What load() and save() tell (the CLI prints them in English, the window translates them).
const char *const isDirectory = QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 is a directory");
const char *const tooLarge = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "%1 is %2 MiB; MeshEntry opens YAML files up to %3 MiB");
const char *const openingCancelled =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "opening %1 was cancelled");

} // namespace

const QList<const char *> &YamlFile::errorTemplates()
{
    static const QList<const char *> all =
        QList<const char *>{isDirectory, tooLarge, openingCancelled} + fileTemplates();
    return all;
}

bool YamlFile::load(const QString &path, YamlFile *file, QString *error,
                    const std::atomic_bool *cancel, const DocumentObserver *observer,
                    DocumentObservations *observations)
{
    QFile in(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = MessageText(isDirectory).arg(path).text();
        return false;
    }
    if (const QString refused = RegularFile::refusal(path); !refused.isEmpty()) {
        *error = refused;
        return false;
    }
    if (info.isFile() && info.size() > maxFileSize) {
        *error =
            MessageText(tooLarge).arg(path).arg(info.size() >> 20).arg(maxFileSize >> 20).text();
        return false;
    }
    if (!in.open(QIODevice::ReadOnly)) {
        *error = cannotRead(path, in.errorString()).text();
        return false;
    }
    SaveJournal::removeLeftovers(path);
    const QByteArray bytes = readExactly(&in);
    if (in.error() != QFileDevice::NoError) {
        *error = cannotRead(path, in.errorString()).text();
        return false;
    }
    *file = fromBytes(bytes, cancel, observer, observations);
    if (cancel && cancel->load()) {
        *error = MessageText(openingCancelled).arg(path).text();
        return false;
    }
    return true;
}

QByteArray YamlFile::bytes() const
{
    qsizetype size = m_bom ? utf8Bom.size() : 0;
    for (const YamlDocument &document : m_documents)
        size += document.text().size();
    QByteArray out;
    out.reserve(size);
    if (m_bom)
        out += utf8Bom;
    for (const YamlDocument &document : m_documents)
        out += document.text();
    return out;
}

bool YamlFile::save(const QString &path, QString *error) const
{
    // QSaveFile writes a temporary file next to path and renames it over path once complete
    // and synced, so a crash leaves the old file or the new one, never a torn one. It keeps
    // the permissions of the file it replaces; the owner and group are kept here (this works
    // for root, or for a group the user is in; otherwise the user's own apply).
    // A save killed before its rename leaves QSaveFile's temporary file: the journal knows it.
    SaveJournal::removeLeftovers(path);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, out.errorString()).text();
        return false;
    }
    const SaveJournal::Entry journal(path, out.handle());
    struct stat existing;
    if (::stat(QFile::encodeName(path).constData(), &existing) == 0 &&
        ::fchown(out.handle(), existing.st_uid, existing.st_gid) != 0)
        (void)::fchown(out.handle(), uid_t(-1), existing.st_gid);
    if (m_bom)
        out.write(utf8Bom);
    for (const YamlDocument &document : m_documents) {
        if (out.write(document.text()) != document.text().size())
            break;
    }
    if (!out.commit()) {
        *error = cannotWrite(path, out.errorString()).text();
        return false;
    }
    return true;
}

void YamlFile::applyEdit(int index, DocumentEdit edit)
{
    m_documents[index] = YamlDocument(std::move(edit.text), std::move(edit.tree));
    invalidateOffsets();
}

void YamlFile::setDocumentText(int index, const QByteArray &text)
{
    m_documents[index] = YamlDocument(text, SpanTree::parse(text));
    invalidateOffsets();
}

void YamlFile::setDocuments(QList<YamlDocument> documents)
{
    m_documents = std::move(documents);
    invalidateOffsets();
}

int YamlFile::replaceDocuments(int first, int count, const QByteArray &text)
{
    QList<IndexedDocument> indexed = DocumentIndexer::index(text);
    QList<YamlDocument> replacement;
    for (IndexedDocument &document : indexed) {
        if (document.begin == document.end)
            continue;
        replacement.append(YamlDocument(std::move(document.text), std::move(document.info),
                                        std::move(document.errors), std::move(document.tree)));
    }
    m_documents.remove(first, count);
    if (m_documents.isEmpty() && replacement.isEmpty())
        replacement.append(YamlDocument());
    for (qsizetype i = 0; i < replacement.size(); ++i)
        m_documents.insert(first + i, replacement[i]);
    invalidateOffsets();
    return int(replacement.size());
}

void YamlFile::insertDocument(int index, const QByteArray &text)
{
    m_documents.insert(index, YamlDocument(text, SpanTree::parse(text)));
    invalidateOffsets();
}

void YamlFile::addDocument(int index, const YamlValue &value)
{
    const QByteArray eol = lineEnding();
    const FragmentWriter writer;
    const QString body = FragmentWriter::needsBlockLines(value) && value.isCollection()
                             ? writer.blockLines(value, 0).join(QString::fromLatin1(eol))
                             : writer.inlineValue(value, false);
    QByteArray text = "---" + eol + body.toUtf8() + eol;
    if (index > 0 && !m_documents[index - 1].text().isEmpty() &&
        !m_documents[index - 1].text().endsWith('\n'))
        text.prepend(eol);
    if (index < documentCount() && m_documents[index].tree().documentMarker() < 0)
        setDocumentText(index, "---" + eol + m_documents[index].text());
    insertDocument(index, text);
}

void YamlFile::removeDocument(int index)
{
    m_documents.removeAt(index);
    invalidateOffsets();
}

void YamlFile::computeOffsets() const
{
    if (m_offsetsValid)
        return;
    m_offsets.resize(m_documents.size());
    m_lines.resize(m_documents.size());
    qsizetype offset = m_bom ? utf8Bom.size() : 0;
    int line = 0;
    for (qsizetype i = 0; i < m_documents.size(); ++i) {
        m_offsets[i] = offset;
        m_lines[i] = line;
        offset += m_documents[i].text().size();
        line += m_documents[i].lineCount();
    }
    m_offsetsValid = true;
}

qsizetype YamlFile::documentOffset(int index) const
{
    computeOffsets();
    return m_offsets[index];
}

int YamlFile::documentLine(int index) const
{
    computeOffsets();
    return m_lines[index];
}

FilePosition YamlFile::position(int index, qsizetype offset) const
{
    const QByteArray &text = m_documents[index].text();
    FilePosition position;
    position.document = index;
    position.offset = offset;
    lineAndColumn(text.constData(), text.size(), offset, &position.line, &position.column);
    position.line += documentLine(index);
    return position;
}

QByteArray YamlFile::lineEnding() const
{
    for (const YamlDocument &document : m_documents) {
        const qsizetype newline = document.text().indexOf('\n');
        if (newline >= 0)
            return newline > 0 && document.text()[newline - 1] == '\r' ? "\r\n" : "\n";
    }
    return "\n";
}

int YamlFile::findDocument(const QString &spec, QString *error) const
{
    bool isNumber = false;
    const int number = spec.toInt(&isNumber);
    if (isNumber) {
        if (number >= 0 && number < documentCount())
            return number;
        *error = QStringLiteral("no document %1: the file has %2 document(s), numbered from 0")
                     .arg(spec)
                     .arg(documentCount());
        return -1;
    }
    QList<int> matches;
    const QStringList parts = spec.split(u'/');
    for (int i = 0; i < documentCount(); ++i) {
        const DocumentInfo &info = m_documents[i].info();
        bool match = false;
        if (parts.size() == 3)
            match =
                info.kind == parts[0] && info.namespaceName == parts[1] && info.name == parts[2];
        else if (parts.size() == 2)
            match = info.kind == parts[0] && info.name == parts[1];
        else
            match = info.name == spec;
        if (match)
            matches.append(i);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        *error = QStringLiteral("no document named %1").arg(spec);
    else
        *error = QStringLiteral("%1 names %2 documents; use Kind/namespace/name or an index")
                     .arg(spec)
                     .arg(matches.size());
    return -1;
}

} // namespace MeshEntry
