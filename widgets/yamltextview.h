#pragma once

#include <Qsci/qsciscintilla.h>

namespace MeshEntry {

/// The YAML text pane: highlighting, folding, line numbers and error markers.
class YamlTextView : public QsciScintilla
{
    Q_OBJECT
public:
    explicit YamlTextView(QWidget *parent = nullptr);

    /// Shows bytes (UTF-8) without touching them.
    void setYaml(const QByteArray &bytes);
    /// Marks a line (0-based) as holding an error, with the message as annotation.
    void markError(int line, const QString &message);
    void clearErrors();
    /// Scrolls so that line (0-based) is at the top and puts the cursor there.
    void showLine(int line);

private:
    void applyPalette();
    bool event(QEvent *event) override;

    int m_errorMarker = -1;
};

} // namespace MeshEntry
