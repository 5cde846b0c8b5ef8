#pragma once

#include "tablefield.h"

namespace MeshEntry {

/**
 * A map of string keys (labels, annotations, selector labels, WorkloadEntry ports). A key edit
 * renames the key in place, so its position and comments stay; typing a key into the last row
 * adds an entry.
 */
class KeyValueEditor : public TableField
{
    Q_OBJECT
public:
    KeyValueEditor(FormBinding *binding, const YamlPath &path, FormBinding::ScalarKind valueKind,
                   const QString &keyTitle, const QString &valueTitle,
                   const QString &addPlaceholder, QWidget *parent = nullptr);

    /// Edits another map (an endpoint's labels when another endpoint is selected).
    void retarget(const YamlPath &path);
    /// Completions for keys (an endpoint's ports take the ServiceEntry's port names).
    void setKeySuggestions(const QStringList &suggestions);
    QStringList keys() const { return m_keys; }
    QStringList values() const { return m_values; }

protected:
    void readItems(const SpanTree &tree) override;
    void editCell(int row, int column, const QString &text) override;
    YamlPath itemPath(int row) const override;
    YamlPath cellPath(int row, int column) const override;
    bool locate(const YamlPath &path, int *row, int *column) const override;
    QString rowTitle(int row) const override;
    bool startsItem(int column) const override;

private:
    QString keyMergeKey(int row) const;

    FormBinding::ScalarKind m_valueKind;
    QStringList m_keySuggestions;
    QStringList m_keys;
    QStringList m_values;
};

} // namespace MeshEntry
