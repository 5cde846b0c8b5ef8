#include "selectiondiagram.h"

#include "selectionmodel.h"
#include "workloadmatcher.h"

#include <QFileInfo>
#include <QGraphicsDropShadowEffect>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QWheelEvent>

namespace MeshEntry {

namespace {

constexpr qreal nodeWidth = 240;
constexpr qreal gap = 12;
constexpr qreal columnGap = 90;

struct Palette {
    QColor entry{0x2f, 0x6f, 0xb3};
    QColor host{0x5b, 0x8d, 0xc9};
    QColor port{0x7a, 0x5c, 0xb8};
    QColor ready{0x2e, 0x9d, 0x68};
    QColor notReady{0xc2, 0x3b, 0x22};
    QColor edge{0x88, 0x8f, 0x99};
    QColor group{0xf2, 0xf4, 0xf7};
    QColor text{0x1f, 0x23, 0x28};
};

/// A box with a coloured header line and body text; returns it placed at (x, y).
QGraphicsRectItem *box(QGraphicsScene *scene, qreal x, qreal y, const QString &header,
                       const QString &body, const QColor &color, bool dashed = false,
                       const QString &tooltip = QString())
{
    QFont headerFont;
    headerFont.setBold(true);
    headerFont.setPointSizeF(9);
    QFont bodyFont;
    bodyFont.setPointSizeF(8.5);
    auto *headerText = new QGraphicsSimpleTextItem(header);
    headerText->setFont(headerFont);
    headerText->setBrush(Qt::white);
    auto *bodyText = new QGraphicsTextItem;
    bodyText->setFont(bodyFont);
    bodyText->setDefaultTextColor(Palette().text);
    bodyText->setTextWidth(nodeWidth - 12);
    bodyText->setPlainText(body);
    // A header too long for the box is elided; the tooltip has it whole.
    headerText->setText(
        QFontMetricsF(headerFont).elidedText(header, Qt::ElideMiddle, nodeWidth - 12));
    const qreal headerHeight = headerText->boundingRect().height() + 6;
    const qreal bodyHeight = body.isEmpty() ? 0 : bodyText->boundingRect().height() + 4;
    auto *frame = scene->addRect(
        0, 0, nodeWidth, headerHeight + bodyHeight,
        QPen(color, dashed ? 2 : 1.2, dashed ? Qt::DashLine : Qt::SolidLine), QBrush(Qt::white));
    frame->setPos(x, y);
    auto *band = new QGraphicsRectItem(0, 0, nodeWidth, headerHeight, frame);
    band->setBrush(color);
    band->setPen(Qt::NoPen);
    headerText->setParentItem(frame);
    headerText->setPos(6, 3);
    if (!body.isEmpty()) {
        bodyText->setParentItem(frame);
        bodyText->setPos(4, headerHeight);
    } else {
        delete bodyText;
    }
    frame->setToolTip(tooltip.isEmpty() ? header + u'\n' + body : tooltip);
    frame->setZValue(2);
    return frame;
}

/// A curved edge from the right of a to the left of b; dashed to a workload Istio skips.
void edge(QGraphicsScene *scene, const QGraphicsRectItem *a, const QGraphicsRectItem *b,
          bool dashed = false)
{
    const QRectF from = a->sceneBoundingRect();
    const QRectF to = b->sceneBoundingRect();
    const QPointF start(from.right(), from.center().y());
    const QPointF end(to.left(), to.center().y());
    QPainterPath path(start);
    const qreal bend = (end.x() - start.x()) / 2;
    path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end);
    auto *line =
        scene->addPath(path, QPen(Palette().edge, 1, dashed ? Qt::DashLine : Qt::SolidLine));
    line->setZValue(1);
}

} // namespace

SelectionDiagram::SelectionDiagram(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setBackgroundBrush(Qt::white);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void SelectionDiagram::setSelection(const SelectorQuery &query, const SelectionResult &result,
                                    const WorkloadInventory &inventory)
{
    QGraphicsScene *scene = this->scene();
    scene->clear();
    m_workloads = 0;
    const Palette colors;

    QStringList selector;
    for (auto it = query.selector.cbegin(); it != query.selector.cend(); ++it)
        selector.append(it.key() + u'=' + it.value());
    const QString entryBody =
        tr("%1/%2\nresolution %3\nselector: %4\n%5 of %6 selected workloads used")
            .arg(query.namespaceName, query.name, query.resolutionName(),
                 query.hasSelector
                     ? (selector.isEmpty() ? tr("(empty: all)") : selector.join(u", "))
                     : tr("none"))
            .arg(result.readyCount)
            .arg(result.selected.size());
    QGraphicsRectItem *entry = box(scene, 0, 0, tr("ServiceEntry"), entryBody, colors.entry);

    // Hosts and ports share the second column.
    const qreal column1 = nodeWidth + columnGap;
    qreal y = 0;
    for (const QString &host : query.hosts) {
        QGraphicsRectItem *node = box(scene, column1, y, tr("host"), host, colors.host);
        edge(scene, entry, node);
        y += node->rect().height() + gap;
    }
    y += gap;
    QList<QGraphicsRectItem *> ports;
    for (const SelectorQuery::Port &port : query.ports) {
        QString body = QStringLiteral("%1 %2").arg(port.name).arg(port.number);
        if (!port.protocol.isEmpty())
            body += u'/' + port.protocol;
        if (port.targetPort > 0)
            body += tr("\ntargetPort %1").arg(port.targetPort);
        QGraphicsRectItem *node = box(scene, column1, y, tr("port"), body, colors.port);
        edge(scene, entry, node);
        ports.append(node);
        y += node->rect().height() + gap;
    }

    // Workloads in two groups, each framed.
    const qreal column2 = column1 + nodeWidth + columnGap + 40;
    qreal groupTop = 0;
    for (const bool pods : {true, false}) {
        QList<const SelectedWorkload *> members;
        for (const SelectedWorkload &selected : result.selected) {
            if (inventory.workload(selected.id).isPod() == pods)
                members.append(&selected);
        }
        if (members.isEmpty())
            continue;
        const qreal top = groupTop;
        qreal groupY = top + 28;
        int drawn = 0;
        for (const SelectedWorkload *selected : std::as_const(members)) {
            if (drawn == maxWorkloads)
                break;
            const Workload &workload = inventory.workload(selected->id);
            QString body = selected->addresses.isEmpty() ? tr("(no address)")
                                                         : selected->addresses.join(u", ");
            // The endpoint per port, with the rule that chose it.
            for (const EndpointPort &port : selected->ports)
                body += u'\n' + QStringLiteral("%1 %2 → %3 (%4)")
                                    .arg(port.name)
                                    .arg(port.servicePort)
                                    .arg(port.rule == PortRule::UnixSocket
                                             ? tr("socket")
                                             : QString::number(port.endpointPort),
                                         EndpointPort::ruleName(port.rule));
            if (!selected->ready)
                body += tr("\n✕ not used: %1").arg(selected->reason);
            QGraphicsRectItem *node = box(
                scene, column2 + 10, groupY, workload.namespaceName + u'/' + workload.name, body,
                selected->ready ? colors.ready : colors.notReady, !selected->ready,
                selected->ready ? QString()
                                : tr("%1 %2: not used by Istio: %3")
                                      .arg(workload.kindName(), workload.name, selected->reason));
            for (QGraphicsRectItem *port : std::as_const(ports))
                edge(scene, port, node, !selected->ready);
            groupY += node->rect().height() + gap;
            ++drawn;
            ++m_workloads;
        }
        if (members.size() > drawn) {
            auto *more = scene->addSimpleText(tr("… and %1 more").arg(members.size() - drawn));
            more->setPos(column2 + 14, groupY);
            groupY += more->boundingRect().height() + gap;
        }
        auto *frame = scene->addRect(column2, top, nodeWidth + 20, groupY - top + 4,
                                     QPen(colors.edge, 1, Qt::DotLine), QBrush(colors.group));
        frame->setZValue(0);
        auto *title =
            scene->addSimpleText(pods ? tr("Pods (%1)").arg(members.size())
                                      : tr("VMs: WorkloadEntries (%1)").arg(members.size()));
        QFont font;
        font.setBold(true);
        title->setFont(font);
        title->setPos(column2 + 8, top + 6);
        title->setZValue(3);
        groupTop = groupY + 3 * gap;
    }
    if (result.selected.isEmpty()) {
        auto *none = scene->addSimpleText(query.hasSelector ? tr("No workload is selected")
                                                            : tr("No workloadSelector"));
        none->setPos(column2, 0);
    }
    scene->setSceneRect(scene->itemsBoundingRect().adjusted(-16, -16, 16, 16));
}

void SelectionDiagram::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal factor = event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15;
        scale(factor, factor);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool SelectionDiagram::exportPng(const QString &path, QString *error) const
{
    const QRectF source = scene()->sceneRect();
    QImage image((source.size() * 2).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene()->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    painter.end();
    if (!image.save(path, "PNG")) {
        *error = tr("Cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool SelectionDiagram::exportSvg(const QString &path, QString *error) const
{
    const QRectF source = scene()->sceneRect();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(tr("MeshEntry selection diagram"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        *error = tr("Cannot write %1").arg(path);
        return false;
    }
    scene()->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        *error = tr("Cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace MeshEntry
