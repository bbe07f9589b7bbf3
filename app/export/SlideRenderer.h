#pragma once

#include "NativeChart.h"
#include "PanelDocument.h"
#include "SlideTheme.h"
#include "domain/Dataset.h"
#include "model/ExplorerState.h"
#include "query/ObservationIndex.h"
#include "query/ObservationQuery.h"
#include "view/SavedView.h"

#include <QImage>
#include <QObject>
#include <memory>
#include <optional>

class QPainter;
class QWidget;

namespace gapscope {

class ChartPanel;
class GapPanel;
class MapPanel;
class ScatterPanel;
class BubblePanel;
class DatasetTableModel;
class SlidePanel;

// Paints a view as a picture ready for a slide: a title, a subtitle stating the filter, the
// panel (chart, table, comparison, SWOT, gap, map, models scatter or bubble chart) and a footer with the sources, their licences and the
// dataset version, in the view's theme and size. The charts are the explorer's own panels, built
// offscreen, so an export shows exactly what the explorer shows; the SWOT, the comparison, the
// observations table and the Gap panel's table (on the pages after its chart) are laid out as
// tables (PanelDocument) with every row, in the theme's type and never below 12 pt at the page's
// size (the footer 8 pt), over as many pages as they need.
// Texts come out in the language installed in the application, which must be the view's.
class SlideRenderer : public QObject
{
    Q_OBJECT

public:
    // `index`, when given, is an index of `dataset`'s observations kept current by its owner (the
    // window's): read instead of building one for the view, which takes a while at a million.
    SlideRenderer(const Dataset &dataset, const SavedView &view, const ObservationIndex *index = nullptr,
                  QObject *parent = nullptr);
    ~SlideRenderer() override;

    const SavedView &view() const { return m_view; }
    // The index of the observations the panel is drawn through: the one given, or its own.
    const ObservationIndex &index() const { return *m_index; }
    QString title() const;
    QString subtitle() const;
    // The sources of what the panel shows, one line each, in the dataset's order, each naming
    // its own licence when it has one.
    QStringList sources() const;
    // "CC BY-NC 4.0: <title>" for each of those sources that has a licence.
    QStringList licences() const;
    QString footer() const;
    // "GapScope 0.1.0 · dataset 2026.11.1"
    QString producer() const;
    // How GapScope computed the indicator shown (chart, gap or map) when it is derived from
    // records rather than published (DerivedIndicators), in the view's language; else nothing.
    QString recipe() const;
    // The countries a SWOT view shows (one, or two side by side); empty for other panels.
    QStringList swotCountries() const;
    // Why the panel is empty, or nothing when it has content.
    QString emptyMessage() const;

    // Paginated, a table too long for one slide in readable type runs over several (for files);
    // otherwise (the default) its type gets as small as it must to fit one picture (for the
    // clipboard), and a gap shows only its chart.
    void setPaginated(bool on) { m_paginated = on; }
    // The pages of the slide painted on `device`, or on an image when null (1 but for a long,
    // paginated table; a paginated gap with figures has its chart's page and its table's).
    int pageCount(QPaintDevice *device = nullptr);
    // Paints page `page` (from 0) of the slide at the view's logical size.
    void paint(QPainter *painter, int page = 0);
    // What a single picture of a table too long for it says it shows ("Rows 1–40 of 5,456");
    // empty when it shows every row, or has pages. Laid out on `device`, or an image.
    QString rowsShown(QPaintDevice *device = nullptr);
    // Page `page` of the slide as an image of size x scale pixels, with its texts as metadata.
    QImage image(int page = 0);
    // Only the panel, for slides that carry their own title and footer.
    QImage panelImage(const QSize &size, int scale);

    // Where the last paint put the title and subtitle, the panel and the footer, in the slide's
    // logical pixels.
    QRectF headerRect() const { return m_frame.header; }
    QRectF panelRect() const { return m_frame.panel; }
    QRectF footerRect() const { return m_frame.footer; }
    // The table's items (SWOT items, cells' paragraphs) as last laid out, placed on the slide and
    // its page; empty for the charts.
    QList<PanelDocument::Item> documentItems() const;
    // The observations table built for the slide, when the view shows it.
    const DatasetTableModel *tableModel() const { return m_view.panel == SavedView::Panel::Table ? m_model : nullptr; }
    // The chart or models scatter the view shows, as a deck's native chart; none for other panels,
    // an empty chart, or a scatter of more countries than a legend can name.
    std::optional<NativeChart> nativeChart() const;
    // The Gap panel built for the slide, when the view shows it.
    const GapPanel *gapPanel() const { return m_gap; }
    // The pixel size of the panel's body type as last laid out.
    int bodyPixels() const;

private:
    struct Frame
    {
        QRectF header;
        QRectF panel;
        QRectF footer;
    };
    void build();
    // An image of the slide's size, scale and resolution, filled with the background.
    QImage canvas(const QSize &size) const;
    // Measures (painter null) or paints the title, subtitle and footer on `device`; the footer
    // ends with the page's number if there are several, else with `note`.
    Frame frame(QPainter *painter, QPaintDevice *device, int page, int pages, const QString &note = QString());
    void paintPanel(QPainter *painter, const QRectF &rect, int page, PanelDocument::Mode mode);
    void layoutDocument(QPaintDevice *device, const QSizeF &size, PanelDocument::Mode mode);
    void setPanelFont(int pixels);
    // The pixels of `points` at the page's size (its resolution), the least a table's type takes.
    int readablePixels(double points) const;
    // A table's body type: the theme's, and at least 12 pt, the least a slide's table takes.
    int tablePixels() const;

    const Dataset &m_dataset;
    SavedView m_view;
    SlideTheme m_theme;
    double m_factor = 1;
    ExplorerState m_state;
    ObservationIndex m_ownIndex; // built for the view when no index is given
    const ObservationIndex *m_index = &m_ownIndex; // of the observations, for the chart and the table
    std::unique_ptr<ObservationQuery> m_query; // the view's observations, read by both
    std::unique_ptr<SlidePanel> m_built;
    DatasetTableModel *m_model = nullptr; // m_built's
    QWidget *m_panel = nullptr; // m_built's
    ChartPanel *m_chart = nullptr;
    GapPanel *m_gap = nullptr;
    MapPanel *m_map = nullptr;
    ScatterPanel *m_scatter = nullptr;
    BubblePanel *m_bubble = nullptr;
    std::unique_ptr<PanelDocument> m_document; // the SWOT, comparison, observations or gaps, when there are any
    bool m_paginated = false;
    Frame m_frame;
    // What the document was last laid out for, and the image it is laid out on for pictures.
    struct LaidOut
    {
        const QPaintDevice *device = nullptr;
        QSizeF size;
        PanelDocument::Mode mode = PanelDocument::Mode::FitOnePage;
    };
    LaidOut m_laidOut;
    QImage m_scratch;
    // The sources of what the panel shows; the panel is fixed once built, so they are found once.
    QStringList m_sourceIds;
};

} // namespace gapscope
