// Build helper: renders the application icon's SVG to the PNG sizes the hicolor icon theme
// installs, with Qt's own SVG renderer (no rsvg or Inkscape needed at build time).
//   meshentry-iconrender ICON.svg OUTPUT_DIR NAME SIZE...  writes OUTPUT_DIR/SIZExSIZE/NAME.png

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // No display is needed to paint into an image.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: meshentry-iconrender ICON.svg OUTPUT_DIR NAME SIZE...\n");
        return 64;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "meshentry-iconrender: cannot read %s\n", qPrintable(args.at(1)));
        return 2;
    }
    for (const QString &sizeText : args.mid(4)) {
        const int size = sizeText.toInt();
        if (size <= 0) {
            std::fprintf(stderr, "meshentry-iconrender: bad size %s\n", qPrintable(sizeText));
            return 64;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString directory = QStringLiteral("%1/%2x%2").arg(args.at(2)).arg(size);
        QDir().mkpath(directory);
        const QString path = directory + u'/' + args.at(3) + QStringLiteral(".png");
        if (!image.save(path, "PNG")) {
            std::fprintf(stderr, "meshentry-iconrender: cannot write %s\n", qPrintable(path));
            return 2;
        }
    }
    return 0;
}
