#include "diffdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace MeshEntry {

DiffDialog::DiffDialog(const QString &title, const QByteArray &unifiedDiff, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    resize(800, 560);
    auto *text = new QPlainTextEdit;
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QList<QTextEdit::ExtraSelection> colours;
    text->setPlainText(unifiedDiff.isEmpty()
                           ? tr("The file on disk and the open buffer are identical.")
                           : QString::fromUtf8(unifiedDiff));
    for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next()) {
        const QString line = block.text();
        QColor background;
        if (line.startsWith(u'+') && !line.startsWith(QLatin1String("+++")))
            background = dark ? QColor(0x1e, 0x4d, 0x2b) : QColor(0xe6, 0xff, 0xec);
        else if (line.startsWith(u'-') && !line.startsWith(QLatin1String("---")))
            background = dark ? QColor(0x5c, 0x1f, 0x24) : QColor(0xff, 0xeb, 0xe9);
        else if (line.startsWith(QLatin1String("@@")))
            background = dark ? QColor(0x1f, 0x3a, 0x5a) : QColor(0xdd, 0xf4, 0xff);
        else
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(background);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        colours.append(selection);
    }
    text->setExtraSelections(colours);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

} // namespace MeshEntry
