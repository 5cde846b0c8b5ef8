#pragma once

#include "tablefield.h"

#include <functional>

namespace MeshEntry {

/**
 * A list of strings (hosts, addresses, exportTo, subjectAltNames). Editing a row writes that
 * item; typing into the last row appends one; items can be removed and moved.
 */
class StringListEditor : public TableField
{
    Q_OBJECT
public:
    /// Says what an item means, for an optional second column (exportTo: "every namespace").
    using Describer = std::function<QString(const QString &item)>;

    StringListEditor(FormBinding *binding, const YamlPath &path, const QString &itemTitle,
                     const QString &addPlaceholder, QWidget *parent = nullptr,
                     const Describer &describer = {});

    /// Completions offered while typing an item.
    void setSuggestions(const QStringList &suggestions);
    QStringList items() const { return m_items; }

protected:
    void readItems(const SpanTree &tree) override;
    void editCell(int row, int column, const QString &text) override;
    QString rowTitle(int row) const override;

private:
    QString m_itemTitle;
    Describer m_describer;
    QStringList m_suggestions;
    QStringList m_items;
};

} // namespace MeshEntry
