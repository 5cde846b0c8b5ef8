#include "documentindexer.h"

#include "eventreader.h"
#include "spantree.h"

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
        const QString value = scalar ? QString::fromUtf8(
                                           reinterpret_cast<const char *>(event.data.scalar.value),
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

} // namespace

QList<IndexedDocument> DocumentIndexer::index(const QByteArray &text,
                                              const std::atomic_bool *cancel)
{
    QList<IndexedDocument> documents;
    QList<qsizetype> contentEnds;
    qsizetype restart = 0;
    while (restart < text.size() || (restart == 0 && text.isEmpty())) {
        EventReader reader(text.constData() + restart, text.size() - restart);
        InfoCollector collector;
        bool inDocument = false;
        qsizetype documentStart = restart;
        qsizetype lastEnd = restart;
        int events = 0;
        while (reader.next()) {
            if (cancel && (++events & 0xFFF) == 0 && cancel->load())
                return {};
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
                contentEnds.append(event.data.document_end.implicit
                                       ? lastEnd
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
                    const qsizetype end = restart + reader.endOffset();
                    const bool blockEnd = (event.type == YAML_SEQUENCE_END_EVENT ||
                                           event.type == YAML_MAPPING_END_EVENT) &&
                                          reader.endOffset() == reader.startOffset();
                    if (!blockEnd)
                        lastEnd = qMax(lastEnd, end);
                }
                break;
            default:
                collector.onEvent(event, reader.depth());
                break;
            }
        }
        if (!reader.failed())
            break;
        YamlError error = reader.error();
        const qsizetype errorOffset = restart + error.offset;
        if (!inDocument)
            documentStart = documents.isEmpty() ? 0 : contentEnds.last();
        IndexedDocument document;
        document.begin = documentStart;
        document.info = collector.info;
        error.offset = errorOffset;
        document.errors.append(error);
        const qsizetype firstLineEnd = boundaryAfter(text, qMax(documentStart + 1, qsizetype(1)));
        const qsizetype errorLine = lineStartOf(text, errorOffset);
        const qsizetype resumeAt = nextDocumentMarker(text, qMax(firstLineEnd, errorLine));
        documents.append(document);
        contentEnds.append(resumeAt < 0 ? text.size() : resumeAt);
        if (resumeAt < 0)
            break;
        restart = resumeAt;
    }

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
