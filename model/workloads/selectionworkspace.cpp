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
/// A closed file with more WorkloadEntries than this leaves the inventory in a worker.
constexpr qsizetype synchronousRemovals = 500;

} // namespace

ExtractedDocument ExtractedDocument::read(const QByteArray &text, const QString &defaultNamespace)
{
    ExtractedDocument result;
    ObjectStream stream(text.constData(), text.size());
    stream.read([&](const ObjectNode &object, qsizetype) {
        Workload workload;
        SelectorQuery query;
        if (WorkloadReader::read(object, defaultNamespace, &workload))
            result.workload = std::move(workload);
        else if (SelectorQuery::read(object, defaultNamespace, &query))
            result.query = std::move(query);
        return false; // one object per document
    });
    return result;
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
    const YamlFile &yaml = file->file();
    if (yaml.documentCount() <= synchronousDocuments) {
        QList<ExtractedDocument> documents;
        for (const YamlDocument &document : yaml.documents())
            documents.append(ExtractedDocument::read(document.text(), m_defaultNamespace));
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
                adoptDocuments(file, watcher->result());
            });
    const QString ns = m_defaultNamespace;
    watcher->setFuture(QtConcurrent::run(workerPool(), [texts, ns] {
        QList<ExtractedDocument> documents;
        documents.reserve(texts.size());
        for (const QByteArray &text : texts)
            documents.append(ExtractedDocument::read(text, ns));
        return documents;
    }));
}

SelectionWorkspace::DocumentEntry SelectionWorkspace::enter(EditorDocument *file,
                                                            ExtractedDocument extracted)
{
    DocumentEntry entry;
    if (extracted.workload) {
        extracted.workload->source = file->displayName();
        extracted.workload->document = 0; // >= 0: from an open file
        entry.workload = m_inventory.add(std::move(*extracted.workload));
        ++m_inventoryRevision;
        m_openWorkloads.insert(entry.workload, file);
    }
    if (extracted.query)
        extracted.query->source = file->displayName();
    entry.query = std::move(extracted.query);
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
    entry.adopting = std::move(documents);
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
        it->adopting.clear();
        it->reading = false;
        readAll(file);
        return;
    }
    // 20,000 WorkloadEntries take half a second to enter: the window paints in between.
    const qsizetype end = qMin(it->documents.size() + adoptionBatch, it->adopting.size());
    for (qsizetype i = it->documents.size(); i < end; ++i)
        it->documents.append(enter(file, std::move(it->adopting[i])));
    if (it->documents.size() < it->adopting.size()) {
        QTimer::singleShot(0, this, [this, file, revision] { adoptDocumentBatch(file, revision); });
        return;
    }
    it->adopting.clear();
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
    // Its ServiceEntries' queries: a worker frees 20,000 of them as fast as this thread would.
    auto documents = std::make_shared<QList<DocumentEntry>>(std::move(it->documents));
    m_files.erase(it);
    (void)QtConcurrent::run(workerPool(),
                            [documents = std::move(documents)]() mutable { documents.reset(); });
    if (workloads.size() < synchronousRemovals) {
        // Newest first: a file's workloads hold the highest ids, so each leaves from the end
        // of the index's sorted lists instead of shifting all after it.
        for (auto id = workloads.crbegin(); id != workloads.crend(); ++id)
            leave(DocumentEntry{*id, {}});
        emit changed();
        return;
    }
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
                                    [old = std::move(old)]() mutable { old.reset(); });
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
    if (index < 0 || index >= entry.documents.size())
        return;
    ExtractedDocument extracted =
        ExtractedDocument::read(file->file().document(index).text(), m_defaultNamespace);
    DocumentEntry &document = entry.documents[index];
    if (extracted.workload && document.workload >= 0) {
        // The same id, so that a selection of it stays put while it is edited.
        extracted.workload->source = file->displayName();
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
    for (int i = 0; i < removed && first < entry.documents.size(); ++i)
        leave(entry.documents.takeAt(first));
    for (int i = 0; i < inserted; ++i) {
        const YamlDocument &document = file->file().document(first + i);
        entry.documents.insert(
            first + i, enter(file, ExtractedDocument::read(document.text(), m_defaultNamespace)));
    }
    emit changed();
}

const SelectorQuery *SelectionWorkspace::serviceEntry(EditorDocument *file, int document) const
{
    const auto it = m_files.constFind(file);
    if (it == m_files.cend() || document < 0 || document >= it->documents.size())
        return nullptr;
    const std::optional<SelectorQuery> &query = it->documents[document].query;
    return query ? &*query : nullptr;
}

int SelectionWorkspace::workloadOf(EditorDocument *file, int document) const
{
    const auto it = m_files.constFind(file);
    if (it == m_files.cend() || document < 0 || document >= it->documents.size())
        return -1;
    return it->documents[document].workload;
}

bool SelectionWorkspace::documentOf(int workload, EditorDocument **file, int *document) const
{
    EditorDocument *owner = m_openWorkloads.value(workload);
    if (!owner)
        return false;
    const QList<DocumentEntry> &documents = m_files[owner].documents;
    for (int i = 0; i < documents.size(); ++i) {
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
        for (int i = 0; i < it->documents.size(); ++i) {
            if (it->documents[i].query && &*it->documents[i].query == query) {
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
                result.append(&*document.query);
        }
    }
    return result;
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
