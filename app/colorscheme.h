#pragma once

#include <QPalette>

namespace MeshEntry::ColorScheme {

/// The palettes the Light and Dark choices apply (the Fusion style's and MeshEntry's own).
QPalette lightPalette();
QPalette darkPalette();

/// Applies the colour scheme chosen in the preferences (system, light or dark palette).
void apply();

} // namespace MeshEntry::ColorScheme
