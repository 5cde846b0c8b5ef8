#include "severitycolors.h"

#include <cmath>

namespace MeshEntry::SeverityColors {

namespace {

double channel(double value)
{
    value /= 255.0;
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) +
           0.0722 * channel(rgb.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

bool isDark(const QColor &background)
{
    return luminance(background) < 0.18;
}

QColor text(Severity severity, const QColor &background)
{
    const bool dark = isDark(background);
    switch (severity) {
    case Severity::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Severity::Warning:
        return dark ? QColor(0xf2, 0xc0, 0x5c) : QColor(0x8a, 0x55, 0x00);
    case Severity::Info:
        break;
    }
    return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xb4);
}

QColor mark(Severity severity, const QColor &background)
{
    const bool dark = isDark(background);
    switch (severity) {
    case Severity::Error:
        return dark ? QColor(0xff, 0x6b, 0x60) : QColor(0xd3, 0x2f, 0x2f);
    case Severity::Warning:
        return dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0xb0, 0x70, 0x00);
    case Severity::Info:
        break;
    }
    return dark ? QColor(0x6c, 0xa6, 0xf5) : QColor(0x1e, 0x6f, 0xd0);
}

QColor badgeFill(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xc6, 0x28, 0x28);
    case Severity::Warning:
        return QColor(0xf0, 0xb4, 0x29);
    case Severity::Info:
        break;
    }
    return QColor(0x1e, 0x6f, 0xd0);
}

QColor badgeText(Severity severity)
{
    return severity == Severity::Warning ? QColor(0x1f, 0x1f, 0x1f) : QColor(Qt::white);
}

} // namespace MeshEntry::SeverityColors
