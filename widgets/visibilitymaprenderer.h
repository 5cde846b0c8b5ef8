#pragma once

#include <QSize>

class QPainter;

namespace MeshEntry {

class VisibilityMapModel;

/// Paints the Visibility map's shown rows as a grid, for PNG and SVG exports.
class VisibilityMapRenderer
{
public:
    explicit VisibilityMapRenderer(const VisibilityMapModel &model);

    QSize size() const;
    void paint(QPainter *painter) const;

private:
    const VisibilityMapModel &m_model;
    int m_rowHeight = 22;
    int m_labelWidth = 0;
    int m_columnWidth = 0;
    int m_headerHeight = 0;
    int m_legendWidth = 0;
};

} // namespace MeshEntry
