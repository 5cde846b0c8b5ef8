#include "validationworkspace.h"

#include "documentvalidator.h"
#include "validationextension.h"
#include "workerpool.h"

#include <QtConcurrent>
#include <algorithm>

namespace MeshEntry {

namespace {

/// Multiset difference: what old has and new lacks goes to removed, and the other way round.
void diff(const QList<Diagnostic> &before, const QList<Diagnostic> &after, ValidationDelta *delta)
{
    QList<Diagnostic> remaining = after;
    for (const Diagnostic &diagnostic : before) {
        const qsizetype same = remaining.indexOf(diagnostic);
        if (same >= 0)
            remaining.removeAt(same);
        else
            delta->removed.append(diagnostic);
    }
    delta->added += remaining;
}

} // namespace

std::any ValidationWorkspace::Validator::observe(const SpanTree &tree, const DocumentInfo &info,
                                                 const QList<YamlError> &errors) const
{
    Observed observed;
    observed.result = std::make_shared<DocumentValidator::Result>(
        DocumentValidator::validate(tree, info, errors, m_workspace.m_options));
    // The tree may go once this returns: the extension reads it now.
    if (m_workspace.m_extension)
        observed.extension = m_workspace.m_extension->observe(tree, info, !errors.isEmpty(),
                                                              observed.result->facts.namespaceName);
    return observed;
}

ValidationWorkspace::ValidationWorkspace(ValidationOptions options) : m_options(std::move(options))
{}

void ValidationWorkspace::setOptions(const ValidationOptions &options)
{
    m_options = options;
    // What was checked while loading used the old options.
    for (auto &[id, state] : m_documents)
        state.pending.reset();
}

void ValidationWorkspace::setInventory(const WorkloadInventory *inventory)
{
    m_inventory = inventory;
}

int ValidationWorkspace::addFile(const YamlFile *file, const QString &name,
                                 DocumentObservations validated)
{
    const int id = m_nextFile++;
    FileState &state = m_files[id];
    state.file = file;
    state.name = name;
    for (int i = 0; i < file->documentCount(); ++i) {
        const int document = newDocument(id, i);
        state.documents.append(document);
        auto *observed = i < validated.size() ? std::any_cast<Observed>(&validated[i]) : nullptr;
        if (!observed || !observed->result)
            continue;
        DocumentState &documentState = m_documents.at(document);
        documentState.local = std::move(observed->result->diagnostics);
        placed(&documentState.local, document);
        documentState.pending = std::move(observed->result);
        if (!m_extension)
            continue;
        if (observed->extension.has_value())
            m_extension->documentObserved(document, std::move(observed->extension));
        else // loaded before the extension was set
            m_extension->documentRead(document, file->document(i),
                                      documentState.pending->facts.namespaceName);
    }
    return id;
}

int ValidationWorkspace::newDocument(int file, int index)
{
    const int id = m_nextDocument++;
    DocumentState &state = m_documents[id];
    state.file = file;
    state.index = index;
    return id;
}

const YamlDocument &ValidationWorkspace::document(int id) const
{
    const DocumentState &state = m_documents.at(id);
    return m_files.constFind(state.file)->file->document(state.index);
}

ValidationDelta ValidationWorkspace::removeFile(int file)
{
    ValidationDelta delta;
    const auto it = m_files.constFind(file);
    if (it == m_files.cend())
        return delta;
    QSet<int> affected;
    for (const int id : it->documents) {
        affected.unite(m_index.dependents(id));
        delta.removed += all(id);
        m_index.remove(id);
        m_documents.erase(id);
        if (m_extension)
            m_extension->documentRemoved(id);
    }
    m_files.erase(it);
    refreshCross(affected, &delta);
    return delta;
}

const YamlFile *ValidationWorkspace::file(int id) const
{
    return m_files.value(id).file;
}

QString ValidationWorkspace::fileName(int id) const
{
    return m_files.value(id).name;
}

QList<int> ValidationWorkspace::fileIds() const
{
    QList<int> ids = m_files.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ValidationWorkspace::placed(QList<Diagnostic> *diagnostics, int id) const
{
    const DocumentState &state = m_documents.at(id);
    for (Diagnostic &diagnostic : *diagnostics) {
        diagnostic.file = state.file;
        diagnostic.document = state.index;
    }
}

void ValidationWorkspace::validateDocument(int id)
{
    DocumentState &state = m_documents.at(id);
    m_index.remove(id);
    const YamlDocument &doc = document(id);
    DocumentValidator::Result result = DocumentValidator::validate(doc, m_options);
    if (m_extension)
        m_extension->documentRead(id, doc, result.facts.namespaceName);
    state.local = std::move(result.diagnostics);
    state.pending.reset();
    placed(&state.local, id);
    m_index.insert(id, std::move(result.facts));
}

QList<Diagnostic> ValidationWorkspace::all(int id) const
{
    const DocumentState &state = m_documents.at(id);
    QList<Diagnostic> result = state.local + state.cross;
    std::sort(result.begin(), result.end(), diagnosticLessThan);
    return result;
}

void ValidationWorkspace::renumber(int file, int from)
{
    const QList<int> &documents = m_files[file].documents;
    for (int index = from; index < documents.size(); ++index) {
        DocumentState &state = m_documents.at(documents[index]);
        state.index = index;
        placed(&state.local, documents[index]);
        placed(&state.cross, documents[index]);
    }
}

QList<Diagnostic> ValidationWorkspace::crossFindings(int id) const
{
    QList<Diagnostic> cross = m_index.findings(id, m_options);
    if (m_extension)
        appendExtensionFindings(id, m_extension->findings(id), &cross);
    return cross;
}

void ValidationWorkspace::appendExtensionFindings(int id, const QList<Diagnostic> &extra,
                                                  QList<Diagnostic> *cross) const
{
    if (extra.isEmpty())
        return;
    // Other kinds (a Sidecar) are not indexed: --suppress still applies to them by name.
    DocumentFacts facts;
    if (m_index.contains(id)) {
        facts = m_index.facts(id);
    } else {
        const DocumentInfo &info = document(id).info();
        facts.kindName = info.kind;
        facts.name = info.name;
        facts.namespaceName =
            info.namespaceName.isEmpty() ? m_options.defaultNamespace : info.namespaceName;
    }
    for (const Diagnostic &diagnostic : extra) {
        if (!DocumentValidator::isSuppressed(diagnostic.rule, facts, m_options))
            cross->append(diagnostic);
    }
}

void ValidationWorkspace::refreshCross(const QSet<int> &ids, ValidationDelta *delta)
{
    // The host groups report the members whose answers changed; dependents() left them out.
    QSet<int> affected = m_index.update();
    affected.unite(ids);
    if (m_extension)
        affected.unite(m_extension->update());
    m_refreshed.clear();
    for (const int id : std::as_const(affected)) {
        const auto it = m_documents.find(id);
        if (it == m_documents.end())
            continue;
        m_refreshed.insert(id);
        QList<Diagnostic> cross = crossFindings(id);
        placed(&cross, id);
        diff(it->second.cross, cross, delta);
        it->second.cross = std::move(cross);
    }
}

ValidationDelta ValidationWorkspace::workloadsChanged(const WorkloadInventory *inventory)
{
    m_inventory = inventory;
    m_index.setInventory(inventory);
    QSet<int> selecting;
    for (const auto &[id, state] : m_documents) {
        if (m_index.contains(id) && m_index.facts(id).hasSelector)
            selecting.insert(id);
    }
    ValidationDelta delta;
    refreshCross(selecting, &delta);
    return delta;
}

bool ValidationWorkspace::validateAll(const Progress &progress)
{
    const QList<int> files = fileIds();
    QList<int> ids;
    QList<int> unchecked;
    for (const int file : files) {
        for (const int id : std::as_const(m_files[file].documents)) {
            ids.append(id);
            if (!m_documents.at(id).pending)
                unchecked.append(id);
        }
    }
    const auto cancelled = [&progress] { return progress.cancel && progress.cancel->load(); };
    QList<DocumentValidator::Result> results = checkDocuments(unchecked, progress);
    if (cancelled())
        return false;
    // Indexing and the host groups come before the first batch of the second stage: say so.
    if (progress.report)
        progress.report(Progress::CrossChecks, 0, int(ids.size()));

    // The new index is built beside the one in use: a cancelled run leaves that one as it was.
    // A run that cannot be cancelled (meshentry validate) moves the facts instead of copying.
    CrossDocumentIndex index;
    index.setInventory(m_inventory);
    index.setDefaultExportTo(m_options.mesh.defaultServiceExportTo);
    index.reserve(int(m_documents.size()));
    for (qsizetype i = 0, next = 0; i < ids.size(); ++i) {
        DocumentValidator::Result *checked = nullptr;
        if (next < unchecked.size() && unchecked[next] == ids[i])
            checked = &results[next++];
        else
            checked = m_documents.at(ids[i]).pending.get();
        if (progress.cancel)
            index.insert(ids[i], checked->facts);
        else
            index.insert(ids[i], std::move(checked->facts));
    }
    index.update();
    std::swap(m_index, index);
    if (m_extension)
        m_extension->update();

    // Each document's cross-document findings read the index and the extension only: on every
    // core. A batch run takes the extension's afterwards, here, one document at a time.
    const bool take = m_extension && m_batchRun;
    const auto crossOf = [this, take](int id) {
        QList<Diagnostic> cross = take ? m_index.findings(id, m_options) : crossFindings(id);
        placed(&cross, id);
        return cross;
    };
    QList<QList<Diagnostic>> cross;
    cross.reserve(ids.size());
    for (qsizetype first = 0; first < ids.size(); first += m_batchSize) {
        if (cancelled()) {
            std::swap(m_index, index);
            return false;
        }
        cross += blockingMapped(ids.mid(first, m_batchSize), crossOf);
        if (progress.report)
            progress.report(Progress::CrossChecks, int(cross.size()), int(ids.size()));
    }

    m_refreshed.clear();
    for (qsizetype i = 0, next = 0; i < ids.size(); ++i) {
        DocumentState &state = m_documents.at(ids[i]);
        if (next < unchecked.size() && unchecked[next] == ids[i]) {
            state.local = std::move(results[next++].diagnostics);
            placed(&state.local, ids[i]);
        }
        state.pending.reset();
        if (take) {
            QList<Diagnostic> extra;
            appendExtensionFindings(ids[i], m_extension->takeFindings(ids[i]), &extra);
            placed(&extra, ids[i]);
            cross[i] += extra;
        }
        state.cross = std::move(cross[i]);
        if (m_releaseTrees)
            document(ids[i]).releaseTree();
    }
    return true;
}

QList<DocumentValidator::Result> ValidationWorkspace::checkDocuments(const QList<int> &ids,
                                                                     const Progress &progress) const
{
    // Each document's own checks need nothing else: on every core, a batch at a time.
    const auto validateOne = [this](int id) {
        const YamlDocument &doc = document(id);
        DocumentValidator::Result result = DocumentValidator::validate(doc, m_options);
        if (m_extension)
            m_extension->documentRead(id, doc, result.facts.namespaceName);
        return result;
    };
    QList<DocumentValidator::Result> results;
    results.reserve(ids.size());
    for (qsizetype first = 0; first < ids.size(); first += m_batchSize) {
        if (progress.cancel && progress.cancel->load())
            return {};
        const QList<int> batch = ids.mid(first, m_batchSize);
        for (const int id : batch)
            document(id).tree();
        results += blockingMapped(batch, validateOne);
        if (progress.report)
            progress.report(Progress::OwnChecks, int(results.size()), int(ids.size()));
    }
    return results;
}

void ValidationWorkspace::validateDocuments(const QList<int> &ids)
{
    // Then index the facts here, in order.
    QList<DocumentValidator::Result> results = checkDocuments(ids, {});
    for (qsizetype i = 0; i < ids.size(); ++i) {
        DocumentState &state = m_documents.at(ids[i]);
        m_index.remove(ids[i]);
        state.local = std::move(results[i].diagnostics);
        state.pending.reset();
        placed(&state.local, ids[i]);
        m_index.insert(ids[i], std::move(results[i].facts));
    }
}

ValidationDelta ValidationWorkspace::validateFile(int file)
{
    ValidationDelta delta;
    QSet<int> affected;
    const QList<int> ids = m_files[file].documents;
    QHash<int, QList<Diagnostic>> before;
    QList<int> unchecked;
    for (const int id : ids) {
        affected.unite(m_index.dependents(id));
        const DocumentState &state = m_documents.at(id);
        before.insert(id, state.pending ? QList<Diagnostic>() : state.local);
        if (!state.pending)
            unchecked.append(id);
    }
    validateDocuments(unchecked);
    for (const int id : ids) {
        DocumentState &state = m_documents.at(id);
        if (state.pending) {
            m_index.remove(id);
            m_index.insert(id, std::move(state.pending->facts));
            state.pending.reset();
        }
        diff(before.value(id), state.local, &delta);
        affected.insert(id);
    }
    for (const int id : std::as_const(m_files[file].documents))
        affected.unite(m_index.dependents(id));
    refreshCross(affected, &delta);
    return delta;
}

ValidationDelta ValidationWorkspace::documentChanged(int file, int document)
{
    ValidationDelta delta;
    const int id = m_files[file].documents[document];
    QSet<int> affected = m_index.dependents(id);
    const QList<Diagnostic> before = m_documents.at(id).local;
    validateDocument(id);
    affected.unite(m_index.dependents(id));
    affected.insert(id);
    diff(before, m_documents.at(id).local, &delta);
    refreshCross(affected, &delta);
    return delta;
}

ValidationDelta ValidationWorkspace::documentInserted(int file, int document)
{
    ValidationDelta delta;
    FileState &state = m_files[file];
    const int id = newDocument(file, document);
    state.documents.insert(document, id);
    renumber(file, document + 1);
    validateDocument(id);
    delta.added = m_documents.at(id).local;
    QSet<int> affected = m_index.dependents(id);
    affected.insert(id);
    refreshCross(affected, &delta);
    return delta;
}

ValidationDelta ValidationWorkspace::documentRemoved(int file, int document)
{
    ValidationDelta delta;
    FileState &state = m_files[file];
    const int id = state.documents[document];
    const QSet<int> affected = m_index.dependents(id);
    delta.removed = all(id);
    m_index.remove(id);
    m_documents.erase(id);
    if (m_extension)
        m_extension->documentRemoved(id);
    state.documents.removeAt(document);
    renumber(file, document);
    refreshCross(affected, &delta);
    return delta;
}

ValidationDelta ValidationWorkspace::extensionChanged()
{
    ValidationDelta delta;
    refreshCross({}, &delta);
    return delta;
}

bool ValidationWorkspace::locate(int id, int *file, int *document) const
{
    const auto it = m_documents.find(id);
    if (it == m_documents.end())
        return false;
    *file = it->second.file;
    *document = it->second.index;
    return true;
}

qsizetype ValidationWorkspace::diagnosticCount() const
{
    qsizetype count = 0;
    for (const auto &[id, state] : m_documents)
        count += state.local.size() + state.cross.size();
    return count;
}

QList<Diagnostic> ValidationWorkspace::diagnostics() const
{
    QList<Diagnostic> result;
    for (const int file : fileIds())
        result += diagnostics(file);
    return result;
}

QList<Diagnostic> ValidationWorkspace::diagnostics(int file) const
{
    QList<Diagnostic> result;
    const auto it = m_files.constFind(file);
    if (it == m_files.cend())
        return result;
    for (const int id : it->documents)
        result += all(id);
    return result;
}

QList<Diagnostic> ValidationWorkspace::diagnostics(int file, int document) const
{
    const auto it = m_files.constFind(file);
    if (it == m_files.cend() || document < 0 || document >= it->documents.size())
        return {};
    return all(it->documents[document]);
}

void ValidationWorkspace::storedDiagnostics(int file, int document,
                                            QList<const Diagnostic *> *out) const
{
    const auto it = m_files.constFind(file);
    if (it == m_files.cend() || document < 0 || document >= it->documents.size())
        return;
    const DocumentState &state = m_documents.at(it->documents[document]);
    for (const Diagnostic &diagnostic : state.local)
        out->append(&diagnostic);
    for (const Diagnostic &diagnostic : state.cross)
        out->append(&diagnostic);
}

QList<ValidationWorkspace::SharedFindings> ValidationWorkspace::sharedDiagnostics(int file) const
{
    QList<SharedFindings> result;
    const auto it = m_files.constFind(file);
    if (it == m_files.cend())
        return result;
    result.reserve(it->documents.size());
    for (const int id : it->documents) {
        const DocumentState &state = m_documents.at(id);
        result.append({state.local, state.cross});
    }
    return result;
}

FilePosition ValidationWorkspace::startPosition(const Diagnostic &diagnostic) const
{
    return m_files.value(diagnostic.file).file->position(diagnostic.document, diagnostic.start);
}

FilePosition ValidationWorkspace::endPosition(const Diagnostic &diagnostic) const
{
    return m_files.value(diagnostic.file).file->position(diagnostic.document, diagnostic.end);
}

} // namespace MeshEntry
