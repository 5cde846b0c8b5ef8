#pragma once

#include "documentedit.h"
#include "yamlfile.h"

#include <QDateTime>
#include <QObject>
#include <QUndoStack>
#include <atomic>
#include <memory>
#include <utility>

class QFileSystemWatcher;

namespace MeshEntry {

class ChangeDocumentTextCommand;
class FieldTable;

/**
 * An open file: its YamlFile, its one undo history, its path and its state on disk.
 *
 * Forms and the YAML pane never change the YamlFile directly; they call the edit functions
 * here, which push undo commands. Views listen to textReplaced() and documentsReset().
 */
class EditorDocument : public QObject
{
    Q_OBJECT
public:
    /// A new, untitled document holding bytes.
    explicit EditorDocument(const QByteArray &bytes = {}, QObject *parent = nullptr);
    ~EditorDocument() override;

    /// Opens path; null with *error set when it cannot be read. cancel may be null.
    static EditorDocument *open(const QString &path, QString *error,
                                const std::atomic_bool *cancel = nullptr,
                                QObject *parent = nullptr);
    /// A document for a file already read (by a worker thread) from path; diskHash is
    /// diskHashOf() its bytes (computed here when empty).
    static EditorDocument *adopt(YamlFile file, const QString &path, QObject *parent = nullptr,
                                 const QByteArray &diskHash = {});
    /// What tells a file's bytes on disk from others (any thread).
    static QByteArray diskHashOf(const YamlFile &file);

    const YamlFile &file() const { return m_file; }
    /// Hands over the file's documents and leaves it empty, for a closed file whose
    /// documents are freed by a worker; the object is then only to be deleted.
    YamlFile takeFile() { return std::exchange(m_file, YamlFile()); }
    QUndoStack *undoStack() { return &m_undoStack; }
    QString path() const { return m_path; }
    /// File name for titles: the path's name, or "Untitled".
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }
    bool isReadOnly() const { return m_readOnly; }
    /// Files the user may not write open read-only; the user can also lock a document.
    void setReadOnly(bool readOnly);

    /// Saves to the current path (atomically); false with *error set on failure.
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);
    /// Replaces the content with the file on disk, as one undoable step.
    bool reload(QString *error);
    /// The bytes on disk right now, for a "keep mine and show the difference" view.
    bool readDisk(QByteArray *bytes, QString *error) const;

    // Edits: each pushes one undo command, or returns why it cannot be made.
    // Commands with the same mergeKey on the same document merge into one undo step.
    QString setValue(int document, const YamlPath &path, const YamlValue &value,
                     const QString &mergeKey = {});
    QString remove(int document, const YamlPath &path);
    QString insertItem(int document, const YamlPath &path, int index, const YamlValue &value,
                       const QString &mergeKey = {});
    QString moveItem(int document, const YamlPath &path, int from, int to);
    QString renameKey(int document, const YamlPath &path, const QString &newKey,
                      const QString &mergeKey = {});
    /// Replaces oldLength bytes at offset (file offsets without the BOM) with text, as typed
    /// in the YAML pane. Documents are split or joined when `---` lines change.
    /// description is the undo text; empty: "Edit <name> in YAML".
    void replaceText(qsizetype offset, qsizetype oldLength, const QByteArray &text,
                     const QString &mergeKey = {}, const QString &description = {});
    void addDocument(int index, const YamlValue &value, const QString &description);
    /// Inserts a copy after index, named so that it does not collide; returns its index.
    int duplicateDocument(int index);
    void removeDocument(int index);

    // Used by undo commands only.
    void replaceDocumentText(int index, const QByteArray &text);
    void replaceAllDocuments(const QList<YamlDocument> &documents);

    /// Offset of a document's first byte in the text the YAML pane shows (no BOM).
    qsizetype textOffset(int document) const;
    /// The document holding a text offset (no BOM).
    int documentAt(qsizetype textOffset) const;

signals:
    /// Bytes [offset, offset + oldLength) of the text (no BOM) became text.
    void textReplaced(qsizetype offset, qsizetype oldLength, const QByteArray &text);
    /// The text of one document changed (its count and order did not).
    void documentChanged(int index);
    /// Documents [first, first + removed) were replaced by inserted new ones (added, deleted,
    /// split or joined). Emitted before documentsReset().
    void documentsReplaced(int first, int removed, int inserted);
    /// Documents were added, removed or split: indexes may have moved.
    void documentsReset();
    void modificationChanged(bool modified);
    void pathChanged(const QString &path);
    void readOnlyChanged(bool readOnly);
    /// The file on disk no longer holds what was opened or last saved.
    void changedOnDisk();

private:
    /// keepsText: merged keystrokes keep this command's text ("Add host"); origin: see
    /// ChangeDocumentTextCommand::origin().
    QString pushEdit(int document, const DocumentEdit &edit, const QString &description,
                     const QString &mergeKey, const QString &editedPath = {},
                     bool keepsText = false, const QString &origin = {},
                     const QString &createdItem = {});
    /// The command on top of the history that an edit with mergeKey would merge into.
    const ChangeDocumentTextCommand *mergeTarget(int document, const QString &mergeKey) const;
    /// The field table of a document's kind, or nullptr.
    const FieldTable *fieldTable(int document) const;
    /// The text a merging edit is computed against: the document as it was before the run of
    /// commands it will merge into, so every keystroke is judged against the original text.
    QByteArray mergeBase(int document, const QString &mergeKey, const QString &editedPath) const;
    /// The span tree of base, a text of document: the cached one when base is its text.
    std::shared_ptr<const SpanTree> treeOf(int document, const QByteArray &base) const;
    void setPath(const QString &path);
    void rememberDiskState(const QByteArray &bytes);
    void onFileChanged();

    YamlFile m_file;
    /// The tree an edit already parsed, so applying its command does not parse again.
    DocumentEdit m_preparedEdit;
    QUndoStack m_undoStack;
    QString m_path;
    bool m_readOnly = false;
    QByteArray m_diskHash;
    QFileSystemWatcher *m_watcher = nullptr;
};

} // namespace MeshEntry
