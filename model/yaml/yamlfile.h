#pragma once

#include "documentedit.h"
#include "documentobserver.h"
#include "yamldocument.h"
#include "yamlvalue.h"

#include <QList>
#include <QString>
#include <atomic>

namespace MeshEntry {

/// Where a byte of the file is: document, offset in it, line and column in the file (0-based).
struct FilePosition {
    int document = -1;
    qsizetype offset = 0;
    int line = 0;
    int column = 0;
};

/**
 * A YAML file as a list of documents whose bytes, concatenated after the BOM, are the file.
 * Nothing is ever re-serialised: saving writes exactly these bytes.
 */
class YamlFile
{
public:
    YamlFile() = default;

    /// Builds the document list from raw bytes (a UTF-8 BOM is kept aside and written back).
    /// An observer sees each document as the pass parses it; what it makes of them goes to
    /// *observations, in document order.
    static YamlFile fromBytes(const QByteArray &bytes, const std::atomic_bool *cancel = nullptr,
                              const DocumentObserver *observer = nullptr,
                              DocumentObservations *observations = nullptr);
    /// Reads and indexes a file; false with *error set when it cannot be read.
    static bool load(const QString &path, YamlFile *file, QString *error,
                     const std::atomic_bool *cancel = nullptr,
                     const DocumentObserver *observer = nullptr,
                     DocumentObservations *observations = nullptr);

    /// The file's bytes as they would be saved.
    QByteArray bytes() const;
    /// Writes bytes() atomically (QSaveFile).
    bool save(const QString &path, QString *error) const;
    /// The templates of load()'s and save()'s errors (for translatedMessage()).
    static const QList<const char *> &errorTemplates();

    bool hasBom() const { return m_bom; }
    int documentCount() const { return int(m_documents.size()); }
    const YamlDocument &document(int index) const { return m_documents[index]; }
    const QList<YamlDocument> &documents() const { return m_documents; }

    /// Replaces a document's text with the result of an edit.
    void applyEdit(int index, DocumentEdit edit);
    /// Replaces a document's text (re-parsed); used by undo and by the text editor.
    void setDocumentText(int index, const QByteArray &text);
    /// Replaces every document at once (undo of structural changes restores a snapshot).
    void setDocuments(QList<YamlDocument> documents);
    /**
     * Replaces documents [first, first + count) with the documents found in text, which is
     * indexed as a stretch of the file. Returns how many documents text holds.
     */
    int replaceDocuments(int first, int count, const QByteArray &text);
    /// Inserts a raw document chunk (its own `---` included); used by undo.
    void insertDocument(int index, const QByteArray &text);
    void removeDocument(int index);
    /**
     * Adds a new document holding value before index (documentCount() appends), written in
     * block style after a `---` line with the file's line breaks. A following document that
     * started implicitly gets its own `---` so the two stay apart.
     */
    void addDocument(int index, const YamlValue &value);

    /// Byte offset of a document in bytes(), BOM included.
    qsizetype documentOffset(int index) const;
    /// 0-based file line on which a document's text starts.
    int documentLine(int index) const;
    /// Maps a document offset to file line and column (characters).
    FilePosition position(int index, qsizetype offset) const;

    /// The line break this file mostly uses.
    QByteArray lineEnding() const;

    /**
     * Finds a document by a 0-based index, `Kind/namespace/name`, `Kind/name` or a unique
     * `name`. Returns -1 and sets *error when there is none or the name is ambiguous.
     */
    int findDocument(const QString &spec, QString *error) const;

private:
    void invalidateOffsets() { m_offsetsValid = false; }
    void computeOffsets() const;

    bool m_bom = false;
    QList<YamlDocument> m_documents;
    mutable bool m_offsetsValid = false;
    mutable QList<qsizetype> m_offsets;
    mutable QList<int> m_lines;
};

} // namespace MeshEntry
