#pragma once

#include "diagnostic.h"

#include <QColor>

namespace MeshEntry::SeverityColors {

/**
 * The colours of findings, chosen for the background they are drawn on so that they meet
 * WCAG 2.1 AA in light and dark palettes: text 4.5:1 against its background, marks
 * (underlines, squiggles, margin symbols, badge shapes) 3:1. Colour is never the only signal:
 * rows name their severity, marks come with an icon or a symbol shape and a tooltip.
 */

/// WCAG relative luminance, 0 (black) to 1 (white).
double luminance(const QColor &color);
/// WCAG contrast ratio, 1 to 21.
double contrast(const QColor &a, const QColor &b);
/// Whether background is a dark palette's.
bool isDark(const QColor &background);

/// Text of a severity (the Diagnostics panel's severity, a tooltip's heading).
QColor text(Severity severity, const QColor &background);
/// A mark of a severity: an underline, a squiggle, a margin symbol.
QColor mark(Severity severity, const QColor &background);
/// A count badge: its fill and the colour of the number on it.
QColor badgeFill(Severity severity);
QColor badgeText(Severity severity);

} // namespace MeshEntry::SeverityColors
