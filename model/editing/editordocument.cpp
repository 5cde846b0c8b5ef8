#include "editordocument.h"

#include "changedocumenttextcommand.h"
#include "documenteditor.h"
#include "documentnames.h"
#include "editdescription.h"
#include "fieldtable.h"
#include "messagetext.h"
#include "regularfile.h"
#include "replacedocumentscommand.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>

namespace MeshEntry {

namespace {

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}

qsizetype bomSize(const YamlFile &file)
{
    return file.hasBom() ? 3 : 0;
}

} // namespace

EditorDocument::EditorDocument(const QByteArray &bytes, QObject *parent)
    : QObject(parent), m_file(YamlFile::fromBytes(bytes)), m_watcher(new QFileSystemWatcher(this))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modificationChanged(!clean); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &EditorDocument::onFileChanged);
}

EditorDocument::~EditorDocument() = default;

EditorDocument *EditorDocument::open(const QString &path, QString *error,
                                     const std::atomic_bool *cancel, QObject *parent)
{
    YamlFile file;
    if (!YamlFile::load(path, &file, error, cancel))
        return nullptr;
    return adopt(std::move(file), path, parent);
}

EditorDocument *EditorDocument::adopt(YamlFile file, const QString &path, QObject *parent,
                                      const QByteArray &diskHash)
{
    auto *document = new EditorDocument({}, parent);
    document->m_file = std::move(file);
    document->m_readOnly = !QFileInfo(path).isWritable();
    document->setPath(path);
    document->m_diskHash = diskHash.isEmpty() ? diskHashOf(document->m_file) : diskHash;
    return document;
}

QByteArray EditorDocument::diskHashOf(const YamlFile &file)
{
    return hashOf(file.bytes());
}

QString EditorDocument::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void EditorDocument::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged(readOnly);
}

void EditorDocument::setPath(const QString &path)
{
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_path = path;
    if (!m_path.isEmpty())
        m_watcher->addPath(m_path);
    emit pathChanged(path);
}

void EditorDocument::rememberDiskState(const QByteArray &bytes)
{
    m_diskHash = hashOf(bytes);
}

void EditorDocument::onFileChanged()
{
    // QSaveFile and many editors replace the file, which drops it from the watcher.
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
    // A file made read-only while open becomes read-only here, as if it had been opened so;
    // the buffer and its unsaved changes stay, and can be saved as a copy.
    const QFileInfo info(m_path);
    if (info.exists() && !info.isWritable())
        setReadOnly(true);
    QByteArray bytes;
    QString error;
    if (readDisk(&bytes, &error) && hashOf(bytes) == m_diskHash)
        return;
    emit changedOnDisk();
}

bool EditorDocument::readDisk(QByteArray *bytes, QString *error) const
{
    // The file replaced by a named pipe would block this (the GUI) thread in open().
    if (const QString refused = RegularFile::refusal(m_path); !refused.isEmpty()) {
        *error = refused;
        return false;
    }
    QFile in(m_path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(m_path, translatedFileError(in.errorString()));
        return false;
    }
    *bytes = in.readAll();
    return true;
}

bool EditorDocument::save(QString *error)
{
    if (m_path.isEmpty()) {
        *error = tr("the document has no file name yet");
        return false;
    }
    return saveAs(m_path, error);
}

bool EditorDocument::saveAs(const QString &path, QString *error)
{
    const QByteArray bytes = m_file.bytes();
    if (path != m_path)
        m_watcher->removePath(m_path);
    m_diskHash = hashOf(bytes); // before writing, so our own write is not "changed on disk"
    if (!m_file.save(path, error))
        return false;
    setReadOnly(false);
    if (path != m_path)
        setPath(path);
    else if (!m_watcher->files().contains(path))
        m_watcher->addPath(path);
    m_undoStack.setClean();
    return true;
}

bool EditorDocument::reload(QString *error)
{
    YamlFile fresh;
    if (!YamlFile::load(m_path, &fresh, error))
        return false;
    rememberDiskState(fresh.bytes());
    if (fresh.bytes() != m_file.bytes()) {
        m_undoStack.push(new ReplaceDocumentsCommand(this, m_file.documents(), fresh.documents(),
                                                     tr("Reload from Disk")));
    }
    m_undoStack.setClean();
    return true;
}

QString EditorDocument::pushEdit(int document, const DocumentEdit &edit, const QString &description,
                                 const QString &mergeKey, const QString &editedPath, bool keepsText,
                                 const QString &origin, const QString &createdItem)
{
    if (!edit.ok)
        return edit.error;
    if (m_readOnly)
        return tr("%1 is read-only").arg(displayName());
    const QByteArray before = m_file.document(document).text();
    if (before == edit.text)
        return {};
    m_preparedEdit = edit;
    auto *command = new ChangeDocumentTextCommand(
        this, document, before, edit.text, description, mergeKey, editedPath,
        keepsText ? ChangeDocumentTextCommand::MergedText::First
                  : ChangeDocumentTextCommand::MergedText::Latest);
    command->setOrigin(origin);
    command->setCreatedItem(createdItem);
    m_undoStack.push(command);
    return {};
}

QByteArray EditorDocument::mergeBase(int document, const QString &mergeKey,
                                     const QString &editedPath) const
{
    const ChangeDocumentTextCommand *command = mergeTarget(document, mergeKey);
    return command && !command->created() && command->continues(document, mergeKey, editedPath)
               ? command->before()
               : m_file.document(document).text();
}

const ChangeDocumentTextCommand *EditorDocument::mergeTarget(int document,
                                                             const QString &mergeKey) const
{
    const int top = m_undoStack.index() - 1;
    if (mergeKey.isEmpty() || top < 0 || m_undoStack.index() == m_undoStack.cleanIndex())
        return nullptr;
    const auto *command = dynamic_cast<const ChangeDocumentTextCommand *>(m_undoStack.command(top));
    return command && command->mergesWith(document, mergeKey) ? command : nullptr;
}

const FieldTable *EditorDocument::fieldTable(int document) const
{
    return FieldTable::forKind(m_file.document(document).info().kind);
}

std::shared_ptr<const SpanTree> EditorDocument::treeOf(int document, const QByteArray &base) const
{
    // Outside a run of merged keystrokes the base is the current text, already parsed: borrow
    // that tree rather than parse or copy it.
    const YamlDocument &current = m_file.document(document);
    if (base.isSharedWith(current.text()))
        return std::shared_ptr<const SpanTree>(&current.tree(), [](const SpanTree *) {});
    return std::make_shared<const SpanTree>(SpanTree::parse(base));
}

QString EditorDocument::setValue(int document, const YamlPath &path, const YamlValue &value,
                                 const QString &mergeKey)
{
    const QString edited = path.toString();
    // Typing on into an item the run created (a table's adding row): the item is written
    // again, whole, into the text before the run, so the finished value is judged as typed
    // ("2" alone is quoted; "203.0.113.5" is not) and the run stays one step.
    if (const ChangeDocumentTextCommand *run = mergeTarget(document, mergeKey);
        run && !run->createdItem().isEmpty()) {
        const YamlPath item = YamlPath::fromText(run->createdItem());
        const bool whole = path == item;
        const bool field = path.size() == item.size() + 1 && path.left(item.size()) == item &&
                           !path.last().isIndex();
        if (whole || field) {
            const YamlValue written =
                whole ? value : YamlValue::mapping({{path.last().key, value}});
            const QByteArray &base = run->before();
            const SpanTree tree = SpanTree::parse(base);
            return pushEdit(
                document,
                DocumentEditor(base, tree).insertItem(item.parent(), item.last().index, written),
                run->text(), mergeKey, edited, true, {}, run->createdItem());
        }
    }
    const QByteArray base = mergeBase(document, mergeKey, edited);
    const std::shared_ptr<const SpanTree> tree = treeOf(document, base);
    const FieldTable *table = fieldTable(document);
    // A key that appears without a value is a map entry being added (its key still typed).
    const bool adding =
        value.isNull() && tree->find(path) < 0 && !path.isRoot() && !path.last().isIndex();
    return pushEdit(document, DocumentEditor(base, *tree).setValue(path, value),
                    adding ? EditDescription::addKey(table, path)
                           : EditDescription::setValue(table, path, value),
                    mergeKey, edited, adding);
}

QString EditorDocument::remove(int document, const YamlPath &path)
{
    const YamlDocument &doc = m_file.document(document);
    return pushEdit(document, DocumentEditor(doc.text(), doc.tree()).remove(path),
                    EditDescription::remove(fieldTable(document), path), {});
}

QString EditorDocument::insertItem(int document, const YamlPath &path, int index,
                                   const YamlValue &value, const QString &mergeKey)
{
    // The new item's path, so that typing on into it continues this edit.
    const SpanTree &current = m_file.document(document).tree();
    const int list = current.find(path);
    const int count =
        list >= 0 && current.node(list).isSequence() ? int(current.node(list).children.size()) : 0;
    const QString edited = path.index(index < 0 ? count : index).toString();
    const QByteArray base = mergeBase(document, mergeKey, edited);
    const std::shared_ptr<const SpanTree> tree = treeOf(document, base);
    return pushEdit(document, DocumentEditor(base, *tree).insertItem(path, index, value),
                    EditDescription::insertItem(fieldTable(document), path), mergeKey, edited, true,
                    {}, mergeKey.isEmpty() ? QString() : edited);
}

QString EditorDocument::moveItem(int document, const YamlPath &path, int from, int to)
{
    const YamlDocument &doc = m_file.document(document);
    return pushEdit(document, DocumentEditor(doc.text(), doc.tree()).moveItem(path, from, to),
                    EditDescription::moveItem(fieldTable(document), path, from, to), {});
}

QString EditorDocument::renameKey(int document, const YamlPath &path, const QString &newKey,
                                  const QString &mergeKey)
{
    const YamlDocument &doc = m_file.document(document);
    // Keystrokes of one rename merge: the text names the key as it was before the first.
    const ChangeDocumentTextCommand *run = mergeTarget(document, mergeKey);
    const QString origin = run && !run->origin().isEmpty()
                               ? run->origin()
                               : EditDescription::subject(fieldTable(document), path);
    return pushEdit(document, DocumentEditor(doc.text(), doc.tree()).renameKey(path, newKey),
                    EditDescription::renameKey(origin, newKey), mergeKey, {}, false, origin);
}

qsizetype EditorDocument::textOffset(int document) const
{
    if (document >= m_file.documentCount()) {
        const int last = m_file.documentCount() - 1;
        return m_file.documentOffset(last) - bomSize(m_file) + m_file.document(last).text().size();
    }
    return m_file.documentOffset(document) - bomSize(m_file);
}

int EditorDocument::documentAt(qsizetype offset) const
{
    int low = 0;
    int high = m_file.documentCount() - 1;
    while (low < high) {
        const int middle = (low + high + 1) / 2;
        if (textOffset(middle) <= offset)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}

void EditorDocument::replaceText(qsizetype offset, qsizetype oldLength, const QByteArray &text,
                                 const QString &mergeKey, const QString &description)
{
    if (m_readOnly)
        return;
    const int first = documentAt(offset);
    // A change that ends exactly at a document boundary still belongs to the earlier one.
    const int last = documentAt(qMax(offset, offset + oldLength - 1));
    const qsizetype regionStart = textOffset(first);
    QByteArray region;
    for (int i = first; i <= last; ++i)
        region += m_file.document(i).text();
    QByteArray changed = region;
    changed.replace(offset - regionStart, oldLength, text);

    YamlFile probe = YamlFile::fromBytes(changed);
    if (first == last && probe.documentCount() == 1) {
        const QString name = m_file.document(first).info().name;
        const QString text = !description.isEmpty() ? description
                             : name.isEmpty()       ? tr("Edit YAML")
                                                    : tr("Edit %1 in YAML").arg(name);
        m_undoStack.push(
            new ChangeDocumentTextCommand(this, first, region, changed, text, mergeKey));
        return;
    }
    QList<YamlDocument> after = m_file.documents();
    after.remove(first, last - first + 1);
    for (int i = 0; i < probe.documentCount(); ++i) {
        if (!probe.document(i).text().isEmpty() || after.isEmpty())
            after.insert(first + i, probe.document(i));
    }
    m_undoStack.push(new ReplaceDocumentsCommand(
        this, m_file.documents(), after, description.isEmpty() ? tr("Edit YAML") : description));
}

void EditorDocument::addDocument(int index, const YamlValue &value, const QString &description)
{
    if (m_readOnly)
        return;
    YamlFile changed = m_file;
    // An untitled file starts as one empty document: the new one takes its place.
    if (changed.documentCount() == 1 && changed.document(0).text().isEmpty()) {
        changed.removeDocument(0);
        index = 0;
    }
    changed.addDocument(index, value);
    m_undoStack.push(
        new ReplaceDocumentsCommand(this, m_file.documents(), changed.documents(), description));
}

int EditorDocument::duplicateDocument(int index)
{
    if (m_readOnly)
        return -1;
    const QByteArray eol = m_file.lineEnding();
    QList<YamlDocument> after = m_file.documents();
    QByteArray original = after[index].text();
    if (!original.endsWith('\n')) {
        original += eol;
        after[index] = YamlDocument(original, SpanTree::parse(original));
    }
    QByteArray copy = original;
    if (after[index].tree().documentMarker() < 0)
        copy.prepend("---" + eol);
    // Two documents of one kind and namespace may not share a name: the copy gets a free one.
    const DocumentInfo &info = after[index].info();
    if (!info.name.isEmpty()) {
        const SpanTree tree = SpanTree::parse(copy);
        const DocumentEdit renamed =
            DocumentEditor(copy, tree)
                .setValue(YamlPath::fromText(QStringLiteral("metadata.name")),
                          YamlValue::string(DocumentNames::copyName(
                              m_file, info.kind, info.namespaceName, info.name)));
        if (renamed.ok)
            copy = renamed.text;
    }
    after.insert(index + 1, YamlDocument(copy, SpanTree::parse(copy)));
    m_undoStack.push(new ReplaceDocumentsCommand(
        this, m_file.documents(), after,
        tr("Duplicate %1").arg(EditDescription::documentName(m_file.document(index), index))));
    return index + 1;
}

void EditorDocument::removeDocument(int index)
{
    if (m_readOnly)
        return;
    const QString name = EditDescription::documentName(m_file.document(index), index);
    QList<YamlDocument> after = m_file.documents();
    after.removeAt(index);
    if (after.isEmpty())
        after.append(YamlDocument());
    m_undoStack.push(
        new ReplaceDocumentsCommand(this, m_file.documents(), after, tr("Delete %1").arg(name)));
}

void EditorDocument::replaceDocumentText(int index, const QByteArray &text)
{
    const qsizetype offset = textOffset(index);
    const qsizetype oldLength = m_file.document(index).text().size();
    if (m_preparedEdit.ok && m_preparedEdit.text.isSharedWith(text))
        m_file.applyEdit(index, m_preparedEdit);
    else
        m_file.setDocumentText(index, text);
    m_preparedEdit = DocumentEdit();
    emit textReplaced(offset, oldLength, text);
    emit documentChanged(index);
}

void EditorDocument::replaceAllDocuments(const QList<YamlDocument> &documents)
{
    // Report the smallest stretch of text that differs, so views keep their cursor.
    const QList<YamlDocument> &before = m_file.documents();
    qsizetype head = 0;
    while (head < before.size() && head < documents.size() &&
           before[head].text().isSharedWith(documents[head].text()))
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < documents.size() - head &&
           before[before.size() - 1 - tail].text().isSharedWith(
               documents[documents.size() - 1 - tail].text()))
        ++tail;
    const qsizetype offset = textOffset(int(head));
    qsizetype oldLength = 0;
    for (qsizetype i = head; i < before.size() - tail; ++i)
        oldLength += before[i].text().size();
    QByteArray text;
    for (qsizetype i = head; i < documents.size() - tail; ++i)
        text += documents[i].text();
    const int removed = int(before.size() - head - tail);
    const int inserted = int(documents.size() - head - tail);
    m_file.setDocuments(documents);
    emit textReplaced(offset, oldLength, text);
    emit documentsReplaced(int(head), removed, inserted);
    emit documentsReset();
}

} // namespace MeshEntry
