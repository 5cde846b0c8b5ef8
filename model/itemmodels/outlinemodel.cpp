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

void OutlineModel::addFile(EditorDocument *file)
{
    beginInsertRows({}, int(m_files.size()), int(m_files.size()));
    m_files.append(file);
    endInsertRows();
    watch(file);
}

void OutlineModel::watch(EditorDocument *file)
{
    connect(file, &EditorDocument::documentChanged, this, [this, file](int document) {
        const QModelIndex changed = documentIndex(file, document);
        emit dataChanged(changed, changed);
    });
    // Rows of a file changed in number; views restore their selection by document index.
    connect(file, &EditorDocument::documentsReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    const auto fileChanged = [this, file] {
        const QModelIndex changed = fileIndex(file);
        emit dataChanged(changed, changed);
    };
    connect(file, &EditorDocument::modificationChanged, this, fileChanged);
    connect(file, &EditorDocument::pathChanged, this, fileChanged);
}

void OutlineModel::removeFile(EditorDocument *file)
{
    const int row = int(m_files.indexOf(file));
    if (row < 0)
        return;
    disconnect(file, nullptr, this, nullptr);
    beginResetModel();
    m_files.removeAt(row);
    m_fileTotals.remove(file);
    endResetModel();
}

void OutlineModel::refreshCounts(const EditorDocument *file, DiagnosticCounts total)
{
    const QModelIndex parentIndex = fileIndex(file);
    if (!parentIndex.isValid())
        return;
    m_fileTotals.insert(file, total);
    const int count = rowCount(parentIndex);
    if (count > 0)
        emit dataChanged(index(0, 0, parentIndex), index(count - 1, 0, parentIndex),
                         {ErrorCountRole, WarningCountRole, Qt::ToolTipRole});
    emit dataChanged(parentIndex, parentIndex, {ErrorCountRole, WarningCountRole});
}

EditorDocument *OutlineModel::fileAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const qsizetype file =
        index.internalId() == fileRowId ? index.row() : qsizetype(index.internalId() - 1);
    return file < m_files.size() ? m_files[file] : nullptr;
}

QModelIndex OutlineModel::fileIndex(const EditorDocument *file) const
{
    const int row = int(m_files.indexOf(const_cast<EditorDocument *>(file)));
    return row < 0 ? QModelIndex() : createIndex(row, 0, fileRowId);
}

QModelIndex OutlineModel::documentIndex(const EditorDocument *file, int document) const
{
    const int row = int(m_files.indexOf(const_cast<EditorDocument *>(file)));
    if (row < 0 || document < 0 || document >= file->file().documentCount())
        return {};
    return createIndex(document, 0, quintptr(row + 1));
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_files.size() ? createIndex(row, 0, fileRowId) : QModelIndex();
    if (parent.internalId() != fileRowId || parent.row() >= m_files.size())
        return {};
    return documentIndex(m_files[parent.row()], row);
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
        return int(m_files.size());
    if (parent.internalId() != fileRowId || parent.row() >= m_files.size())
        return 0;
    return m_files[parent.row()]->file().documentCount();
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
    return documentData(file, index.row(), role);
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
