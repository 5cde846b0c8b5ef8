#pragma once

#include "tablefield.h"

namespace MeshEntry {

/**
 * The keys of a document that its form does not edit (status, metadata.finalizers, fields
 * Istio does not know), read-only with their values. Edits elsewhere never touch them; they
 * are changed in the YAML pane.
 */
class OtherFieldsView : public TableField
{
    Q_OBJECT
public:
    OtherFieldsView(FormBinding *binding, QWidget *parent = nullptr);

    /// The patterns the form edits; every key outside them is listed.
    void setModelled(const QStringList &patterns);
    /// The paths listed.
    QList<YamlPath> paths() const { return m_paths; }

    QStringList patterns() const override { return {}; }
    int matchLength(const YamlPath &path) const override;

protected:
    void readItems(const SpanTree &tree) override;
    void editCell(int, int, const QString &) override {}
    YamlPath itemPath(int row) const override;
    YamlPath cellPath(int row, int column) const override;
    bool locate(const YamlPath &path, int *row, int *column) const override;
    QString rowTitle(int row) const override;

private:
    void collect(const SpanTree &tree, int node, const YamlPath &path, const QString &pattern);
    bool isContainer(const QString &pattern) const;

    QStringList m_modelled;
    QList<YamlPath> m_paths;
};

} // namespace MeshEntry
