#pragma once

#include "diagnosticcounts.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <functional>

namespace MeshEntry {

class EditorDocument;

/**
 * The outline: open files, each with its documents (`namespace/name`, kind icon, error and
 * warning badges). Non-Istio documents are listed too.
 */
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        ErrorCountRole,
        WarningCountRole,
        DocumentIndexRole, ///< -1 for a file row
        ModifiedRole,
    };
    using CountsProvider = std::function<DiagnosticCounts(const EditorDocument *, int document)>;

    explicit OutlineModel(QObject *parent = nullptr);

    void setCountsProvider(CountsProvider provider);
    void addFile(EditorDocument *file);
    void removeFile(EditorDocument *file);
    /// Badges changed (validation ran): repaint without resetting the selection. total is
    /// the whole file's count, for its own row.
    void refreshCounts(const EditorDocument *file, DiagnosticCounts total);

    EditorDocument *fileAt(const QModelIndex &index) const;
    QModelIndex fileIndex(const EditorDocument *file) const;
    QModelIndex documentIndex(const EditorDocument *file, int document) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    /// Icon for a kind: ServiceEntry, WorkloadEntry, or a generic document.
    static QIcon kindIcon(const QString &kind);

private:
    void watch(EditorDocument *file);
    QVariant fileData(const EditorDocument *file, int role) const;
    QVariant documentData(const EditorDocument *file, int document, int role) const;

    QList<EditorDocument *> m_files;
    CountsProvider m_counts;
    QHash<const EditorDocument *, DiagnosticCounts> m_fileTotals;
};

} // namespace MeshEntry
