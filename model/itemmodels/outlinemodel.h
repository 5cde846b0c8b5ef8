#pragma once

#include "diagnosticcounts.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <functional>

namespace MeshEntry {

class EditorDocument;
struct DocumentInfo;

/**
 * The outline: open files, each with its documents (`namespace/name`, kind icon, error and
 * warning badges). Non-Istio documents are listed too.
 *
 * The filter lives here rather than in a proxy: a document matches when its name, namespace,
 * kind or `namespace/name` contains the text (case-insensitive), and files show only their
 * matching documents (files without any are hidden). Typing one more character only tests the
 * documents still shown, and the rows change in one layout change, so a keystroke costs a
 * scan of 40,000 infos at most, never a rebuild of the tree.
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
    /// Badges of these documents changed (validation ran); total is the whole file's count,
    /// for its own row.
    void refreshCounts(const EditorDocument *file, const QList<int> &documents,
                       DiagnosticCounts total);

    /// Shows only the documents that match text (empty: all).
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }
    bool isFiltering() const { return !m_filter.isEmpty(); }
    /// Documents shown, over all files.
    int shownDocumentCount() const;
    /// Whether a document's name, namespace, kind or `namespace/name` contains text.
    static bool matches(const DocumentInfo &info, QStringView text);

    EditorDocument *fileAt(const QModelIndex &index) const;
    /// The document a row shows, -1 for a file row or an invalid index.
    int documentAt(const QModelIndex &index) const;
    QModelIndex fileIndex(const EditorDocument *file) const;
    /// The row of a document; invalid when the filter hides it.
    QModelIndex documentIndex(const EditorDocument *file, int document) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    /// Icon for a kind: ServiceEntry, WorkloadEntry, or a generic document.
    static QIcon kindIcon(const QString &kind);

private:
    /// Documents of a file the filter lets through, in order.
    using Matches = QList<int>;

    void watch(EditorDocument *file);
    void onDocumentChanged(EditorDocument *file, int document);
    void onDocumentsReset(EditorDocument *file);
    Matches computeMatches(const EditorDocument *file, const Matches *candidates) const;
    /// Replaces the shown rows of every file by matches, in one layout change (or a reset
    /// when files appear or disappear).
    void applyMatches(QHash<const EditorDocument *, Matches> matches);
    QList<EditorDocument *> visibleFiles(const QHash<const EditorDocument *, Matches> &m) const;
    int documentRow(const EditorDocument *file, int document) const;
    int documentCount(const EditorDocument *file) const;
    QVariant fileData(const EditorDocument *file, int role) const;
    QVariant documentData(const EditorDocument *file, int document, int role) const;

    QList<EditorDocument *> m_files;   ///< every open file
    QList<EditorDocument *> m_visible; ///< the file rows: files with a match when filtering
    QString m_filter;
    QHash<const EditorDocument *, Matches> m_matches; ///< only while filtering
    bool m_filtered = false; ///< the rows are m_matches (they follow m_filter once applied)
    CountsProvider m_counts;
    QHash<const EditorDocument *, DiagnosticCounts> m_fileTotals;
};

} // namespace MeshEntry
