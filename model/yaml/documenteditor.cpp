#include "documenteditor.h"

#include <optional>

namespace MeshEntry {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

/// The node the path names in a value tree, creating maps for missing keys when create is set.
YamlValue *valueAt(YamlValue *root, const YamlPath &path, bool create)
{
    YamlValue *current = root;
    for (const YamlPath::Segment &segment : path.segments()) {
        if (segment.isIndex()) {
            if (create && current->isNull() && segment.index == 0)
                *current = YamlValue::sequence();
            if (create && current->isSequence() && segment.index == current->items().size())
                current->items().append(YamlValue());
            if (!current->isSequence() || segment.index >= current->items().size())
                return nullptr;
            current = &current->items()[segment.index];
            continue;
        }
        if (current->isNull() && create)
            *current = YamlValue::mapping();
        if (!current->isMapping())
            return nullptr;
        qsizetype index = current->indexOfKey(segment.key);
        if (index < 0) {
            if (!create)
                return nullptr;
            current->entries().append({segment.key, YamlValue()});
            index = current->entries().size() - 1;
        }
        current = &current->entries()[index].second;
    }
    return current;
}

/// Detects the indent width and sequence style the document already uses.
void learnStyle(const QByteArray &text, const SpanTree &tree, FragmentWriter *writer)
{
    auto columnOf = [&text](qsizetype offset) {
        qsizetype start = offset;
        while (start > 0 && text[start - 1] != '\n')
            --start;
        return int(offset - start);
    };
    bool haveIndent = false;
    bool haveSequence = false;
    for (int i = 0; i < tree.nodeCount() && !(haveIndent && haveSequence); ++i) {
        const YamlNode &node = tree.node(i);
        if (node.parent < 0 || node.isFlow() || !node.isCollection() || node.children.isEmpty())
            continue;
        const YamlNode &parent = tree.node(node.parent);
        if (!parent.isMapping() || parent.isFlow())
            continue;
        // A collection that is a key (`? - a`) has no key of its own to measure from.
        const int position = int(parent.children.indexOf(i));
        if (position % 2 == 0)
            continue;
        const int keyIndex = position - 1;
        const int keyColumn = columnOf(tree.node(parent.children[keyIndex]).start);
        if (node.isMapping() && !haveIndent) {
            const int step = columnOf(tree.node(node.children.first()).start) - keyColumn;
            if (step > 0) {
                writer->indentStep = step;
                haveIndent = true;
            }
        } else if (node.isSequence() && !haveSequence &&
                   tree.node(node.children.first()).indicator >= 0) {
            writer->indentlessSequences =
                columnOf(tree.node(node.children.first()).indicator) == keyColumn;
            haveSequence = true;
        }
    }
}

QString describe(const YamlNode &node)
{
    switch (node.type) {
    case YamlNode::Type::Mapping:
        return QStringLiteral("a mapping");
    case YamlNode::Type::Sequence:
        return QStringLiteral("a sequence");
    case YamlNode::Type::Alias:
        return QStringLiteral("an alias");
    case YamlNode::Type::Scalar:
        break;
    }
    return QStringLiteral("a scalar");
}

} // namespace

DocumentEditor::DocumentEditor(const QByteArray &text, const SpanTree &tree)
    : m_text(text), m_tree(tree)
{
    learnStyle(text, tree, &m_writer);
    const qsizetype firstBreak = text.indexOf('\n');
    m_eol = firstBreak > 0 && text[firstBreak - 1] == '\r' ? QStringLiteral("\r\n")
                                                           : QStringLiteral("\n");
}

qsizetype DocumentEditor::lineStart(qsizetype offset) const
{
    while (offset > 0 && m_text[offset - 1] != '\n')
        --offset;
    return offset;
}

qsizetype DocumentEditor::lineContentEnd(qsizetype offset) const
{
    while (offset < m_text.size() && m_text[offset] != '\n' && m_text[offset] != '\r')
        ++offset;
    return offset;
}

qsizetype DocumentEditor::lineEnd(qsizetype offset) const
{
    const qsizetype newline = m_text.indexOf('\n', offset);
    return newline < 0 ? m_text.size() : newline + 1;
}

int DocumentEditor::column(qsizetype offset) const
{
    return int(offset - lineStart(offset));
}

bool DocumentEditor::onlyBlanksBefore(qsizetype offset) const
{
    for (qsizetype p = lineStart(offset); p < offset; ++p) {
        if (!isBlank(m_text[p]))
            return false;
    }
    return true;
}

QString DocumentEditor::eolAt(qsizetype offset) const
{
    const qsizetype end = lineContentEnd(offset);
    if (end < m_text.size())
        return m_text[end] == '\r' ? QStringLiteral("\r\n") : QStringLiteral("\n");
    return m_eol;
}

QByteArray DocumentEditor::applied(const Patch &patch) const
{
    QByteArray text = m_text;
    text.replace(patch.offset, patch.length, patch.text.toUtf8());
    return text;
}

DocumentEdit DocumentEditor::finish(const Attempt &attempt, const YamlValue &expected) const
{
    if (!attempt.ok)
        return DocumentEdit::failure(attempt.error);
    DocumentEdit edit;
    edit.text = applied(attempt.patch);
    edit.tree = SpanTree::parse(edit.text);
    if (edit.tree.hasErrors())
        return DocumentEdit::failure(
            QStringLiteral("the edit would break the YAML (%1); nothing was changed")
                .arg(edit.tree.errors().first().message));
    const YamlValue actual = edit.tree.documentValue();
    if (actual != expected)
        return DocumentEdit::failure(
            QStringLiteral("the edit could not be written without changing other values "
                           "(expected %1, got %2); nothing was changed")
                .arg(expected.debugString(), actual.debugString()));
    edit.ok = true;
    return edit;
}

QString DocumentEditor::locate(const YamlPath &path, int *node) const
{
    *node = m_tree.find(path);
    if (*node < 0)
        return QStringLiteral("%1 does not exist").arg(path.toString());
    return checkEditable(path, *node);
}

QString DocumentEditor::checkEditable(const YamlPath &path, int node) const
{
    if (m_tree.hasErrors())
        return QStringLiteral("the document has a YAML syntax error at line %1, column %2: %3")
            .arg(m_tree.errors().first().line + 1)
            .arg(m_tree.errors().first().column + 1)
            .arg(m_tree.errors().first().message);
    if (node >= 0 && !(m_tree.pathOf(node) == path))
        return QStringLiteral("%1 is shared through an alias; edit the anchored value instead")
            .arg(path.toString());
    return {};
}

int DocumentEditor::blockIndentOf(int index) const
{
    const YamlNode &node = m_tree.node(index);
    const qsizetype headerEnd = lineEnd(node.valueStart);
    for (qsizetype p = headerEnd; p < node.valueEnd;) {
        qsizetype q = p;
        while (q < m_text.size() && m_text[q] == ' ')
            ++q;
        if (q < m_text.size() && m_text[q] != '\n' && m_text[q] != '\r')
            return int(q - p);
        p = lineEnd(p);
    }
    const qsizetype owner = node.indicator >= 0 ? node.indicator : node.start;
    return int(lineStart(owner) < owner ? owner - lineStart(owner) : 0) + m_writer.indentStep;
}

DocumentEditor::Attempt DocumentEditor::appendDocumentContent(const YamlValue &content) const
{
    // After everything the document holds (its `---` line, comments), on a line of its own.
    QString text = FragmentWriter::needsBlockLines(content)
                       ? m_writer.blockLines(content, 0).join(m_eol)
                       : m_writer.inlineValue(content, false);
    if (!m_text.isEmpty() && !m_text.endsWith('\n'))
        text = m_eol + text;
    return Attempt::replace(m_text.size(), 0, text + m_eol);
}

DocumentEditor::Attempt DocumentEditor::replaceNode(int index, const YamlValue &value) const
{
    const YamlNode &node = m_tree.node(index);
    const bool inFlow = node.parent >= 0 && m_tree.inFlowContext(node.parent);
    YamlValue content = value;
    content.setAnchor(QString());
    content.setTag(QString());

    if (node.parent < 0 && node.isScalar() && node.empty && !node.hasProperties())
        return appendDocumentContent(content);
    if (node.isScalar() && !node.empty && content.isScalar() && !inFlow) {
        // A tag fixes the type, so quotes can stay whatever the value's type.
        const YamlValue styled = node.tag.isEmpty() || content.kind() != YamlValue::Kind::Scalar
                                     ? content
                                     : YamlValue::string(content.text());
        const QString text =
            m_writer.scalarInStyle(styled, node.style, blockIndentOf(index), eolAt(node.start));
        if (!text.contains(u'\n') || node.isBlockScalar())
            return Attempt::replace(node.valueStart, node.valueEnd - node.valueStart, text);
    }
    if (inFlow || (node.isFlow() && content.isCollection()) ||
        (node.isScalar() && !node.empty && content.isScalar())) {
        const QString text = inFlow ? m_writer.flow(content) : m_writer.inlineValue(content, false);
        return Attempt::replace(node.valueStart, node.valueEnd - node.valueStart, text);
    }

    // Block context: the value goes after the ':' or '-' (or the anchor/tag) of its slot.
    qsizetype slot = node.valueStart;
    if (node.hasProperties())
        slot = node.propertiesEnd;
    else if (node.indicator >= 0)
        slot = node.indicator + 1;
    const bool afterIndicator = slot != node.valueStart || node.hasProperties();
    const bool isItem = node.parent >= 0 && m_tree.node(node.parent).isSequence();
    const QString eol = eolAt(node.indicator >= 0 ? node.indicator : node.start);

    if (!FragmentWriter::needsBlockLines(content)) {
        const QString text = (afterIndicator ? QStringLiteral(" ") : QString()) +
                             m_writer.inlineValue(content, false);
        return Attempt::replace(slot, node.valueEnd - slot, text);
    }

    QStringList lines;
    if (node.parent < 0 && !afterIndicator) {
        lines = m_writer.blockLines(content, 0);
        return Attempt::replace(slot, node.valueEnd - slot, lines.join(eol));
    }
    if (isItem && !node.hasProperties()) {
        const int dashColumn = column(node.indicator);
        lines = m_writer.itemLines(content, dashColumn);
        lines.first() = lines.first().mid(dashColumn + 1);
        return Attempt::replace(slot, node.valueEnd - slot, lines.join(eol));
    }
    int keyColumn = node.indicator >= 0 ? column(node.indicator) : 0;
    if (node.parent >= 0 && m_tree.node(node.parent).isMapping()) {
        const YamlNode &parent = m_tree.node(node.parent);
        keyColumn = column(m_tree.node(parent.children[parent.children.indexOf(index) - 1]).start);
    }
    if (content.isMapping() && node.isMapping() && !node.isFlow())
        lines = m_writer.blockLines(content, column(m_tree.node(node.children.first()).start));
    else if (content.isSequence() && node.isSequence() && !node.isFlow())
        lines = m_writer.blockLines(content, column(m_tree.node(node.children.first()).indicator));
    else if (content.isSequence() && m_writer.indentlessSequences)
        lines = m_writer.blockLines(content, keyColumn);
    else if (content.isCollection())
        lines = m_writer.blockLines(content, keyColumn + m_writer.indentStep);
    else {
        QStringList entry = m_writer.entryLines(QStringLiteral("x"), content, keyColumn);
        const QString header = entry.takeFirst();
        return Attempt::replace(slot, node.valueEnd - slot,
                                header.mid(header.indexOf(u':') + 1) + eol + entry.join(eol));
    }
    return Attempt::replace(slot, node.valueEnd - slot, eol + lines.join(eol));
}

DocumentEditor::Attempt DocumentEditor::insertEntry(int mapping, const QString &key,
                                                    const YamlValue &value) const
{
    const YamlNode &map = m_tree.node(mapping);
    if (map.isFlow() || m_tree.inFlowContext(mapping)) {
        const QString entry = m_writer.key(key) + QStringLiteral(": ") + m_writer.flow(value);
        if (map.children.isEmpty())
            return Attempt::replace(map.valueStart + 1, map.valueEnd - map.valueStart - 2, entry);
        return Attempt::replace(m_tree.node(map.children.last()).valueEnd, 0,
                                QStringLiteral(", ") + entry);
    }
    const int keyColumn = column(m_tree.node(map.children.first()).start);
    const QStringList lines = m_writer.entryLines(key, value, keyColumn);
    const qsizetype at = lineContentEnd(map.valueEnd);
    const QString eol = eolAt(map.valueEnd);
    return Attempt::replace(at, 0, eol + lines.join(eol));
}

DocumentEditor::Attempt DocumentEditor::removeLines(qsizetype from, qsizetype lastContent) const
{
    const qsizetype end = lineEnd(lastContent);
    if (end == m_text.size() && !m_text.endsWith('\n') && from > 0) {
        // The removed lines end the file without a line break: keep it that way.
        qsizetype start = from - 1;
        if (start > 0 && m_text[start - 1] == '\r')
            --start;
        return Attempt::replace(start, end - start, QString());
    }
    return Attempt::replace(from, end - from, QString());
}

DocumentEditor::Attempt DocumentEditor::removeEntry(int mapping, int entry) const
{
    const YamlNode &map = m_tree.node(mapping);
    if (map.entryCount() == 1)
        return replaceNode(mapping, YamlValue::mapping());
    const YamlNode &key = m_tree.node(map.children[entry * 2]);
    const YamlNode &value = m_tree.node(map.children[entry * 2 + 1]);
    const bool last = entry == map.entryCount() - 1;
    if (map.isFlow()) {
        if (!last)
            return Attempt::replace(
                key.start, m_tree.node(map.children[entry * 2 + 2]).start - key.start, QString());
        const qsizetype previousEnd = m_tree.node(map.children[entry * 2 - 1]).valueEnd;
        return Attempt::replace(previousEnd, value.valueEnd - previousEnd, QString());
    }
    const qsizetype valueEnd = qMax(value.valueEnd, key.valueEnd);
    if (!onlyBlanksBefore(key.start)) {
        if (last)
            return Attempt::refuse(QStringLiteral("cannot remove the last key of a map that "
                                                  "shares its line with other content"));
        const qsizetype next = m_tree.node(map.children[entry * 2 + 2]).start;
        return Attempt::replace(key.start, next - key.start, QString());
    }
    return removeLines(lineStart(key.start), valueEnd);
}

DocumentEditor::Attempt DocumentEditor::removeItem(int sequence, int index) const
{
    const YamlNode &seq = m_tree.node(sequence);
    if (seq.children.size() == 1)
        return replaceNode(sequence, YamlValue::sequence());
    const YamlNode &item = m_tree.node(seq.children[index]);
    const bool last = index == seq.children.size() - 1;
    if (seq.isFlow()) {
        if (!last)
            return Attempt::replace(
                item.start, m_tree.node(seq.children[index + 1]).start - item.start, QString());
        const qsizetype previousEnd = m_tree.node(seq.children[index - 1]).valueEnd;
        return Attempt::replace(previousEnd, item.valueEnd - previousEnd, QString());
    }
    const qsizetype dash = item.indicator;
    if (dash < 0)
        return Attempt::refuse(QStringLiteral("cannot find the '-' of item %1").arg(index));
    if (!onlyBlanksBefore(dash)) {
        if (last)
            return Attempt::refuse(QStringLiteral("cannot remove the last item of a sequence "
                                                  "that shares its line with other content"));
        const qsizetype next = m_tree.node(seq.children[index + 1]).indicator;
        return Attempt::replace(dash, next - dash, QString());
    }
    return removeLines(lineStart(dash), qMax(item.valueEnd, dash + 1));
}

QString DocumentEditor::styledLikeNeighbours(int sequence, int index, const YamlValue &value) const
{
    if (value.kind() != YamlValue::Kind::Scalar || value.scalarType() != ScalarType::String ||
        !value.anchor().isEmpty() || !value.tag().isEmpty() || value.text().contains(u'\n'))
        return {};
    const YamlNode &seq = m_tree.node(sequence);
    const int count = int(seq.children.size());
    // The items beside the new one: the one before it and the one it is inserted before.
    std::optional<YamlNode::Style> style;
    for (const int neighbour : {index - 1, index}) {
        if (neighbour < 0 || neighbour >= count)
            continue;
        const YamlNode &item = m_tree.node(seq.children[neighbour]);
        if (!item.isScalar() || item.empty)
            return {};
        if (style && *style != item.style)
            return {};
        style = item.style;
    }
    if (!style ||
        (*style != YamlNode::Style::SingleQuoted && *style != YamlNode::Style::DoubleQuoted))
        return {};
    if (*style == YamlNode::Style::SingleQuoted && !ScalarResolver::canBeSingleQuoted(value.text()))
        return {};
    return m_writer.scalarInStyle(value, *style, 0, m_eol);
}

DocumentEditor::Attempt DocumentEditor::insertStyledItem(int sequence, int index,
                                                         const YamlValue &value) const
{
    const YamlNode &seq = m_tree.node(sequence);
    const int position =
        index < 0 || index > seq.children.size() ? int(seq.children.size()) : index;
    const int dashColumn = !seq.children.isEmpty() && !seq.isFlow()
                               ? column(m_tree.node(seq.children.first()).indicator)
                               : 0;
    const QString styled = styledLikeNeighbours(sequence, position, value);
    if (styled.isEmpty())
        return insertItemText(sequence, index, m_writer.itemLines(value, dashColumn),
                              m_writer.flow(value));
    return insertItemText(sequence, index,
                          {QString(dashColumn, u' ') + QStringLiteral("- ") + styled}, styled);
}

DocumentEditor::Attempt DocumentEditor::insertItemText(int sequence, int index,
                                                       const QStringList &lines,
                                                       const QString &flowText) const
{
    const YamlNode &seq = m_tree.node(sequence);
    const int count = int(seq.children.size());
    if (index < 0 || index > count)
        index = count;
    if (seq.isFlow()) {
        if (count == 0)
            return Attempt::replace(seq.valueStart + 1, seq.valueEnd - seq.valueStart - 2,
                                    flowText);
        if (index < count)
            return Attempt::replace(m_tree.node(seq.children[index]).start, 0,
                                    flowText + QStringLiteral(", "));
        return Attempt::replace(m_tree.node(seq.children.last()).valueEnd, 0,
                                QStringLiteral(", ") + flowText);
    }
    if (index < count) {
        const qsizetype dash = m_tree.node(seq.children[index]).indicator;
        if (dash < 0 || !onlyBlanksBefore(dash))
            return Attempt::refuse(
                QStringLiteral("cannot insert before an item that shares its line"));
        // Comment lines right above an item describe it: insert above them.
        qsizetype at = lineStart(dash);
        const QByteArray indent = m_text.mid(at, dash - at);
        while (at > 0) {
            const qsizetype previous = lineStart(at - 1);
            if (!m_text.mid(previous).startsWith(indent + '#'))
                break;
            if (index > 0 && previous < m_tree.node(seq.children[index - 1]).valueEnd)
                break;
            at = previous;
        }
        const QString eol = eolAt(dash);
        return Attempt::replace(at, 0, lines.join(eol) + eol);
    }
    const qsizetype end = seq.valueEnd;
    const QString eol = eolAt(end);
    return Attempt::replace(lineContentEnd(end), 0, eol + lines.join(eol));
}

DocumentEditor::Attempt DocumentEditor::createPath(const YamlPath &path,
                                                   const YamlValue &value) const
{
    int node = -1;
    const int depth = m_tree.existingPrefix(path, &node);
    const QList<YamlPath::Segment> missing = path.segments().mid(depth);
    YamlValue nested = value;
    for (qsizetype i = missing.size() - 1; i >= 1; --i) {
        if (missing[i].isIndex())
            return Attempt::refuse(
                QStringLiteral("%1 does not exist").arg(path.left(depth + int(i) + 1).toString()));
        nested = YamlValue::mapping({{missing[i].key, nested}});
    }
    if (node < 0) {
        // A document without content: write the new mapping as the whole document.
        if (missing.first().isIndex())
            return Attempt::refuse(QStringLiteral("%1 does not exist").arg(path.toString()));
        return appendDocumentContent(YamlValue::mapping({{missing.first().key, nested}}));
    }
    const YamlPath existing = path.left(depth);
    const QString editable = checkEditable(existing, node);
    if (!editable.isEmpty())
        return Attempt::refuse(editable);
    const YamlNode &parent = m_tree.node(node);
    const YamlPath::Segment &first = missing.first();
    if (first.isIndex()) {
        if (parent.isSequence() && first.index == parent.children.size())
            return insertStyledItem(node, first.index, nested);
        return Attempt::refuse(
            QStringLiteral("%1 does not exist").arg(path.left(depth + 1).toString()));
    }
    if (parent.isMapping())
        return insertEntry(node, first.key, nested);
    if (parent.isScalar() && (parent.empty || m_tree.value(node).isNull()))
        return replaceNode(node, YamlValue::mapping({{first.key, nested}}));
    return Attempt::refuse(
        QStringLiteral("cannot add key \"%1\": %2 is %3")
            .arg(first.key,
                 existing.isRoot() ? QStringLiteral("the document") : existing.toString(),
                 describe(parent)));
}

DocumentEdit DocumentEditor::setValue(const YamlPath &path, const YamlValue &value) const
{
    YamlValue expected = m_tree.documentValue();
    const int node = path.isRoot() ? m_tree.root() : m_tree.find(path);
    Attempt attempt;
    if (node >= 0) {
        const QString editable = checkEditable(path, node);
        if (!editable.isEmpty())
            return DocumentEdit::failure(editable);
        YamlValue *target = valueAt(&expected, path, false);
        const YamlNode &existing = m_tree.node(node);
        *target = value;
        target->setAnchor(existing.anchor);
        target->setTag(existing.tag);
        attempt = replaceNode(node, value);
    } else {
        if (m_tree.hasErrors())
            return DocumentEdit::failure(checkEditable(path, -1));
        if (path.isRoot()) {
            expected = value;
            attempt = appendDocumentContent(value);
        } else {
            YamlValue *target = valueAt(&expected, path, true);
            if (target)
                *target = value;
            attempt = createPath(path, value);
        }
    }
    return finish(attempt, expected);
}

DocumentEdit DocumentEditor::remove(const YamlPath &path) const
{
    if (path.isRoot())
        return DocumentEdit::failure(QStringLiteral("remove the whole document instead"));
    int node = -1;
    if (const QString error = locate(path, &node); !error.isEmpty())
        return DocumentEdit::failure(error);
    YamlValue expected = m_tree.documentValue();
    YamlValue *parentValue = valueAt(&expected, path.parent(), false);
    const int parent = m_tree.node(node).parent;
    Attempt attempt;
    if (path.last().isIndex()) {
        parentValue->items().removeAt(path.last().index);
        attempt = removeItem(parent, path.last().index);
    } else {
        const int entry = m_tree.entryIndex(parent, path.last().key);
        parentValue->entries().removeAt(parentValue->indexOfKey(path.last().key));
        attempt = removeEntry(parent, entry);
    }
    return finish(attempt, expected);
}

DocumentEdit DocumentEditor::insertItem(const YamlPath &path, int index,
                                        const YamlValue &value) const
{
    const int node = path.isRoot() ? m_tree.root() : m_tree.find(path);
    if (node < 0 || (m_tree.node(node).isScalar() && m_tree.value(node).isNull())) {
        if (index > 0)
            return DocumentEdit::failure(
                QStringLiteral("%1 has no item %2").arg(path.toString()).arg(index));
        return setValue(path, YamlValue::sequence({value}));
    }
    const QString editable = checkEditable(path, node);
    if (!editable.isEmpty())
        return DocumentEdit::failure(editable);
    const YamlNode &seq = m_tree.node(node);
    if (!seq.isSequence())
        return DocumentEdit::failure(
            QStringLiteral("%1 is %2, not a sequence").arg(path.toString(), describe(seq)));
    const int count = int(seq.children.size());
    if (index > count)
        return DocumentEdit::failure(QStringLiteral("%1 has %2 items; cannot insert at %3")
                                         .arg(path.toString())
                                         .arg(count)
                                         .arg(index));
    if (index < 0)
        index = count;
    YamlValue expected = m_tree.documentValue();
    valueAt(&expected, path, false)->items().insert(index, value);
    return finish(insertStyledItem(node, index, value), expected);
}

DocumentEdit DocumentEditor::renameKey(const YamlPath &path, const QString &newKey) const
{
    if (path.isRoot() || path.last().isIndex())
        return DocumentEdit::failure(QStringLiteral("%1 is not a map key").arg(path.toString()));
    int node = -1;
    if (const QString error = locate(path, &node); !error.isEmpty())
        return DocumentEdit::failure(error);
    if (newKey == path.last().key)
        return finish(Attempt::replace(0, 0, QString()), m_tree.documentValue());
    const int parent = m_tree.node(node).parent;
    if (m_tree.entryIndex(parent, newKey) >= 0)
        return DocumentEdit::failure(
            QStringLiteral("%1 already exists").arg(path.parent().key(newKey).toString()));
    YamlValue expected = m_tree.documentValue();
    YamlValue *map = valueAt(&expected, path.parent(), false);
    map->entries()[map->indexOfKey(path.last().key)].first = newKey;
    const int entry = m_tree.entryIndex(parent, path.last().key);
    const YamlNode &key = m_tree.node(m_tree.node(parent).children[entry * 2]);
    const bool inFlow = m_tree.inFlowContext(parent);
    const QString text = ScalarResolver::canBePlainString(newKey, inFlow)
                             ? newKey
                             : FragmentWriter::doubleQuoted(newKey);
    return finish(Attempt::replace(key.valueStart, key.valueEnd - key.valueStart, text), expected);
}

DocumentEdit DocumentEditor::moveItem(const YamlPath &path, int from, int to) const
{
    const int node = m_tree.find(path);
    if (node < 0 || !m_tree.node(node).isSequence())
        return DocumentEdit::failure(QStringLiteral("%1 is not a sequence").arg(path.toString()));
    const QString editable = checkEditable(path, node);
    if (!editable.isEmpty())
        return DocumentEdit::failure(editable);
    const YamlNode &seq = m_tree.node(node);
    const int count = int(seq.children.size());
    if (from < 0 || from >= count || to < 0 || to >= count)
        return DocumentEdit::failure(QStringLiteral("%1 has %2 items; cannot move %3 to %4")
                                         .arg(path.toString())
                                         .arg(count)
                                         .arg(from)
                                         .arg(to));
    YamlValue expected = m_tree.documentValue();
    QList<YamlValue> &items = valueAt(&expected, path, false)->items();
    items.move(from, to);
    if (from == to)
        return finish(Attempt::replace(0, 0, QString()), expected);

    // Cut the item's own text (comments on its lines included) and insert it at the target.
    const YamlNode &item = m_tree.node(seq.children[from]);
    QString raw;
    if (seq.isFlow()) {
        raw = QString::fromUtf8(m_text.mid(item.start, item.valueEnd - item.start));
    } else {
        if (item.indicator < 0 || !onlyBlanksBefore(item.indicator))
            return DocumentEdit::failure(
                QStringLiteral("cannot move an item that shares its line"));
        const qsizetype start = lineStart(item.indicator);
        raw = QString::fromUtf8(
            m_text.mid(start, lineContentEnd(qMax(item.valueEnd, item.indicator + 1)) - start));
    }
    const Attempt removal = removeItem(node, from);
    if (!removal.ok)
        return DocumentEdit::failure(removal.error);
    const QByteArray shortened = applied(removal.patch);
    const SpanTree shortenedTree = SpanTree::parse(shortened);
    const int shortenedNode = shortenedTree.find(path);
    if (shortenedTree.hasErrors() || shortenedNode < 0)
        return DocumentEdit::failure(
            QStringLiteral("could not move the item; nothing was changed"));
    const DocumentEditor second(shortened, shortenedTree);
    QStringList lines = raw.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    const Attempt insertion = second.insertItemText(shortenedNode, to, lines, raw);
    if (!insertion.ok)
        return DocumentEdit::failure(insertion.error);
    DocumentEdit edit;
    edit.text = second.applied(insertion.patch);
    edit.tree = SpanTree::parse(edit.text);
    if (edit.tree.hasErrors() || edit.tree.documentValue() != expected)
        return DocumentEdit::failure(QStringLiteral("could not move the item without changing "
                                                    "other values; nothing was changed"));
    edit.ok = true;
    return edit;
}

} // namespace MeshEntry
