#pragma once

#include "editordocument.h"

#include <QObject>
#include <QPointer>

namespace MeshEntry {

/**
 * Which document of which open file the window shows. Every pane follows it and every pane
 * moves it: a click in the outline, the YAML pane's cursor crossing a `---`, a diagnostic that
 * is activated. So the outline, the form and the YAML pane can never disagree.
 *
 * It follows the file's structural edits by itself: when documents are inserted or removed
 * before the current one its index moves with them; when the current one is deleted the one
 * that took its place (or the last) becomes current.
 */
class CurrentDocument : public QObject
{
    Q_OBJECT
public:
    /// Who moved the selection; panes do not echo their own moves back.
    enum class Origin { Program, Outline, YamlPane, Form, Diagnostics };
    Q_ENUM(Origin)

    explicit CurrentDocument(QObject *parent = nullptr);

    EditorDocument *file() const { return m_file; }
    /// -1 when there is no file.
    int document() const { return m_document; }
    /// The origin of the last change.
    Origin origin() const { return m_origin; }

    /// Shows document of file (clamped to the file's documents; file may be null).
    void set(EditorDocument *file, int document, Origin origin = Origin::Program);

signals:
    /// The current file or document changed; fileChanged tells whether the file did.
    void changed(EditorDocument *file, int document, bool fileChanged);

private:
    void follow(EditorDocument *file);
    void onDocumentsReplaced(int first, int removed, int inserted);

    struct Replace {
        int first = -1;
        int removed = 0;
        int inserted = 0;
    };

    QPointer<EditorDocument> m_file;
    Replace m_pendingReplace;
    int m_document = -1;
    Origin m_origin = Origin::Program;
};

} // namespace MeshEntry
