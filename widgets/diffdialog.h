#pragma once

#include <QDialog>

namespace MeshEntry {

/// Shows a unified diff (read-only, coloured) between the file on disk and the open buffer.
class DiffDialog : public QDialog
{
    Q_OBJECT
public:
    DiffDialog(const QString &title, const QByteArray &unifiedDiff, QWidget *parent = nullptr);
};

} // namespace MeshEntry
