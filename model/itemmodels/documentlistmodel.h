#pragma once

#include "yamlfile.h"

#include <QAbstractListModel>

namespace MeshEntry {

/// The documents of one file as a list: `Kind namespace/name`, with syntax errors flagged.
class DocumentListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, LineRole, HasErrorRole };

    explicit DocumentListModel(QObject *parent = nullptr);

    void setFile(const YamlFile *file);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    const YamlFile *m_file = nullptr;
};

} // namespace MeshEntry
