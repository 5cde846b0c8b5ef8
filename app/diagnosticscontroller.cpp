#include "diagnosticscontroller.h"

#include "messagetext.h"

#include "currentdocument.h"
#include "diagnosticsmodel.h"
#include "documentmanager.h"
#include "editordocument.h"
#include "fixcontroller.h"
#include "fixregistry.h"
#include "formpanel.h"
#include "outlinemodel.h"
#include "validationbridge.h"
#include "yamleditor.h"

#include <QTimer>
#include <limits>

namespace MeshEntry {

namespace {

/// Documents whose findings are marked in the YAML pane per event-loop turn.
constexpr int markSliceDocuments = 4000;
/// Documents whose findings the panel takes per event-loop turn (about 3,500 rows).
constexpr int adoptSliceDocuments = 2000;

TextMark::Severity markSeverity(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return TextMark::Severity::Error;
    case Severity::Warning:
        return TextMark::Severity::Warning;
    case Severity::Info:
        break;
    }
    return TextMark::Severity::Info;
}

FieldMessage::Severity fieldSeverity(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return FieldMessage::Error;
    case Severity::Warning:
        return FieldMessage::Warning;
    case Severity::Info:
        break;
    }
    return FieldMessage::Info;
}

} // namespace

DiagnosticsController::DiagnosticsController(DocumentManager *documents, CurrentDocument *current,
                                             OutlineModel *outline, YamlEditor *yaml,
                                             FormPanel *forms, QObject *parent)
    : QObject(parent), m_current(current), m_outline(outline), m_yaml(yaml), m_forms(forms),
      m_validation(new ValidationBridge(this)), m_model(new DiagnosticsModel(this))
{
    outline->setCountsProvider([this](const EditorDocument *file, int document) {
        return m_validation->counts(file, document);
    });
    connect(documents, &DocumentManager::fileAdded, m_validation, &ValidationBridge::addFile);
    connect(documents, &DocumentManager::fileAboutToClose, this, [this](EditorDocument *file) {
        m_adopting.remove(file);
        m_validation->removeFile(file);
        m_model->removeFile(file);
        emit summaryChanged(summary());
    });
    connect(m_validation, &ValidationBridge::diagnosticsChanged, this,
            &DiagnosticsController::onFindingsChanged);
    connect(current, &CurrentDocument::changed, this, &DiagnosticsController::onCurrentChanged);
    // The pane's text came from another file: its squiggles and dots follow.
    connect(yaml, &YamlEditor::textLoaded, this, [this] {
        if (EditorDocument *file = m_current->file(); file && m_yaml->document() == file)
            markAll(file);
    });
}

QString DiagnosticsController::summary() const
{
    const int documents = m_current->file() ? m_current->file()->file().documentCount() : 0;
    return tr("%n document(s)", nullptr, documents) + QStringLiteral(" · ") +
           tr("%n error(s)", nullptr, m_model->errorCount()) + QStringLiteral(" · ") +
           tr("%n warning(s)", nullptr, m_model->warningCount());
}

void DiagnosticsController::onFindingsChanged(EditorDocument *file, const QList<int> &documents)
{
    if (documents.isEmpty())
        return adoptAll(file);
    QList<DiagnosticsModel::DocumentFindings> findings;
    findings.reserve(documents.size());
    for (const int document : documents)
        findings.append({document, m_validation->diagnostics(file, document)});
    const QList<int> changed = m_model->setDocumentsDiagnostics(file, std::move(findings));
    // Findings that stayed as they were need no squiggle, badge or row touched: their
    // offsets are relative to their document and moved with its text.
    if (!changed.isEmpty())
        showChanged(file, changed);
}

void DiagnosticsController::showChanged(EditorDocument *file, const QList<int> &changed)
{
    m_outline->refreshCounts(file, changed, m_model->counts(file));
    if (file == m_current->file()) {
        if (changed.isEmpty())
            markAll(file);
        else
            markChanged(file, changed);
        updateFieldMessages();
    }
    emit summaryChanged(summary());
}

void DiagnosticsController::adoptAll(EditorDocument *file)
{
    const quint64 generation = ++m_adoptions;
    m_adopting.insert(file, generation);
    adoptSlice(file, 0, generation);
}

void DiagnosticsController::adoptSlice(EditorDocument *file, int first, quint64 generation)
{
    if (m_adopting.value(file) != generation)
        return; // closed, or a newer adoption started
    const int count = file->file().documentCount();
    const int end = qMin(count, first + adoptSliceDocuments);
    // Each slice asks for its documents' findings as they are now: an edit between two
    // slices has updated the documents already taken and is seen in those still to come.
    QList<Diagnostic> found;
    for (int document = first; document < end; ++document)
        found += m_validation->diagnostics(file, document);
    // The last slice also drops rows of documents that are gone.
    m_model->setDocumentRangeDiagnostics(
        file, first, end < count ? end : std::numeric_limits<int>::max(), std::move(found));
    if (end < count) {
        QTimer::singleShot(0, this,
                           [this, file, end, generation] { adoptSlice(file, end, generation); });
        return;
    }
    m_adopting.remove(file);
    showChanged(file, {});
}

void DiagnosticsController::onCurrentChanged(EditorDocument *, int, bool fileChanged)
{
    if (fileChanged)
        emit summaryChanged(summary());
    updateFieldMessages();
}

void DiagnosticsController::markChanged(EditorDocument *file, const QList<int> &documents)
{
    // One range per run of neighbouring documents: a cross-document finding can change two
    // documents 36,000 apart, and one range spanning both would re-mark every finding between.
    qsizetype runStart = 0;
    for (qsizetype i = 1; i <= documents.size(); ++i) {
        if (i < documents.size() && documents[i] <= documents[i - 1] + 1)
            continue;
        markText(file, documents[runStart], documents[i - 1]);
        runStart = i;
    }
}

void DiagnosticsController::markText(EditorDocument *file, int first, int last)
{
    const int count = file->file().documentCount();
    const qsizetype from = file->textOffset(first);
    qsizetype to = file->textOffset(last + 1);
    // The next document's first line too: markers of deleted lines land on the line the
    // deletion ended at, which may be that one, and its own findings there stay marked.
    if (last + 1 < count) {
        const QByteArray &next = file->file().document(last + 1).text();
        const qsizetype newline = next.indexOf('\n');
        to += newline < 0 ? next.size() : newline;
        ++last;
    }
    QList<TextMark> marks;
    for (int i = first; i <= last; ++i) {
        const qsizetype base = file->textOffset(i);
        for (const Diagnostic &diagnostic : m_validation->diagnostics(file, i)) {
            if (base + diagnostic.start > to)
                continue;
            marks.append({base + diagnostic.start, base + diagnostic.end,
                          markSeverity(diagnostic.severity),
                          translatedMessage(diagnostic.source, diagnostic.message)});
        }
    }
    m_yaml->setMarks(from, to, marks);
    m_markedFindings += quint64(marks.size());
}

void DiagnosticsController::markAll(EditorDocument *file)
{
    markSlice(file, 0, ++m_markGeneration);
}

void DiagnosticsController::markSlice(EditorDocument *file, int first, quint64 generation)
{
    if (generation != m_markGeneration || file != m_current->file() || m_yaml->document() != file)
        return;
    const int count = file->file().documentCount();
    if (first == 0 && count <= markSliceDocuments)
        return markText(file, 0, count - 1);
    // 70,000 findings take a quarter of a second to mark: the window paints in between.
    const int last = qMin(count, first + markSliceDocuments) - 1;
    markText(file, first, last);
    if (last + 1 < count)
        QTimer::singleShot(
            0, this, [this, file, last, generation] { markSlice(file, last + 1, generation); });
}

void DiagnosticsController::updateFieldMessages()
{
    EditorDocument *file = m_current->file();
    if (!file || !m_forms->currentForm())
        return;
    QList<FieldMessage> messages;
    for (const Diagnostic &diagnostic : m_validation->diagnostics(file, m_current->document())) {
        const QStringList fixes = FixRegistry::instance().covers(diagnostic.rule)
                                      ? FixController::fixLabels(file, {diagnostic})
                                      : QStringList();
        messages.append({diagnostic.path, fieldSeverity(diagnostic.severity), diagnostic.rule,
                         translatedMessage(diagnostic.source, diagnostic.message), fixes});
    }
    m_forms->setFieldMessages(messages);
}

} // namespace MeshEntry
