#include "documentlistmodel.h"

namespace MeshEntry {

DocumentListModel::DocumentListModel(QObject *parent) : QAbstractListModel(parent) {}

void DocumentListModel::setFile(const YamlFile *file)
{
    beginResetModel();
    m_file = file;
    endResetModel();
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_file ? 0 : m_file->documentCount();
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!m_file || !index.isValid() || index.row() >= m_file->documentCount())
        return {};
    const YamlDocument &document = m_file->document(index.row());
    const DocumentInfo &info = document.info();
    switch (role) {
    case Qt::DisplayRole: {
        const QString kind = info.kind.isEmpty() ? tr("(no kind)") : info.kind;
        QString name = info.name.isEmpty() ? tr("(unnamed)") : info.name;
        if (!info.namespaceName.isEmpty())
            name = info.namespaceName + u'/' + name;
        return QStringLiteral("%1  %2").arg(kind, name);
    }
    case Qt::ToolTipRole:
        if (document.hasSyntaxErrors()) {
            const YamlError &error = document.syntaxErrors().first();
            const FilePosition position = m_file->position(index.row(), error.offset);
            return tr("Line %1, column %2: %3")
                .arg(position.line + 1)
                .arg(position.column + 1)
                .arg(error.message);
        }
        return info.apiVersion.isEmpty() ? QVariant() : QVariant(info.apiVersion);
    case KindRole:
        return info.kind;
    case LineRole:
        return m_file->documentLine(index.row());
    case HasErrorRole:
        return document.hasSyntaxErrors();
    default:
        return {};
    }
}

} // namespace MeshEntry
