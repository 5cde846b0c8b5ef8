#include "yamldocument.h"

#include "documentindexer.h"
#include "eventreader.h"

namespace MeshEntry {

YamlDocument::YamlDocument(QByteArray text, DocumentInfo info, QList<YamlError> errors,
                           std::shared_ptr<const SpanTree> tree)
    : m_text(std::move(text)), m_info(std::move(info)), m_errors(std::move(errors)),
      m_lineCount(int(countLines(m_text.constData(), m_text.size()))), m_tree(std::move(tree))
{}

YamlDocument::YamlDocument(QByteArray text, SpanTree tree)
    : m_text(std::move(text)), m_lineCount(int(countLines(m_text.constData(), m_text.size())))
{
    m_info = DocumentIndexer::infoOf(tree);
    m_errors = tree.errors();
    m_tree = std::make_shared<const SpanTree>(std::move(tree));
}

const SpanTree &YamlDocument::tree() const
{
    if (!m_tree)
        m_tree = std::make_shared<const SpanTree>(SpanTree::parse(m_text));
    return *m_tree;
}

} // namespace MeshEntry
