#pragma once

#include "routeanswer.h"

#include <QAbstractTableModel>

namespace MeshEntry {

/// The Request tester's steps: number, rule id and what happens, each with the document and
/// field it came from; then what the files cannot tell and the warnings, one row each.
class RouteStepsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, RuleColumn, DetailColumn, ColumnCount };
    enum Role { DocumentRole = Qt::UserRole + 1, PathRole, KindRole };
    enum class Kind { Step, Unknown, Warning };

    explicit RouteStepsModel(QObject *parent = nullptr);

    void setAnswer(const RouteAnswer &answer);
    void clear();
    const RouteAnswer &answer() const { return m_answer; }
    /// The step of a row; rows after the steps (unknowns, warnings) have document -1.
    RouteStep step(int row) const;
    Kind kind(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    RouteAnswer m_answer;
};

} // namespace MeshEntry
