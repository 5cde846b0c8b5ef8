#pragma once

namespace MeshEntry::ColorScheme {

/// Applies the colour scheme chosen in the preferences (system, light or dark palette).
void apply();

} // namespace MeshEntry::ColorScheme
