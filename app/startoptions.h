#pragma once

#include <QStringList>

#include <optional>

namespace MeshEntry {

/// What the window is started with: `meshentry [--lang LANGUAGE] [--new-window] [FILE…]`.
struct StartOptions {
    QString language;  ///< empty: the system's
    bool newWindow = false;
    QStringList files; ///< absolute, in the order given

    /**
     * Parses the arguments QApplication left (it takes -platform, -style and the like).
     * Files are made absolute against the working directory, so that a window started
     * elsewhere opens the same files. nullopt on bad usage, with the message in error.
     */
    static std::optional<StartOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace MeshEntry
