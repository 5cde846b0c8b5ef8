#include "formbinding.h"

#include "editordocument.h"
#include "fieldtable.h"
#include "formfacts.h"
#include "scalarresolver.h"

namespace MeshEntry {

FormBinding::FormBinding(const FieldTable *table, QObject *parent) : QObject(parent), m_table(table)
{}

void FormBinding::setDocument(EditorDocument *document, int index)
{
    m_document = document;
    m_index = index;
}

EditorDocument *FormBinding::document() const
{
    return m_document;
}

const SpanTree *FormBinding::tree() const
{
    if (!m_document || m_index < 0 || m_index >= m_document->file().documentCount())
        return nullptr;
    return &m_document->file().document(m_index).tree();
}

const FieldSpec *FormBinding::spec(QStringView pattern) const
{
    return m_table->field(pattern);
}

QString FormBinding::patternOf(const YamlPath &path) const
{
    const FieldSpec *found = m_table->fieldAt(path);
    return found ? found->path : QString();
}

QString FormBinding::toolTip(QStringView pattern) const
{
    const FieldSpec *field = spec(pattern);
    if (!field)
        return {};
    if (field->defaultValue.isEmpty())
        return field->help;
    return tr("%1\nDefault: %2").arg(field->help, field->defaultValue);
}

QString FormBinding::whatsThis(QStringView pattern) const
{
    const FieldSpec *field = spec(pattern);
    if (!field)
        return {};
    QString text = QStringLiteral("<p><b>%1</b> <code>%2</code></p><p>%3</p>")
                       .arg(field->help.toHtmlEscaped(), field->path.toHtmlEscaped(),
                            field->docs.toHtmlEscaped());
    const QString extra = FormFacts::supplement(pattern);
    if (!extra.isEmpty())
        text += QStringLiteral("<p>%1</p>").arg(extra.toHtmlEscaped());
    if (!field->defaultValue.isEmpty())
        text += tr("<p>When absent: <code>%1</code></p>").arg(field->defaultValue.toHtmlEscaped());
    return text;
}

QString FormBinding::defaultValue(QStringView pattern) const
{
    const FieldSpec *field = spec(pattern);
    return field ? field->defaultValue : QString();
}

QString FormBinding::placeholder(QStringView pattern) const
{
    const FieldSpec *field = spec(pattern);
    if (!field)
        return {};
    return field->defaultValue.isEmpty() ? field->help : field->defaultValue;
}

QString FormBinding::displayText(const SpanTree &tree, int node)
{
    if (node < 0)
        return {};
    if (tree.node(node).isAlias()) {
        node = tree.resolveAlias(node);
        if (node < 0)
            return {};
    }
    const YamlNode &found = tree.node(node);
    return found.isScalar() ? found.value : tree.value(node).debugString();
}

YamlValue FormBinding::valueFor(const QString &text, ScalarKind kind)
{
    if (kind == ScalarKind::String)
        return YamlValue::string(text);
    if (text.isEmpty())
        return YamlValue();
    // Anything that is not an integer is still written, as a string the validator flags.
    return ScalarResolver::resolvePlain(text) == ScalarType::Int ? YamlValue::plain(text)
                                                                 : YamlValue::string(text);
}

QString FormBinding::writeText(const YamlPath &path, const QString &text, ScalarKind kind,
                               WhenEmpty whenEmpty, const QString &mergeKey)
{
    if (text.isEmpty() && whenEmpty == WhenEmpty::RemoveKey) {
        const SpanTree *current = tree();
        if (!current || current->find(path) < 0)
            return {};
        return remove(path);
    }
    return setValue(path, valueFor(text, kind), mergeKey);
}

QString FormBinding::setValue(const YamlPath &path, const YamlValue &value, const QString &mergeKey)
{
    if (!tree())
        return tr("The document is gone.");
    return m_document->setValue(m_index, path, value, mergeKey);
}

QString FormBinding::remove(const YamlPath &path)
{
    if (!tree())
        return tr("The document is gone.");
    return m_document->remove(m_index, path);
}

QString FormBinding::insertItem(const YamlPath &path, int index, const YamlValue &value,
                                const QString &mergeKey)
{
    if (!tree())
        return tr("The document is gone.");
    return m_document->insertItem(m_index, path, index, value, mergeKey);
}

QString FormBinding::moveItem(const YamlPath &path, int from, int to)
{
    if (!tree())
        return tr("The document is gone.");
    return m_document->moveItem(m_index, path, from, to);
}

QString FormBinding::renameKey(const YamlPath &path, const QString &newKey, const QString &mergeKey)
{
    if (!tree())
        return tr("The document is gone.");
    return m_document->renameKey(m_index, path, newKey, mergeKey);
}

QString FormBinding::mergeKey(const QString &field) const
{
    return QStringLiteral("form:%1:%2").arg(field).arg(m_session);
}

} // namespace MeshEntry
