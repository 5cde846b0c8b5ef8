#include "visibilitymaprenderer.h"

#include "visibilitymapmodel.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>

namespace MeshEntry {

namespace {

constexpr int padding = 8;

QString legend()
{
    return QObject::tr("Rows: a host as one namespace's ServiceEntries define it. Columns: the "
                       "namespaces whose sidecars look.");
}

QColor cellColor(ServiceVisibility::State state)
{
    switch (state) {
    case ServiceVisibility::State::Visible:
        return QColor(46, 160, 67);
    case ServiceVisibility::State::Shadowed:
        return QColor(230, 160, 0);
    case ServiceVisibility::State::Hidden:
        return QColor(220, 220, 220);
    }
    return Qt::white;
}

} // namespace

VisibilityMapRenderer::VisibilityMapRenderer(const VisibilityMapModel &model) : m_model(model)
{
    const QFontMetrics metrics(QGuiApplication::font());
    m_rowHeight = metrics.height() + 8;
    for (int row = 0; row < model.rows().size(); ++row)
        m_labelWidth = std::max(
            m_labelWidth, metrics.horizontalAdvance(
                              model.headerData(row, Qt::Vertical, Qt::DisplayRole).toString()));
    m_labelWidth += 2 * padding;
    m_columnWidth = metrics.horizontalAdvance(QStringLiteral("shadowed")) + 2 * padding;
    for (const QString &ns : model.namespaces())
        m_columnWidth = std::max(m_columnWidth, metrics.horizontalAdvance(ns) + 2 * padding);
    m_headerHeight = m_rowHeight;
    m_legendWidth = metrics.horizontalAdvance(legend()) + 2 * padding;
}

QSize VisibilityMapRenderer::size() const
{
    return QSize(std::max(m_labelWidth + int(m_model.namespaces().size()) * m_columnWidth + 1,
                          m_legendWidth),
                 m_headerHeight + int(m_model.rows().size() + 1) * m_rowHeight + 1);
}

void VisibilityMapRenderer::paint(QPainter *painter) const
{
    painter->setFont(QGuiApplication::font());
    painter->fillRect(QRect(QPoint(0, 0), size()), Qt::white);
    painter->setPen(Qt::black);
    const QStringList &namespaces = m_model.namespaces();
    for (int column = 0; column < namespaces.size(); ++column) {
        const QRect header(m_labelWidth + column * m_columnWidth, 0, m_columnWidth, m_headerHeight);
        painter->drawText(header, Qt::AlignCenter, namespaces[column]);
    }
    for (int row = 0; row < m_model.rows().size(); ++row) {
        const int y = m_headerHeight + row * m_rowHeight;
        painter->setPen(Qt::black);
        painter->drawText(QRect(padding, y, m_labelWidth - padding, m_rowHeight),
                          Qt::AlignVCenter | Qt::AlignLeft,
                          m_model.headerData(row, Qt::Vertical, Qt::DisplayRole).toString());
        for (int column = 0; column < namespaces.size(); ++column) {
            const ServiceVisibility::Cell cell = m_model.cell(row, column);
            const QRect box(m_labelWidth + column * m_columnWidth, y, m_columnWidth, m_rowHeight);
            painter->fillRect(box.adjusted(1, 1, -1, -1), cellColor(cell.state));
            painter->setPen(cell.state == ServiceVisibility::State::Hidden ? QColor(90, 90, 90)
                                                                           : Qt::white);
            painter->drawText(box, Qt::AlignCenter, VisibilityMapModel::stateName(cell.state));
        }
    }
    const int legendY = m_headerHeight + int(m_model.rows().size()) * m_rowHeight;
    painter->setPen(QColor(90, 90, 90));
    painter->drawText(QRect(padding, legendY, size().width() - padding, m_rowHeight),
                      Qt::AlignVCenter | Qt::AlignLeft, legend());
}

} // namespace MeshEntry
