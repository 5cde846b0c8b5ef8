#pragma once

#include "banner.h"

namespace MeshEntry {

class ClusterConnection;

/// What a dialog about a cluster says about how safe the connection is: a warning when the
/// context skips TLS verification or talks plain http.
class ClusterBanner : public Banner
{
    Q_OBJECT
public:
    using Banner::Banner;

    /// Shows the warning for a context, or hides the banner when it has none.
    void showFor(const ClusterConnection &connection);
};

} // namespace MeshEntry
