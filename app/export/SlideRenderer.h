#pragma once

#include "SlideTheme.h"
#include "domain/Dataset.h"
#include "model/ExplorerState.h"
#include "model/ObservationIndex.h"
#include "view/SavedView.h"

#include <QImage>
#include <QObject>
#include <memory>

class QPainter;
class QWidget;

namespace gapscope {

class ChartPanel;
class DatasetTableModel;

// Paints a view as a picture ready for a slide: a title, a subtitle stating the filter, the
// panel (chart, table, comparison or SWOT) and a footer with the sources, their licences and the
// dataset version, in the view's theme and size. The panel is the explorer's own, built
// offscreen, so an export shows exactly what the explorer shows. Texts come out in the language
// installed in the application, which must be the view's.
class SlideRenderer : public QObject
{
    Q_OBJECT

public:
    SlideRenderer(const Dataset &dataset, const SavedView &view, QObject *parent = nullptr);
    ~SlideRenderer() override;

    const SavedView &view() const { return m_view; }
    QString title() const;
    QString subtitle() const;
    // The sources of what the panel shows, one line each, in the dataset's order.
    QStringList sources() const;
    QStringList licences() const;
    QString footer() const;
    // "GapScope 0.1.0 · dataset 2026.11.1"
    QString producer() const;
    // The countries a SWOT view shows (one, or two side by side); empty for other panels.
    QStringList swotCountries() const;
    // Why the panel is empty, or nothing when it has content.
    QString emptyMessage() const;

    // Paints the slide at the view's logical size.
    void paint(QPainter *painter);
    // The slide as an image of size x scale pixels, with its texts as metadata.
    QImage image();
    // Only the panel, for slides that carry their own title and footer.
    QImage panelImage(const QSize &size, int scale);

private:
    void build();
    void paintPanel(QPainter *painter, const QRectF &rect);
    void setPanelFont(int pixels);
    QStringList findSourceIds() const;

    const Dataset &m_dataset;
    SavedView m_view;
    SlideTheme m_theme;
    double m_factor = 1;
    ExplorerState m_state;
    ObservationIndex m_index; // of the observations, for the chart and the table
    std::unique_ptr<DatasetTableModel> m_model;
    std::unique_ptr<QWidget> m_panel;
    ChartPanel *m_chart = nullptr;
    // The sources of what the panel shows; the panel is fixed once built, so they are found once.
    QStringList m_sourceIds;
};

} // namespace gapscope
