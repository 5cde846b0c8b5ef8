#include "documentindexer.h"

#include "eventreader.h"
#include "linebreaks.h"
#include "sharedbytes.h"
#include "spantree.h"
#include "spantreebuilder.h"
#include "workerpool.h"

#include <QtConcurrent>
#include <cstring>

namespace MeshEntry {

namespace {

using namespace LineBreaks;

/// The end of the `...` lines that follow a document's explicit end at contentEnd (before
/// limit), or contentEnd. libyaml skips them between documents, but a document read alone may
/// not start with one: they, and the blank and comment lines among them, stay with the
/// document they follow.
qsizetype extraEndMarkersEnd(const QByteArray &text, qsizetype contentEnd, qsizetype limit)
{
    const char *data = text.constData();
    const QByteArrayView before(data, limit);
    qsizetype end = contentEnd;
    for (qsizetype line = boundaryAfter(text, contentEnd); line < limit;) {
        qsizetype p = line;
        // libyaml skips spaces before a comment here, not tabs (a tab is an error).
        while (p < limit && data[p] == ' ')
            ++p;
        const bool marker = p == line && p + 3 <= limit && memcmp(data + p, "...", 3) == 0 &&
                            endsMarker(before, p + 3);
        if (marker)
            end = p + 3;
        else if (p < limit && data[p] != '#' && breakLengthAt(before, p) == 0)
            break;
        line = nextLineStart(text, p);
        if (line < 0)
            break;
    }
    return end;
}

/// Whether the last non-blank byte before offset on its line is a ':' or '-' indicator.
bool followsIndicator(const QByteArray &text, qsizetype offset)
{
    qsizetype p = offset - 1;
    while (p >= 0 && (text[p] == ' ' || text[p] == '\t'))
        --p;
    return p >= 0 && (text[p] == ':' || text[p] == '-');
}

/// The first of the comment and blank lines right above marker (not above floor's line): they
/// introduce the next document even when the one before is broken.
qsizetype leadingCommentsStart(const QByteArray &text, qsizetype marker, qsizetype floor)
{
    const qsizetype floorLineEnd = boundaryAfter(text, floor + 1);
    qsizetype start = marker;
    while (start > floorLineEnd) {
        const qsizetype previous = lineStartOf(text, start - 1);
        qsizetype p = previous;
        while (p < start && (text[p] == ' ' || text[p] == '\t'))
            ++p;
        if (p < start && text[p] != '#' && breakLengthAt(text, p) == 0)
            break;
        start = previous;
    }
    return start;
}

/// The start of the last `---` line in (after, before], or -1.
qsizetype previousDocumentMarker(const QByteArray &text, qsizetype after, qsizetype before)
{
    qsizetype found = -1;
    for (qsizetype p = nextDocumentMarker(text, after + 1); p >= 0 && p <= before;
         p = nextDocumentMarker(text, p + 1))
        found = p;
    return found;
}

/// Strings that recur across documents (kinds, API versions, namespaces) share one copy.
class Interner
{
public:
    explicit Interner(const SpanTree &tree) : m_tree(tree) {}
    /// The scalar value of key in mapping, interned when shared is set.
    QString valueOf(int mapping, QStringView key, bool shared)
    {
        const int node = lastValue(mapping, key);
        if (node < 0 || !m_tree.isScalar(node))
            return QString();
        const YamlText text = m_tree.text(node);
        if (!shared)
            return text.toString();
        static thread_local QHash<QByteArray, QString> strings;
        const auto found = strings.constFind(QByteArray::fromRawData(text.data(), text.size()));
        if (found != strings.cend())
            return found.value();
        if (strings.size() > 4096)
            strings.clear();
        const QString value = text.toString();
        strings.insert(QByteArray(text.data(), text.size()), value);
        return value;
    }

    /// The value of the last key of mapping that reads as key (as Kubernetes keeps duplicates).
    int lastValue(int mapping, QStringView key) const
    {
        if (mapping < 0 || !m_tree.isMapping(mapping))
            return -1;
        int found = -1;
        int keyNode = mapping + 1;
        for (int i = 0; i + 1 < m_tree.childCount(mapping); i += 2) {
            const int valueNode = m_tree.subtreeEnd(keyNode);
            if (m_tree.isScalar(keyNode) && m_tree.text(keyNode) == key)
                found = valueNode;
            keyNode = m_tree.subtreeEnd(valueNode);
        }
        return found;
    }

private:
    const SpanTree &m_tree;
};

/// Documents found in text[begin, end), with the end of each one's content. A document's
/// begin is where its text will begin (the first one's only once the range before is known).
struct IndexedRange {
    QList<IndexedDocument> documents;
    QList<qsizetype> contentEnds;
    bool cancelled = false;
};

/// Whether libyaml reads text[from, to) without a reader error: valid UTF-8 without control
/// characters other than tab and line breaks.
bool readableText(const QByteArray &text, qsizetype from, qsizetype to)
{
    const QByteArrayView stretch(text.constData() + from, to - from);
    for (const char c : stretch) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7f)
            return false;
    }
    return QUtf8StringView(stretch).isValidUtf8();
}

/// firstPlaced: the range's first document begins at begin (it is the file's first range).
IndexedRange indexRange(const QByteArray &text, qsizetype begin, qsizetype end, bool ascii,
                        const std::atomic_bool *cancel, const DocumentObserver *observer,
                        bool firstPlaced)
{
    IndexedRange range;
    QList<IndexedDocument> &documents = range.documents;
    QList<qsizetype> &contentEnds = range.contentEnds;
    SpanTreeBuilder builder;
    qsizetype restart = begin;
    qsizetype limit = end;
    const auto nextBegin = [&]() {
        return documents.isEmpty()
                   ? begin
                   : qMax(documents.last().begin, boundaryAfter(text, contentEnds.last()));
    };
    while (restart < end || (restart == begin && begin == end)) {
        EventReader reader(text.constData() + restart, limit - restart, ascii);
        const qsizetype documentsBefore = documents.size();
        bool inDocument = false;
        qsizetype documentBegin = nextBegin();
        qsizetype documentStart = restart;
        qsizetype lastEnd = restart;
        int events = 0;
        while (reader.next()) {
            if (cancel && (++events & 0xFFF) == 0 && cancel->load()) {
                range.cancelled = true;
                return range;
            }
            const yaml_event_t &event = reader.event();
            switch (event.type) {
            case YAML_DOCUMENT_START_EVENT:
                inDocument = true;
                documentBegin = nextBegin();
                documentStart = restart + reader.startOffset();
                builder.beginDocument(text.constData() + documentBegin, limit - documentBegin,
                                      restart - documentBegin);
                builder.addEvent(reader);
                lastEnd = restart + reader.endOffset();
                break;
            case YAML_DOCUMENT_END_EVENT: {
                builder.addEvent(reader);
                IndexedDocument document;
                document.begin = documentBegin;
                // The tree's text is cut to the document's exact range once that is known.
                auto tree = std::make_shared<SpanTree>(builder.take(
                    SharedBytes::slice(text, documentBegin, limit - documentBegin), {}, true));
                document.info = DocumentIndexer::infoOf(*tree);
                const qsizetype contentEnd =
                    event.data.document_end.implicit
                        ? lastEnd
                        : extraEndMarkersEnd(text, restart + reader.endOffset(), limit);
                // A value libyaml places at the next token (`? key` without `:` last in a
                // document) can lie past the document's range: such a tree is built from the
                // document's own text once its range is known.
                const qsizetype endAtLeast = qMax(documentBegin, boundaryAfter(text, contentEnd));
                const bool fits = tree->root() < 0 ||
                                  tree->valueEndOf(tree->root()) <= endAtLeast - documentBegin;
                if (!builder.outOfRange() && fits) {
                    // Validation (the observer) runs here, on the nodes just built.
                    if (observer && (firstPlaced || !documents.isEmpty())) {
                        document.observation = observer->observe(*tree, document.info, {});
                        document.observed = true;
                    }
                    if (!document.observed || observer->keepsTrees())
                        document.tree = std::move(tree);
                }
                documents.append(document);
                contentEnds.append(contentEnd);
                inDocument = false;
                break;
            }
            case YAML_SCALAR_EVENT:
            case YAML_ALIAS_EVENT:
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT:
                builder.addEvent(reader);
                if (event.type != YAML_SCALAR_EVENT || event.data.scalar.length > 0 ||
                    event.data.scalar.style != YAML_PLAIN_SCALAR_STYLE ||
                    event.data.scalar.anchor || event.data.scalar.tag) {
                    const bool blockEnd = (event.type == YAML_SEQUENCE_END_EVENT ||
                                           event.type == YAML_MAPPING_END_EVENT) &&
                                          reader.endOffset() == reader.startOffset();
                    if (!blockEnd)
                        lastEnd = qMax(lastEnd, restart + reader.endOffset());
                } else if (followsIndicator(text, restart + reader.startOffset())) {
                    // An empty value sits right after its ':' or '-', which may be on a line
                    // of its own (`? key` then `:`); other empty values sit at the next token.
                    lastEnd = qMax(lastEnd, restart + reader.startOffset());
                }
                break;
            case YAML_SEQUENCE_START_EVENT:
            case YAML_MAPPING_START_EVENT:
                // A collection's first byte is content even when all it holds is empty: a `?`
                // alone has a key and a value that libyaml places at the next token, so the
                // document would end before it starts (a `-` alone needs no help: its empty
                // item sits right after the `-`).
                builder.addEvent(reader);
                lastEnd = qMax(lastEnd, restart + reader.startOffset() + 1);
                break;
            default:
                builder.addEvent(reader);
                break;
            }
        }
        if (!reader.failed()) {
            if (limit == end)
                break;
            // The stretch before a bad byte is done; go on with the document holding it.
            restart = limit;
            limit = end;
            continue;
        }
        YamlError error = reader.error();
        const qsizetype errorOffset = restart + error.offset;
        if (reader.failedInReader()) {
            // libyaml decodes ahead of the parser, so documents before the bad byte were not
            // all reported: parse up to the document holding the byte first.
            const qsizetype badDocument = previousDocumentMarker(text, restart, errorOffset);
            if (badDocument > restart) {
                documents.resize(documentsBefore);
                contentEnds.resize(documentsBefore);
                limit = badDocument;
                continue;
            }
        }
        // A broken document keeps what could be read of it; its tree is built from its own
        // text once its range is known, as an edited document's is.
        IndexedDocument document;
        if (!inDocument && !documents.isEmpty() &&
            errorOffset < boundaryAfter(text, contentEnds.last())) {
            // Text after the last document's content on its own line (a quoted root scalar
            // followed by more) breaks that document, as it does when the document is read
            // alone: it does not start one of its own.
            document.begin = documents.last().begin;
            document.info = documents.last().info;
            documentStart = document.begin;
            documents.removeLast();
            contentEnds.removeLast();
        } else if (inDocument) {
            document.begin = documentBegin;
            document.info = DocumentIndexer::infoOf(builder.take(
                SharedBytes::slice(text, documentBegin, limit - documentBegin), {}, true));
        } else {
            document.begin = nextBegin();
            documentStart = documents.isEmpty() ? begin : contentEnds.last();
        }
        error.offset = errorOffset;
        document.errors.append(error);
        const qsizetype firstLineEnd = boundaryAfter(text, qMax(documentStart + 1, qsizetype(1)));
        const qsizetype errorLine = lineStartOf(text, errorOffset);
        qsizetype resumeAt = nextDocumentMarker(text, qMax(firstLineEnd, errorLine));
        if (resumeAt >= end)
            resumeAt = -1;
        documents.append(document);
        // An error found at the next `---` (an unclosed bracket) does not own the comments above.
        const qsizetype floor = errorOffset < resumeAt ? errorOffset : documentStart;
        qsizetype contentEnd = resumeAt < 0 ? end : leadingCommentsStart(text, resumeAt, floor);
        // The comments above the next `---` were skipped unparsed: bytes libyaml would refuse
        // there stay with the broken document instead of breaking the next one unseen.
        if (resumeAt > contentEnd && !readableText(text, contentEnd, resumeAt))
            contentEnd = resumeAt;
        contentEnds.append(contentEnd);
        if (resumeAt < 0)
            break;
        restart = resumeAt;
        limit = end;
    }
    return range;
}

/// Below this size one thread indexes faster than two can start.
constexpr qsizetype parallelThreshold = 1 << 20;

} // namespace

QList<IndexedDocument> DocumentIndexer::index(const QByteArray &text,
                                              const std::atomic_bool *cancel,
                                              const DocumentObserver *observer)
{
    const bool ascii = isAscii(text.constData(), text.size());
    // Documents are independent, so the second half (from a `---` line) is indexed on the
    // other core while this thread does the first.
    const qsizetype split =
        text.size() >= parallelThreshold ? nextDocumentMarker(text, text.size() / 2) : -1;
    IndexedRange first;
    qsizetype secondStart = -1;
    if (split > 0) {
        const auto indexSecond = [&text, split, ascii, cancel, observer] {
            return indexRange(text, split, text.size(), ascii, cancel, observer, false);
        };
        QFuture<IndexedRange> second;
        if (!runsOnCallingThread())
            second = QtConcurrent::run(workerPool(), indexSecond);
        first = indexRange(text, 0, split, ascii, cancel, observer, true);
        IndexedRange rest = runsOnCallingThread() ? indexSecond() : second.result();
        secondStart = first.documents.size();
        first.documents += std::move(rest.documents);
        first.contentEnds += rest.contentEnds;
        first.cancelled = first.cancelled || rest.cancelled;
    } else {
        first = indexRange(text, 0, text.size(), ascii, cancel, observer, true);
    }
    if (first.cancelled)
        return {};
    QList<IndexedDocument> &documents = first.documents;
    const QList<qsizetype> &contentEnds = first.contentEnds;

    // Ranges: each document runs from the line after the previous one's content to the line
    // after its own content; the last one runs to the end of the text.
    qsizetype begin = 0;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        IndexedDocument &document = documents[i];
        const qsizetype end = i + 1 == documents.size()
                                  ? text.size()
                                  : qMax(begin, boundaryAfter(text, contentEnds[i]));
        if (document.tree && i == secondStart && document.begin != begin) {
            // The first document of the second half was built before the first half ended.
            if (document.begin < begin)
                document.tree.reset();
            else
                document.tree->shift(document.begin - begin);
        }
        document.begin = begin;
        document.end = end;
        for (YamlError &error : document.errors) {
            error.offset -= begin;
            lineAndColumn(text.constData() + begin, end - begin, error.offset, &error.line,
                          &error.column);
        }
        document.text = SharedBytes::slice(text, begin, end - begin);
        if (document.tree)
            document.tree->m_text = document.text;
        else if (!document.observed)
            document.tree = std::make_shared<SpanTree>(SpanTree::parse(document.text));
        if (observer && !document.observed) {
            document.observation =
                observer->observe(*document.tree, document.info, document.errors);
            document.observed = true;
            if (!observer->keepsTrees())
                document.tree.reset();
        }
        begin = end;
    }
    if (documents.isEmpty()) {
        IndexedDocument whole;
        whole.end = text.size();
        whole.text = text;
        whole.tree = std::make_shared<SpanTree>(SpanTree::parse(text));
        if (observer) {
            whole.observation = observer->observe(*whole.tree, whole.info, whole.errors);
            whole.observed = true;
            if (!observer->keepsTrees())
                whole.tree.reset();
        }
        documents.append(whole);
    }
    return documents;
}

DocumentInfo DocumentIndexer::infoOf(const SpanTree &tree)
{
    DocumentInfo info;
    const int root = tree.root();
    if (root < 0 || !tree.isMapping(root))
        return info;
    Interner strings(tree);
    info.kind = strings.valueOf(root, u"kind", true);
    info.apiVersion = strings.valueOf(root, u"apiVersion", true);
    const int metadata = strings.lastValue(root, u"metadata");
    if (metadata >= 0) {
        info.name = strings.valueOf(metadata, u"name", false);
        info.namespaceName = strings.valueOf(metadata, u"namespace", true);
    }
    return info;
}

} // namespace MeshEntry
