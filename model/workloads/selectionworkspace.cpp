#include "selectionworkspace.h"

#include "editordocument.h"
#include "workerpool.h"
#include "workloadreader.h"

#include <QTimer>
#include <QtConcurrent>

namespace MeshEntry {

namespace {

/// Files with more documents than this are read in a worker.
constexpr int synchronousDocuments = 300;
/// Documents of a file entered per event-loop turn.
constexpr qsizetype adoptionBatch = 2000;
/// A closed file with more documents than this leaves the store in workers.
constexpr qsizetype synchronousRemovals = 500;

QMap<QString, QString> interned(const QMap<QString, QString> &map, StringPool &strings)
{
    QMap<QString, QString> out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(strings.intern(it.key()), strings.intern(it.value()));
    return out;
}

void intern(QStringList &list, StringPool &strings)
{
    for (QString &text : list)
        text = strings.intern(text);
}

void intern(Workload &workload, StringPool &strings)
{
    workload.namespaceName = strings.intern(workload.namespaceName);
    workload.labels = interned(workload.labels, strings);
    for (Workload::Port &port : workload.ports)
        port.name = strings.intern(port.name);
    workload.network = strings.intern(workload.network);
    workload.locality = strings.intern(workload.locality);
}

void intern(SelectorQuery &query, StringPool &strings)
{
    query.namespaceName = strings.intern(query.namespaceName);
    intern(query.exportTo, strings);
    query.selector = interned(query.selector, strings);
    for (SelectorQuery::Port &port : query.ports) {
        port.name = strings.intern(port.name);
        port.protocol = strings.intern(port.protocol);
    }
}

} // namespace

ExtractedDocument ExtractedDocument::read(const QByteArray &text, const QString &defaultNamespace,
                                          StringPool *strings)
{
    ExtractedDocument result;
    ObjectStream stream(text.constData(), text.size());
    stream.read([&](const ObjectNode &object, qsizetype) {
        Workload workload;
        SelectorQuery query;
        if (WorkloadReader::read(object, defaultNamespace, &workload)) {
            if (strings)
                intern(workload, *strings);
            result.workload = std::move(workload);
        } else if (SelectorQuery::read(object, defaultNamespace, &query)) {
            if (strings)
                intern(query, *strings);
            result.query = std::move(query);
        }
        return false; // one object per document
    });
    return result;
}

ExtractedDocument SelectionWorkspace::read(const QByteArray &text)
{
    return ExtractedDocument::read(text, m_defaultNamespace, m_strings.get());
}

SelectionWorkspace::SelectionWorkspace(QObject *parent) : QObject(parent) {}

SelectionWorkspace::~SelectionWorkspace()
{
    for (FileEntry &entry : m_files) {
        if (entry.watcher)
            entry.watcher->waitForFinished();
    }
    if (m_removal)
        m_removal->waitForFinished();
}

void SelectionWorkspace::setMesh(const MeshConfig &mesh)
{
    m_mesh = mesh;
    emit meshChanged();
    emit changed();
}

void SelectionWorkspace::addNamespaces(const NamespaceInventory &namespaces, const QString &source)
{
    for (const QString &name : namespaces.names())
        m_namespaces.add(name, *namespaces.labels(name));
    m_namespaceSources.insert(source);
    emit namespacesChanged();
    emit changed();
}

void SelectionWorkspace::addFile(EditorDocument *file)
{
    m_files.insert(file, FileEntry());
    connect(file, &EditorDocument::documentChanged, this,
            [this, file](int index) { documentChanged(file, index); });
    connect(file, &EditorDocument::documentsReplaced, this,
            [this, file](int first, int removed, int inserted) {
                documentsReplaced(file, first, removed, inserted);
            });
    connect(file, &QObject::destroyed, this, [this, file] { removeFile(file); });
    readAll(file);
}

void SelectionWorkspace::readAll(EditorDocument *file)
{
    FileEntry &entry = m_files[file];
    entry.name = file->displayName();
    const YamlFile &yaml = file->file();
    if (yaml.documentCount() <= synchronousDocuments) {
        QList<ExtractedDocument> documents;
        for (const YamlDocument &document : yaml.documents())
            documents.append(read(document.text()));
        adoptDocuments(file, std::move(documents));
        return;
    }
    // Texts are shared, not copied; the worker reads them while the editor goes on.
    QList<QByteArray> texts;
    texts.reserve(yaml.documentCount());
    for (const YamlDocument &document : yaml.documents())
        texts.append(document.text());
    entry.reading = true;
    const int revision = ++entry.revision;
    auto *watcher = new QFutureWatcher<QList<ExtractedDocument>>(this);
    entry.watcher = watcher;
    connect(watcher, &QFutureWatcher<QList<ExtractedDocument>>::finished, this,
            [this, file, watcher, revision] {
                watcher->deleteLater();
                const auto it = m_files.find(file);
                if (it == m_files.end() || it->watcher != watcher)
                    return;
                it->reading = false;
                if (it->revision != revision) {
                    readAll(file); // edited meanwhile: read again
                    return;
                }
                // Moved out of the future: no second copy of 40,000 documents to make here.
                adoptDocuments(file, watcher->future().takeResult());
            });
    const QString ns = m_defaultNamespace;
    watcher->setFuture(QtConcurrent::run(workerPool(), [texts, ns, strings = m_strings] {
        QList<ExtractedDocument> documents;
        documents.reserve(texts.size());
        for (const QByteArray &text : texts)
            documents.append(ExtractedDocument::read(text, ns, strings.get()));
        return documents;
    }));
}

SelectionWorkspace::DocumentEntry SelectionWorkspace::enter(EditorDocument *file,
                                                            ExtractedDocument extracted)
{
    DocumentEntry entry;
    const QString &name = m_files[file].name; // one copy per file, not per document
    if (extracted.workload) {
        extracted.workload->source = name;
        extracted.workload->document = 0; // >= 0: from an open file
        entry.workload = m_inventory.add(std::move(*extracted.workload));
        ++m_inventoryRevision;
        m_openWorkloads.insert(entry.workload, file);
    }
    if (extracted.query) {
        extracted.query->source = name;
        entry.query = std::make_shared<const SelectorQuery>(std::move(*extracted.query));
    }
    return entry;
}

void SelectionWorkspace::leave(const DocumentEntry &entry)
{
    if (entry.workload >= 0) {
        m_inventory.remove(entry.workload);
        ++m_inventoryRevision;
        m_openWorkloads.remove(entry.workload);
    }
}

void SelectionWorkspace::adoptDocuments(EditorDocument *file, QList<ExtractedDocument> documents)
{
    FileEntry &entry = m_files[file];
    for (const DocumentEntry &old : std::as_const(entry.documents))
        leave(old);
    entry.documents.clear();
    entry.documents.reserve(documents.size());
    entry.adopting = std::move(documents); // entered one batch at a time, each moved out
    entry.reading = true;
    adoptDocumentBatch(file, entry.revision);
}

void SelectionWorkspace::adoptDocumentBatch(EditorDocument *file, int revision)
{
    const auto it = m_files.find(file);
    if (it == m_files.end())
        return;
    if (it->revision != revision) {
        // Edited while it was entered: read again.
        it->adopting = {};
        it->reading = false;
        readAll(file);
        return;
    }
    // 20,000 WorkloadEntries take half a second to enter: the window paints in between.
    const qsizetype entered = qsizetype(it->documents.size());
    const qsizetype end = qMin(entered + adoptionBatch, it->adopting.size());
    for (qsizetype i = entered; i < end; ++i)
        it->documents.push_back(enter(file, std::move(it->adopting[i])));
    if (end < it->adopting.size()) {
        QTimer::singleShot(0, this, [this, file, revision] { adoptDocumentBatch(file, revision); });
        return;
    }
    it->adopting = {}; // clear() would keep its capacity: 40,000 documents' worth
    it->reading = false;
    emit changed();
}

void SelectionWorkspace::removeFile(EditorDocument *file)
{
    const auto it = m_files.find(file);
    if (it == m_files.end())
        return;
    disconnect(file, nullptr, this, nullptr);
    QList<int> workloads;
    for (const DocumentEntry &entry : std::as_const(it->documents)) {
        if (entry.workload >= 0)
            workloads.append(entry.workload);
    }
    if (qsizetype(it->documents.size()) < synchronousRemovals) {
        // Newest first: a file's workloads hold the highest ids, so each leaves from the end
        // of the index's sorted lists instead of shifting all after it.
        for (auto id = workloads.crbegin(); id != workloads.crend(); ++id)
            leave(DocumentEntry{*id, {}});
        m_files.erase(it);
        m_strings->prune(); // the strings only the closed file used
        emit changed();
        return;
    }
    // Its ServiceEntries' queries: a worker frees 20,000 of them as fast as this thread would,
    // then forgets the strings only they used.
    auto documents = std::make_shared<std::vector<DocumentEntry>>(std::move(it->documents));
    m_files.erase(it);
    (void)QtConcurrent::run(workerPool(),
                            [documents = std::move(documents), strings = m_strings]() mutable {
                                documents.reset();
                                strings->prune();
                            });
    // A large file's 20,000 WorkloadEntries take a third of a second to leave the index: a
    // worker removes them from a copy, which replaces the inventory (leaving()). No open
    // document names them from now on.
    for (const int id : std::as_const(workloads))
        m_openWorkloads.remove(id);
    m_leaving += workloads;
    removeLeaving();
    emit changed();
}

void SelectionWorkspace::removeLeaving()
{
    if (m_removal || m_leaving.isEmpty())
        return;
    const quint64 revision = m_inventoryRevision;
    const QList<int> ids = m_leaving;
    auto *watcher = new QFutureWatcher<std::shared_ptr<WorkloadInventory>>(this);
    m_removal = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, revision, ids] {
        watcher->deleteLater();
        m_removal = nullptr;
        // The copy is the inventory only if nothing changed it meanwhile; else again.
        if (revision == m_inventoryRevision) {
            auto old = std::make_shared<WorkloadInventory>(std::move(m_inventory));
            m_inventory = std::move(*watcher->result());
            ++m_inventoryRevision;
            m_leaving.remove(0, ids.size());
            // The old one's only owner is this thread now: freeing it is another worker's.
            (void)QtConcurrent::run(workerPool(),
                                    [old = std::move(old), strings = m_strings]() mutable {
                                        old.reset();
                                        strings->prune();
                                    });
            emit changed();
        }
        removeLeaving();
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [inventory = m_inventory, ids]() mutable {
        for (auto id = ids.crbegin(); id != ids.crend(); ++id)
            inventory.remove(*id);
        return std::make_shared<WorkloadInventory>(std::move(inventory));
    }));
}

bool SelectionWorkspace::isRemoving() const
{
    return !m_leaving.isEmpty();
}

bool SelectionWorkspace::isReading(EditorDocument *file) const
{
    const auto it = m_files.constFind(file);
    return it != m_files.cend() && it->reading;
}

void SelectionWorkspace::documentChanged(EditorDocument *file, int index)
{
    FileEntry &entry = m_files[file];
    if (entry.reading) {
        ++entry.revision;
        return;
    }
    if (index < 0 || index >= qsizetype(entry.documents.size()))
        return;
    entry.name = file->displayName(); // after a Save As, edited documents take the new name
    ExtractedDocument extracted = read(file->file().document(index).text());
    DocumentEntry &document = entry.documents[index];
    if (extracted.workload && document.workload >= 0) {
        // The same id, so that a selection of it stays put while it is edited.
        extracted.workload->source = entry.name;
        extracted.workload->document = 0;
        m_inventory.replace(document.workload, std::move(*extracted.workload));
        ++m_inventoryRevision;
        extracted.workload.reset();
    } else {
        leave(document);
        document.workload = -1;
    }
    DocumentEntry fresh = enter(file, std::move(extracted));
    if (fresh.workload >= 0)
        document.workload = fresh.workload;
    document.query = std::move(fresh.query);
    emit changed();
}

void SelectionWorkspace::documentsReplaced(EditorDocument *file, int first, int removed,
                                           int inserted)
{
    FileEntry &entry = m_files[file];
    if (entry.reading) {
        ++entry.revision;
        return;
    }
    entry.name = file->displayName();
    const qsizetype begin = qMin<qsizetype>(first, entry.documents.size());
    const qsizetype end = qMin<qsizetype>(begin + removed, entry.documents.size());
    for (qsizetype i = begin; i < end; ++i)
        leave(entry.documents[i]);
    entry.documents.erase(entry.documents.begin() + begin, entry.documents.begin() + end);
    std::vector<DocumentEntry> fresh;
    fresh.reserve(inserted);
    for (int i = 0; i < inserted; ++i)
        fresh.push_back(enter(file, read(file->file().document(first + i).text())));
    entry.documents.insert(entry.documents.begin() + qMin<qsizetype>(first, entry.documents.size()),
                           std::make_move_iterator(fresh.begin()),
                           std::make_move_iterator(fresh.end()));
    emit changed();
}

const SelectorQuery *SelectionWorkspace::serviceEntry(EditorDocument *file, int document) const
{
    const auto it = m_files.constFind(file);
    if (it == m_files.cend() || document < 0 || document >= qsizetype(it->documents.size()))
        return nullptr;
    return it->documents[document].query.get();
}

int SelectionWorkspace::workloadOf(EditorDocument *file, int document) const
{
    const auto it = m_files.constFind(file);
    if (it == m_files.cend() || document < 0 || document >= qsizetype(it->documents.size()))
        return -1;
    return it->documents[document].workload;
}

bool SelectionWorkspace::documentOf(int workload, EditorDocument **file, int *document) const
{
    EditorDocument *owner = m_openWorkloads.value(workload);
    if (!owner)
        return false;
    const std::vector<DocumentEntry> &documents = m_files.find(owner)->documents;
    for (int i = 0; i < int(documents.size()); ++i) {
        if (documents[i].workload == workload) {
            *file = owner;
            *document = i;
            return true;
        }
    }
    return false;
}

bool SelectionWorkspace::documentOf(const SelectorQuery *query, EditorDocument **file,
                                    int *document) const
{
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        for (int i = 0; i < int(it->documents.size()); ++i) {
            if (query && it->documents[i].query.get() == query) {
                *file = it.key();
                *document = i;
                return true;
            }
        }
    }
    return false;
}

QList<const SelectorQuery *> SelectionWorkspace::serviceEntries() const
{
    QList<const SelectorQuery *> result;
    for (const FileEntry &entry : m_files) {
        for (const DocumentEntry &document : entry.documents) {
            if (document.query)
                result.append(document.query.get());
        }
    }
    return result;
}

qsizetype SelectionWorkspace::entryBytes() const
{
    qsizetype bytes = 0;
    for (const FileEntry &entry : m_files) {
        bytes += qsizetype(entry.documents.capacity() * sizeof(DocumentEntry));
        bytes += entry.adopting.capacity() * qsizetype(sizeof(ExtractedDocument));
        for (const DocumentEntry &document : entry.documents) {
            if (document.query)
                bytes += qsizetype(sizeof(SelectorQuery));
        }
    }
    return bytes;
}

void SelectionWorkspace::adopt(WorkloadImporter::Result result, int batch)
{
    cancelAdoption();
    m_pendingSource = result.source;
    if (m_pendingSource.isEmpty() && !result.workloads.isEmpty())
        m_pendingSource = result.workloads.first().source;
    if (!result.namespaces.isEmpty())
        addNamespaces(result.namespaces, m_pendingSource);
    // Importing a source again replaces what it gave before.
    const bool replaced = m_imported.remove(m_pendingSource) > 0;
    if (replaced) {
        m_inventory.removeSource(m_pendingSource);
        ++m_inventoryRevision;
    }
    m_pending = std::move(result.workloads);
    m_pendingNext = 0;
    m_pendingTotal = int(m_pending.size());
    m_pendingBatch = qMax(1, batch);
    m_pendingAdded.clear();
    if (m_pending.isEmpty()) {
        if (replaced)
            importsChanged();
        emit changed();
        emit adopted(m_pendingSource, 0);
        return;
    }
    adoptBatch();
}

void SelectionWorkspace::adoptBatch()
{
    if (m_pending.isEmpty())
        return;
    const qsizetype end = qMin<qsizetype>(m_pendingNext + m_pendingBatch, m_pending.size());
    for (; m_pendingNext < end; ++m_pendingNext)
        m_pendingAdded.append(m_inventory.add(std::move(m_pending[m_pendingNext])));
    ++m_inventoryRevision;
    emit adoptionProgress(int(m_pendingNext), m_pendingTotal);
    if (m_pendingNext < m_pending.size()) {
        QTimer::singleShot(0, this, &SelectionWorkspace::adoptBatch);
        return;
    }
    const int count = int(m_pendingAdded.size());
    m_imported[m_pendingSource] += count;
    m_pending.clear();
    m_pendingAdded.clear();
    importsChanged();
    emit changed();
    emit adopted(m_pendingSource, count);
}

void SelectionWorkspace::importsChanged()
{
    m_importedSnapshot =
        importedCount() > 0 ? std::make_shared<const WorkloadInventory>(m_inventory) : nullptr;
    emit importedChanged();
}

void SelectionWorkspace::cancelAdoption()
{
    if (m_pendingAdded.isEmpty() && m_pending.isEmpty())
        return;
    for (const int id : std::as_const(m_pendingAdded))
        m_inventory.remove(id);
    ++m_inventoryRevision;
    m_pending.clear();
    m_pendingAdded.clear();
    // What the source gave before was removed when the adoption began.
    importsChanged();
    emit changed();
}

int SelectionWorkspace::clearImported()
{
    cancelAdoption();
    int removed = 0;
    for (auto it = m_imported.cbegin(); it != m_imported.cend(); ++it)
        removed += m_inventory.removeSource(it.key());
    ++m_inventoryRevision;
    const bool hadImports = !m_imported.isEmpty();
    m_imported.clear();
    const bool hadNamespaces = !m_namespaces.isEmpty();
    m_namespaces.clear();
    m_namespaceSources.clear();
    if (hadImports)
        importsChanged();
    if (hadNamespaces)
        emit namespacesChanged();
    emit changed();
    return removed;
}

QStringList SelectionWorkspace::importedSources() const
{
    QSet<QString> sources = m_namespaceSources;
    for (auto it = m_imported.keyBegin(); it != m_imported.keyEnd(); ++it)
        sources.insert(*it);
    sources.remove(QString());
    QStringList out(sources.cbegin(), sources.cend());
    out.sort();
    return out;
}

int SelectionWorkspace::importedCount() const
{
    int total = 0;
    for (const int count : m_imported)
        total += count;
    return total;
}

} // namespace MeshEntry
