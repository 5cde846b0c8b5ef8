#include "labelselector.h"

namespace MeshEntry {

bool LabelSelector::matches(const QMap<QString, QString> &labels) const
{
    for (auto it = matchLabels.cbegin(); it != matchLabels.cend(); ++it) {
        const auto found = labels.constFind(it.key());
        if (found == labels.cend() || found.value() != it.value())
            return false;
    }
    for (const Requirement &requirement : matchExpressions) {
        const auto found = labels.constFind(requirement.key);
        const bool present = found != labels.cend();
        switch (requirement.op) {
        case Operator::In:
            if (!present || !requirement.values.contains(found.value()))
                return false;
            break;
        case Operator::NotIn:
            // As in Kubernetes: a missing key satisfies NotIn.
            if (present && requirement.values.contains(found.value()))
                return false;
            break;
        case Operator::Exists:
            if (!present)
                return false;
            break;
        case Operator::DoesNotExist:
            if (present)
                return false;
            break;
        }
    }
    return true;
}

QString LabelSelector::toString() const
{
    if (isEmpty())
        return QStringLiteral("(everything)");
    QStringList parts;
    for (auto it = matchLabels.cbegin(); it != matchLabels.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    for (const Requirement &requirement : matchExpressions) {
        switch (requirement.op) {
        case Operator::In:
            parts.append(requirement.key + QStringLiteral(" in (") + requirement.values.join(u',') +
                         u')');
            break;
        case Operator::NotIn:
            parts.append(requirement.key + QStringLiteral(" notin (") +
                         requirement.values.join(u',') + u')');
            break;
        case Operator::Exists:
            parts.append(requirement.key);
            break;
        case Operator::DoesNotExist:
            parts.append(u'!' + requirement.key);
            break;
        }
    }
    return parts.join(u',');
}

QString LabelSelector::operatorName(Operator op)
{
    switch (op) {
    case Operator::In:
        return QStringLiteral("In");
    case Operator::NotIn:
        return QStringLiteral("NotIn");
    case Operator::Exists:
        return QStringLiteral("Exists");
    case Operator::DoesNotExist:
        return QStringLiteral("DoesNotExist");
    }
    return QString();
}

bool LabelSelector::parseOperator(const QString &name, Operator *op)
{
    for (const Operator candidate :
         {Operator::In, Operator::NotIn, Operator::Exists, Operator::DoesNotExist}) {
        if (name == operatorName(candidate)) {
            *op = candidate;
            return true;
        }
    }
    return false;
}

} // namespace MeshEntry
