#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace MeshEntry {

/**
 * A Kubernetes label selector (`matchLabels` and `matchExpressions`), as MeshConfig's
 * serviceEntryVisibility uses it to pick namespaces by their labels
 * (pkg/config/mesh/labelselector: an empty selector matches everything).
 */
struct LabelSelector {
    enum class Operator { In, NotIn, Exists, DoesNotExist };
    struct Requirement {
        QString key;
        Operator op = Operator::In;
        QStringList values;
    };

    QMap<QString, QString> matchLabels;
    QList<Requirement> matchExpressions;

    bool isEmpty() const { return matchLabels.isEmpty() && matchExpressions.isEmpty(); }
    bool matches(const QMap<QString, QString> &labels) const;
    /// `app=web,tier in (a,b),!legacy` as kubectl prints selectors; `(everything)` when empty.
    QString toString() const;

    static QString operatorName(Operator op);
    /// The operator named as in Kubernetes (`In`, `NotIn`, `Exists`, `DoesNotExist`).
    static bool parseOperator(const QString &name, Operator *op);
};

} // namespace MeshEntry
