#include "visibilitymapview.h"

#include "messagetext.h"
#include "visibilitymapmodel.h"
#include "visibilitymaprenderer.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QSaveFile>
#include <QSettings>
#include <QSvgGenerator>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace MeshEntry {

namespace {

/// Images larger than this would not open anywhere; CSV has no such limit.
constexpr int maxImageRows = 4000;

} // namespace

VisibilityMapView::VisibilityMapView(VisibilityMapModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new QLineEdit), m_view(new QTableView),
      m_count(new QLabel), m_busy(new QProgressBar)
{
    // While a worker rebuilds the map the rows shown are the previous ones: said beside them.
    m_busy->setObjectName(QStringLiteral("visibilityBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(m_busy->fontMetrics().horizontalAdvance(u'x') * 10);
    m_busy->setAccessibleName(tr("Updating the visibility map"));
    m_busy->setVisible(m_model->isRebuilding());
    m_filter->setObjectName(QStringLiteral("visibilityFilter"));
    m_filter->setPlaceholderText(tr("Filter hosts and namespaces"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter hosts and namespaces"));
    m_filter->setAccessibleDescription(
        tr("Shows only the hosts and namespaces whose names contain the text"));
    connect(m_filter, &QLineEdit::textChanged, m_model, &VisibilityMapModel::setFilter);
    m_view->setObjectName(QStringLiteral("visibilityMap"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Visibility map"));
    m_view->setAccessibleDescription(
        tr("One row per namespace, one column per host; a cell says whether the namespace's "
           "sidecars see the host and why"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setDefaultSectionSize(96);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // The host column fits the rows on screen, not a thousand of the 40,000 after each rebuild.
    m_view->verticalHeader()->setResizeContentsPrecision(0);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(m_busy);
    toolbar->addWidget(m_count);
    for (const char *suffix : {"png", "svg", "csv"}) {
        auto *button = new QToolButton;
        const QString name = QString::fromLatin1(suffix);
        button->setObjectName(QStringLiteral("export") + name.toUpper());
        button->setText(tr("Export %1…").arg(name.toUpper()));
        button->setToolTip(tr("Save the rows shown as %1.").arg(name.toUpper()));
        connect(button, &QToolButton::clicked, this, [this, name] { exportWithDialog(name); });
        toolbar->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VisibilityMapView::updateCount);
    connect(m_model, &VisibilityMapModel::rebuildingChanged, this, [this](bool rebuilding) {
        m_busy->setVisible(rebuilding);
        updateCount();
    });
    updateCount();
}

void VisibilityMapView::updateCount()
{
    //: The size of the Visibility map: "3 hosts × 2 namespaces"
    const QString count =
        tr("%1 × %2").arg(tr("%n host(s)", nullptr, int(m_model->rows().size())),
                          tr("%n namespace(s)", nullptr, int(m_model->namespaces().size())));
    m_count->setText(m_model->isRebuilding() ? tr("Updating… (%1)").arg(count) : count);
}

bool VisibilityMapView::exportTo(const QString &path, QString *error) const
{
    const QString suffix = path.section(u'.', -1).toLower();
    if (suffix == u"csv") {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(m_model->csv()) < 0 || !out.commit()) {
            *error = tr("Cannot write %1: %2").arg(path, translatedFileError(out.errorString()));
            return false;
        }
        return true;
    }
    if (m_model->rows().size() > maxImageRows) {
        *error = tr("The map shows %1 rows; filter it to at most %2 for an image (CSV takes "
                    "them all).")
                     .arg(m_model->rows().size())
                     .arg(maxImageRows);
        return false;
    }
    const VisibilityMapRenderer renderer(*m_model);
    if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(renderer.size());
        svg.setViewBox(QRect(QPoint(0, 0), renderer.size()));
        svg.setTitle(tr("MeshEntry visibility map"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        renderer.paint(&painter);
        return painter.end();
    }
    QImage image(renderer.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    renderer.paint(&painter);
    painter.end();
    if (!image.save(path, "PNG")) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

void VisibilityMapView::exportWithDialog(const QString &suffix)
{
    QSettings settings;
    const QString directory =
        settings.value(QStringLiteral("routing/exportDirectory"), QDir::homePath()).toString();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Visibility Map"),
                                     QDir(directory).filePath(tr("visibility-map.%1").arg(suffix)),
                                     tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("routing/exportDirectory"), QFileInfo(path).absolutePath());
    QString error;
    if (!exportTo(path.endsWith(u'.' + suffix) ? path : path + u'.' + suffix, &error))
        QMessageBox::warning(const_cast<VisibilityMapView *>(this), tr("Cannot Export"), error);
}

} // namespace MeshEntry
