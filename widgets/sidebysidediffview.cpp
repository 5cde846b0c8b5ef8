#include "sidebysidediffview.h"

#include "clusterdiff.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

namespace MeshEntry {

namespace {

QPlainTextEdit *pane()
{
    auto *edit = new QPlainTextEdit;
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

} // namespace

SideBySideDiffView::SideBySideDiffView(QWidget *parent)
    : QWidget(parent), m_leftTitle(new QLabel), m_rightTitle(new QLabel), m_left(pane()),
      m_right(pane())
{
    m_left->setObjectName(QStringLiteral("leftPane"));
    m_right->setObjectName(QStringLiteral("rightPane"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_leftTitle, 0, 0);
    layout->addWidget(m_rightTitle, 0, 1);
    layout->addWidget(m_left, 1, 0);
    layout->addWidget(m_right, 1, 1);
    // The rows are paired, so the panes scroll as one.
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(),
            &QScrollBar::setValue);
}

void SideBySideDiffView::setText(const QString &title, const QByteArray &text)
{
    m_leftTitle->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    m_rightTitle->clear();
    m_left->setPlainText(QString::fromUtf8(text));
    m_right->clear();
    m_left->setExtraSelections({});
    m_right->setExtraSelections({});
    m_changed = 0;
}

void SideBySideDiffView::setTexts(const QString &leftTitle, const QByteArray &left,
                                  const QString &rightTitle, const QByteArray &right)
{
    m_leftTitle->setText(QStringLiteral("<b>%1</b>").arg(leftTitle.toHtmlEscaped()));
    m_rightTitle->setText(QStringLiteral("<b>%1</b>").arg(rightTitle.toHtmlEscaped()));
    const QList<QByteArray> leftLines = left.split('\n');
    const QList<QByteArray> rightLines = right.split('\n');
    const QList<ClusterDiff::Row> rows = ClusterDiff::align(left, right);
    QStringList leftShown;
    QStringList rightShown;
    QList<ClusterDiff::Row::Kind> kinds;
    for (const ClusterDiff::Row &row : rows) {
        leftShown.append(row.left >= 0 ? QString::fromUtf8(leftLines.value(row.left)) : QString());
        rightShown.append(row.right >= 0 ? QString::fromUtf8(rightLines.value(row.right))
                                         : QString());
        kinds.append(row.kind);
    }
    m_left->setPlainText(leftShown.join(u'\n'));
    m_right->setPlainText(rightShown.join(u'\n'));

    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor removed = dark ? QColor(0x5c, 0x1f, 0x24) : QColor(0xff, 0xeb, 0xe9);
    const QColor added = dark ? QColor(0x1e, 0x4d, 0x2b) : QColor(0xe6, 0xff, 0xec);
    const QColor gap = dark ? QColor(0x30, 0x30, 0x30) : QColor(0xf0, 0xf0, 0xf0);
    const auto mark = [&](QPlainTextEdit *edit, bool isLeft) {
        QList<QTextEdit::ExtraSelection> selections;
        QTextBlock block = edit->document()->begin();
        for (qsizetype i = 0; i < kinds.size() && block.isValid(); ++i, block = block.next()) {
            const ClusterDiff::Row &row = rows[i];
            QColor colour;
            if (kinds[i] == ClusterDiff::Row::Kind::Same)
                continue;
            if ((isLeft ? row.left : row.right) < 0)
                colour = gap;
            else
                colour = isLeft ? removed : added;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(block);
            selection.format.setBackground(colour);
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections.append(selection);
        }
        edit->setExtraSelections(selections);
    };
    mark(m_left, true);
    mark(m_right, false);
    m_changed = int(std::count_if(kinds.cbegin(), kinds.cend(), [](ClusterDiff::Row::Kind k) {
        return k != ClusterDiff::Row::Kind::Same;
    }));
}

} // namespace MeshEntry
