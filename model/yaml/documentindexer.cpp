#include "documentindexer.h"

#include "eventreader.h"
#include "spantree.h"
#include "workerpool.h"

#include <QtConcurrent>
#include <cstring>

namespace MeshEntry {

namespace {

/// The start of the line after the one holding offset, unless offset already starts a line.
qsizetype boundaryAfter(const QByteArray &text, qsizetype offset)
{
    if (offset <= 0 || text[offset - 1] == '\n')
        return offset;
    const qsizetype newline = text.indexOf('\n', offset);
    return newline < 0 ? text.size() : newline + 1;
}

/// The next line at or after from that starts with a `---` document marker, or -1.
qsizetype nextDocumentMarker(const QByteArray &text, qsizetype from)
{
    qsizetype p = from;
    if (p > 0 && text[p - 1] != '\n') {
        p = text.indexOf('\n', p);
        if (p < 0)
            return -1;
        ++p;
    }
    const char *data = text.constData();
    const qsizetype size = text.size();
    while (p < size) {
        if (p + 3 <= size && memcmp(data + p, "---", 3) == 0 &&
            (p + 3 == size || data[p + 3] == ' ' || data[p + 3] == '\t' || data[p + 3] == '\r' ||
             data[p + 3] == '\n'))
            return p;
        const void *newline = memchr(data + p, '\n', size_t(size - p));
        if (!newline)
            return -1;
        p = static_cast<const char *>(newline) - data + 1;
    }
    return -1;
}

/// Follows the event stream of one document and picks out its identifying fields.
class InfoCollector
{
public:
    /// depthAfter is the reader's nesting depth after the event.
    void onEvent(const yaml_event_t &event, int depthAfter)
    {
        const bool mapping = event.type == YAML_MAPPING_START_EVENT;
        const bool collection = mapping || event.type == YAML_SEQUENCE_START_EVENT;
        const bool scalar = event.type == YAML_SCALAR_EVENT;
        if (!collection && !scalar && event.type != YAML_ALIAS_EVENT)
            return;
        const int depth = collection ? depthAfter - 1 : depthAfter;
        if (depth > 2)
            return;
        const QString value =
            scalar ? QString::fromUtf8(reinterpret_cast<const char *>(event.data.scalar.value),
                                       qsizetype(event.data.scalar.length))
                   : QString();
        if (depth == 0) {
            m_rootIsMapping = mapping;
        } else if (depth == 1 && m_rootIsMapping) {
            if (m_expectRootKey) {
                m_rootKey = value;
            } else {
                if (m_rootKey == QLatin1String("kind"))
                    info.kind = value;
                else if (m_rootKey == QLatin1String("apiVersion"))
                    info.apiVersion = value;
                m_inMetadata = mapping && m_rootKey == QLatin1String("metadata");
                m_expectMetadataKey = true;
            }
            m_expectRootKey = !m_expectRootKey;
        } else if (depth == 2 && m_inMetadata) {
            if (m_expectMetadataKey) {
                m_metadataKey = value;
            } else if (m_metadataKey == QLatin1String("name")) {
                info.name = value;
            } else if (m_metadataKey == QLatin1String("namespace")) {
                info.namespaceName = value;
            }
            m_expectMetadataKey = !m_expectMetadataKey;
        }
    }

    DocumentInfo info;

private:
    bool m_rootIsMapping = false;
    bool m_expectRootKey = true;
    QString m_rootKey;
    bool m_inMetadata = false;
    bool m_expectMetadataKey = true;
    QString m_metadataKey;
};

qsizetype lineStartOf(const QByteArray &text, qsizetype offset)
{
    return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
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
        if (p < start && text[p] != '#' && text[p] != '\n' && text[p] != '\r')
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

/// Documents found in text[begin, end), with the end of each one's content.
struct IndexedRange {
    QList<IndexedDocument> documents;
    QList<qsizetype> contentEnds;
    bool cancelled = false;
};

IndexedRange indexRange(const QByteArray &text, qsizetype begin, qsizetype end, bool ascii,
                        const std::atomic_bool *cancel)
{
    IndexedRange range;
    QList<IndexedDocument> &documents = range.documents;
    QList<qsizetype> &contentEnds = range.contentEnds;
    qsizetype restart = begin;
    qsizetype limit = end;
    while (restart < end || (restart == begin && begin == end)) {
        EventReader reader(text.constData() + restart, limit - restart, ascii);
        const qsizetype documentsBefore = documents.size();
        InfoCollector collector;
        bool inDocument = false;
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
                collector = InfoCollector();
                documentStart = restart + reader.startOffset();
                lastEnd = restart + reader.endOffset();
                break;
            case YAML_DOCUMENT_END_EVENT: {
                IndexedDocument document;
                document.begin = documentStart;
                document.info = collector.info;
                documents.append(document);
                contentEnds.append(event.data.document_end.implicit ? lastEnd
                                                                    : restart + reader.endOffset());
                inDocument = false;
                break;
            }
            case YAML_SCALAR_EVENT:
            case YAML_ALIAS_EVENT:
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT:
                collector.onEvent(event, reader.depth());
                if (event.type != YAML_SCALAR_EVENT || event.data.scalar.length > 0 ||
                    event.data.scalar.style != YAML_PLAIN_SCALAR_STYLE ||
                    event.data.scalar.anchor || event.data.scalar.tag) {
                    const bool blockEnd = (event.type == YAML_SEQUENCE_END_EVENT ||
                                           event.type == YAML_MAPPING_END_EVENT) &&
                                          reader.endOffset() == reader.startOffset();
                    if (!blockEnd)
                        lastEnd = qMax(lastEnd, restart + reader.endOffset());
                }
                break;
            default:
                collector.onEvent(event, reader.depth());
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
        if (!inDocument)
            documentStart = documents.isEmpty() ? begin : contentEnds.last();
        IndexedDocument document;
        document.begin = documentStart;
        document.info = collector.info;
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
        contentEnds.append(resumeAt < 0 ? end : leadingCommentsStart(text, resumeAt, floor));
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
                                              const std::atomic_bool *cancel)
{
    const bool ascii = isAscii(text.constData(), text.size());
    // Documents are independent, so the second half (from a `---` line) is indexed on the
    // other core while this thread does the first.
    const qsizetype split =
        text.size() >= parallelThreshold ? nextDocumentMarker(text, text.size() / 2) : -1;
    IndexedRange first;
    if (split > 0) {
        QFuture<IndexedRange> second = QtConcurrent::run(workerPool(), [&text, split, ascii, cancel] {
            return indexRange(text, split, text.size(), ascii, cancel);
        });
        first = indexRange(text, 0, split, ascii, cancel);
        const IndexedRange rest = second.result();
        first.documents += rest.documents;
        first.contentEnds += rest.contentEnds;
        first.cancelled = first.cancelled || rest.cancelled;
    } else {
        first = indexRange(text, 0, text.size(), ascii, cancel);
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
        document.begin = begin;
        document.end = end;
        for (YamlError &error : document.errors) {
            error.offset -= begin;
            lineAndColumn(text.constData() + begin, end - begin, error.offset, &error.line,
                          &error.column);
        }
        begin = end;
    }
    if (documents.isEmpty()) {
        IndexedDocument whole;
        whole.end = text.size();
        documents.append(whole);
    }
    return documents;
}

DocumentInfo DocumentIndexer::infoOf(const SpanTree &tree)
{
    DocumentInfo info;
    const int root = tree.root();
    if (root < 0 || !tree.node(root).isMapping())
        return info;
    auto scalarAt = [&tree](int mapping, const QString &key) {
        const int node = tree.mapValue(mapping, key);
        return node >= 0 && tree.node(node).isScalar() ? tree.node(node).value : QString();
    };
    info.kind = scalarAt(root, QStringLiteral("kind"));
    info.apiVersion = scalarAt(root, QStringLiteral("apiVersion"));
    const int metadata = tree.mapValue(root, QStringLiteral("metadata"));
    if (metadata >= 0) {
        info.name = scalarAt(metadata, QStringLiteral("name"));
        info.namespaceName = scalarAt(metadata, QStringLiteral("namespace"));
    }
    return info;
}

} // namespace MeshEntry
