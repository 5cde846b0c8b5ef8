#include "outlinemodel.h"

#include "editordocument.h"

namespace MeshEntry {

namespace {

// Internal ids: 0 for file rows, file row + 1 for document rows.
constexpr quintptr fileRowId = 0;

} // namespace

OutlineModel::OutlineModel(QObject *parent) : QAbstractItemModel(parent) {}

void OutlineModel::setCountsProvider(CountsProvider provider)
{
    m_counts = std::move(provider);
}

bool OutlineModel::matches(const DocumentInfo &info, QStringView text)
{
    if (text.isEmpty())
        return true;
    for (const QString *field : {&info.name, &info.namespaceName, &info.kind}) {
        if (field->contains(text, Qt::CaseInsensitive))
            return true;
    }
    // "payments/ledger" as the outline shows it.
    return text.contains(u'/') && !info.namespaceName.isEmpty() &&
           QString(info.namespaceName + u'/' + info.name).contains(text, Qt::CaseInsensitive);
}

void OutlineModel::addFile(EditorDocument *file)
{
    m_files.append(file);
    watch(file);
    if (isFiltering()) {
        m_matches.insert(file, computeMatches(file, nullptr));
        if (m_matches.value(file).isEmpty())
            return;
    }
    beginInsertRows({}, int(m_visible.size()), int(m_visible.size()));
    m_visible.append(file);
    endInsertRows();
}

void OutlineModel::watch(EditorDocument *file)
{
    connect(file, &EditorDocument::documentChanged, this,
            [this, file](int document) { onDocumentChanged(file, document); });
    connect(file, &EditorDocument::documentsReset, this, [this, file] { onDocumentsReset(file); });
    const auto fileChanged = [this, file] {
        const QModelIndex changed = fileIndex(file);
        if (changed.isValid())
            emit dataChanged(changed, changed);
    };
    connect(file, &EditorDocument::modificationChanged, this, fileChanged);
    connect(file, &EditorDocument::pathChanged, this, fileChanged);
}

void OutlineModel::removeFile(EditorDocument *file)
{
    const qsizetype at = m_files.indexOf(file);
    if (at < 0)
        return;
    disconnect(file, nullptr, this, nullptr);
    beginResetModel();
    m_files.removeAt(at);
    m_visible.removeAll(file);
    m_matches.remove(file);
    m_fileTotals.remove(file);
    endResetModel();
}

void OutlineModel::onDocumentChanged(EditorDocument *file, int document)
{
    if (isFiltering()) {
        // An edit can rename a document into or out of the filter: one row comes or goes.
        Matches &shown = m_matches[file];
        const auto at = std::lower_bound(shown.begin(), shown.end(), document);
        const bool wasShown = at != shown.end() && *at == document;
        const bool isShown = matches(file->file().document(document).info(), m_filter);
        const QModelIndex parent = fileIndex(file);
        if (wasShown != isShown && parent.isValid()) {
            const int row = int(at - shown.begin());
            if (isShown) {
                beginInsertRows(parent, row, row);
                shown.insert(row, document);
                endInsertRows();
            } else {
                beginRemoveRows(parent, row, row);
                shown.removeAt(row);
                endRemoveRows();
            }
            return;
        }
        if (wasShown != isShown) {
            // The file row itself appears or disappears.
            QHash<const EditorDocument *, Matches> all = m_matches;
            all[file] = computeMatches(file, nullptr);
            applyMatches(std::move(all));
            return;
        }
    }
    const QModelIndex changed = documentIndex(file, document);
    if (changed.isValid())
        emit dataChanged(changed, changed);
}

void OutlineModel::onDocumentsReset(EditorDocument *file)
{
    // Documents were added, removed or split: indexes may have moved. Views restore their
    // selection from the current document.
    beginResetModel();
    if (isFiltering()) {
        m_matches[file] = computeMatches(file, nullptr);
        m_visible = visibleFiles(m_matches);
    }
    endResetModel();
}

OutlineModel::Matches OutlineModel::computeMatches(const EditorDocument *file,
                                                   const Matches *candidates) const
{
    Matches result;
    const QList<YamlDocument> &documents = file->file().documents();
    if (candidates) {
        for (const int document : *candidates) {
            if (document < documents.size() && matches(documents[document].info(), m_filter))
                result.append(document);
        }
        return result;
    }
    for (int document = 0; document < documents.size(); ++document) {
        if (matches(documents[document].info(), m_filter))
            result.append(document);
    }
    return result;
}

void OutlineModel::setFilter(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_filter)
        return;
    // One more character can only narrow what is shown: test just those documents.
    const bool narrowing =
        isFiltering() && filter.contains(m_filter, Qt::CaseInsensitive) && !filter.isEmpty();
    const QHash<const EditorDocument *, Matches> previous = m_matches;
    m_filter = filter;
    QHash<const EditorDocument *, Matches> next;
    if (isFiltering()) {
        for (const EditorDocument *file : std::as_const(m_files)) {
            const auto candidates = previous.constFind(file);
            next.insert(file, computeMatches(file, narrowing && candidates != previous.cend()
                                                       ? &*candidates
                                                       : nullptr));
        }
    }
    applyMatches(std::move(next));
}

QList<EditorDocument *>
OutlineModel::visibleFiles(const QHash<const EditorDocument *, Matches> &matches) const
{
    if (!isFiltering())
        return m_files;
    QList<EditorDocument *> visible;
    for (EditorDocument *file : m_files) {
        if (!matches.value(file).isEmpty())
            visible.append(file);
    }
    return visible;
}

void OutlineModel::applyMatches(QHash<const EditorDocument *, Matches> matches)
{
    const QList<EditorDocument *> visible = visibleFiles(matches);
    if (visible != m_visible) {
        beginResetModel();
        m_visible = visible;
        m_matches = std::move(matches);
        m_filtered = isFiltering();
        endResetModel();
        return;
    }
    // Same file rows: only the document rows under them change. A layout change moves the
    // views' persistent indexes (selection, current row) to the rows' new places.
    const QList<QPersistentModelIndex> parents = [this] {
        QList<QPersistentModelIndex> list;
        for (const EditorDocument *file : std::as_const(m_visible))
            list.append(fileIndex(file));
        return list;
    }();
    emit layoutAboutToBeChanged(parents);
    const QModelIndexList before = persistentIndexList();
    QList<QPair<EditorDocument *, int>> documents;
    documents.reserve(before.size());
    for (const QModelIndex &index : before)
        documents.append({fileAt(index), documentAt(index)});
    m_matches = std::move(matches);
    m_filtered = isFiltering();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        after.append(documents[i].second < 0
                         ? before[i]
                         : documentIndex(documents[i].first, documents[i].second));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged(parents);
}

int OutlineModel::shownDocumentCount() const
{
    int count = 0;
    for (const EditorDocument *file : m_visible)
        count += documentCount(file);
    return count;
}

void OutlineModel::refreshCounts(const EditorDocument *file, const QList<int> &documents,
                                 DiagnosticCounts total)
{
    const QModelIndex parentIndex = fileIndex(file);
    m_fileTotals.insert(file, total);
    if (!parentIndex.isValid())
        return;
    const QList<int> roles{ErrorCountRole, WarningCountRole, Qt::ToolTipRole};
    if (documents.isEmpty()) {
        const int count = rowCount(parentIndex);
        if (count > 0)
            emit dataChanged(index(0, 0, parentIndex), index(count - 1, 0, parentIndex), roles);
    }
    for (const int document : documents) {
        const QModelIndex row = documentIndex(file, document);
        if (row.isValid())
            emit dataChanged(row, row, roles);
    }
    emit dataChanged(parentIndex, parentIndex, roles);
}

EditorDocument *OutlineModel::fileAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const qsizetype file =
        index.internalId() == fileRowId ? index.row() : qsizetype(index.internalId() - 1);
    return file < m_visible.size() ? m_visible[file] : nullptr;
}

int OutlineModel::documentAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == fileRowId)
        return -1;
    const EditorDocument *file = fileAt(index);
    if (!file)
        return -1;
    if (!m_filtered)
        return index.row();
    const Matches shown = m_matches.value(file);
    return index.row() < shown.size() ? shown[index.row()] : -1;
}

QModelIndex OutlineModel::fileIndex(const EditorDocument *file) const
{
    const int row = int(m_visible.indexOf(const_cast<EditorDocument *>(file)));
    return row < 0 ? QModelIndex() : createIndex(row, 0, fileRowId);
}

int OutlineModel::documentRow(const EditorDocument *file, int document) const
{
    if (!m_filtered)
        return document < file->file().documentCount() ? document : -1;
    const auto shown = m_matches.constFind(file);
    if (shown == m_matches.cend())
        return -1;
    const auto at = std::lower_bound(shown->cbegin(), shown->cend(), document);
    return at != shown->cend() && *at == document ? int(at - shown->cbegin()) : -1;
}

int OutlineModel::documentCount(const EditorDocument *file) const
{
    return m_filtered ? int(m_matches.value(file).size()) : file->file().documentCount();
}

QModelIndex OutlineModel::documentIndex(const EditorDocument *file, int document) const
{
    const int fileRow = int(m_visible.indexOf(const_cast<EditorDocument *>(file)));
    if (fileRow < 0 || document < 0)
        return {};
    const int row = documentRow(file, document);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(fileRow + 1));
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_visible.size() ? createIndex(row, 0, fileRowId) : QModelIndex();
    if (parent.internalId() != fileRowId || parent.row() >= m_visible.size())
        return {};
    return row < documentCount(m_visible[parent.row()])
               ? createIndex(row, 0, quintptr(parent.row() + 1))
               : QModelIndex();
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == fileRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, fileRowId);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_visible.size());
    if (parent.internalId() != fileRowId || parent.row() >= m_visible.size())
        return 0;
    return documentCount(m_visible[parent.row()]);
}

bool OutlineModel::hasChildren(const QModelIndex &parent) const
{
    // Document rows never have children: answered without counting anything.
    return !parent.isValid() || (parent.internalId() == fileRowId && rowCount(parent) > 0);
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QIcon OutlineModel::kindIcon(const QString &kind)
{
    if (kind == QLatin1String("ServiceEntry"))
        return QIcon(QStringLiteral(":/icons/serviceentry.svg"));
    if (kind == QLatin1String("WorkloadEntry"))
        return QIcon(QStringLiteral(":/icons/workloadentry.svg"));
    return QIcon(QStringLiteral(":/icons/document.svg"));
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    EditorDocument *file = fileAt(index);
    if (!file)
        return {};
    if (index.internalId() == fileRowId)
        return fileData(file, role);
    const int document = documentAt(index);
    return document < 0 ? QVariant() : documentData(file, document, role);
}

QVariant OutlineModel::fileData(const EditorDocument *file, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return file->isModified() ? file->displayName() + QStringLiteral(" •")
                                  : file->displayName();
    case Qt::ToolTipRole:
        return file->path().isEmpty() ? tr("Not saved yet") : file->path();
    case Qt::DecorationRole:
        return QIcon(QStringLiteral(":/icons/file.svg"));
    case DocumentIndexRole:
        return -1;
    case ModifiedRole:
        return file->isModified();
    case ErrorCountRole:
        return m_fileTotals.value(file).errors;
    case WarningCountRole:
        return m_fileTotals.value(file).warnings;
    default:
        return {};
    }
}

QVariant OutlineModel::documentData(const EditorDocument *file, int document, int role) const
{
    if (document >= file->file().documentCount())
        return {};
    const YamlDocument &doc = file->file().document(document);
    const DocumentInfo &info = doc.info();
    switch (role) {
    case Qt::DisplayRole: {
        if (info.kind.isEmpty() && doc.hasSyntaxErrors())
            return tr("Document %1 (syntax error)").arg(document + 1);
        if (info.kind.isEmpty())
            return tr("Document %1").arg(document + 1);
        QString name = info.name.isEmpty() ? tr("(unnamed)") : info.name;
        if (!info.namespaceName.isEmpty())
            name = info.namespaceName + u'/' + name;
        return name;
    }
    case Qt::ToolTipRole: {
        QString tip = info.kind.isEmpty() ? tr("No kind") : info.kind;
        if (!info.apiVersion.isEmpty())
            tip += QStringLiteral(" (%1)").arg(info.apiVersion);
        tip += u'\n' + tr("Starts on line %1").arg(file->file().documentLine(document) + 1);
        if (doc.hasSyntaxErrors())
            tip += u'\n' + tr("YAML syntax error: %1").arg(doc.syntaxErrors().first().message);
        return tip;
    }
    case Qt::DecorationRole:
        return kindIcon(info.kind);
    case KindRole:
        return info.kind;
    case DocumentIndexRole:
        return document;
    case ErrorCountRole:
        return m_counts ? m_counts(file, document).errors : int(doc.syntaxErrors().size());
    case WarningCountRole:
        return m_counts ? m_counts(file, document).warnings : 0;
    default:
        return {};
    }
}

} // namespace MeshEntry
