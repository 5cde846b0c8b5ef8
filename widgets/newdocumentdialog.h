#pragma once

#include <QDialog>

class QListWidget;
class QRadioButton;

namespace MeshEntry {

/**
 * File ▸ New asks what to create: a blank ServiceEntry or WorkloadEntry, one of the templates,
 * or an empty file; and, when a file is open, whether it goes into that file or a new one.
 */
class NewDocumentDialog : public QDialog
{
    Q_OBJECT
public:
    /// Id of the empty-file choice; the others are DocumentTemplates ids.
    static constexpr const char *emptyFile = "empty";

    /// currentFile: the name of the file the resource can be added to; empty when none.
    explicit NewDocumentDialog(const QString &currentFile, QWidget *parent = nullptr);

    /// The chosen DocumentTemplates id, or emptyFile.
    QString choice() const;
    /// Whether the resource goes into the open file rather than a new one.
    bool addToCurrentFile() const;
    QListWidget *choices() const { return m_choices; }

private:
    void updatePlacement();

    QListWidget *m_choices;
    QRadioButton *m_newFile;
    QRadioButton *m_currentFile;
};

} // namespace MeshEntry
