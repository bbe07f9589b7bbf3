#include "SlideRenderer.h"

#include "SlideChartStyle.h"
#include "SlidePanel.h"
#include "SlideText.h"

#include "derive/DerivedIndicators.h"
#include "format/DateRangeText.h"
#include "format/DisplayText.h"
#include "model/DatasetTableModel.h"
#include "model/GapTableModel.h"
#include "query/IndicatorSeries.h"
#include "panels/ChartPanel.h"
#include "panels/GapPanel.h"
#include "panels/MapCanvas.h"
#include "panels/BubbleCanvas.h"
#include "panels/BubblePanel.h"
#include "panels/MapPanel.h"
#include "panels/ScatterCanvas.h"
#include "panels/ScatterPanel.h"

#include <QApplication>
#include <QtMath>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

namespace gapscope {

SlideRenderer::SlideRenderer(const Dataset &dataset, const SavedView &view, const ObservationIndex *index,
                             QObject *parent)
    : QObject(parent), m_dataset(dataset), m_view(view), m_theme(SlideTheme::of(view.theme))
{
    m_factor = std::clamp(std::min(view.size.width() / 1920.0, view.size.height() / 1080.0), 0.35, 4.0);
    m_state.setFilter(view.filter);
    if (view.panel == SavedView::Panel::Chart || view.panel == SavedView::Panel::Table
        || view.panel == SavedView::Panel::Gap || view.panel == SavedView::Panel::Map
        || view.panel == SavedView::Panel::Bubble) {
        // The index given, when it is of every observation; else one of the view's own.
        if (index && index->size() == m_dataset.observations.size())
            m_index = index;
        else
            m_ownIndex.build(m_dataset);
        m_query = std::make_unique<ObservationQuery>(m_dataset, *m_index);
        m_query->setFilter(view.filter);
    }
    build();
    m_sourceIds = m_built->sourceIds(*m_index);
    if (emptyMessage().isEmpty()) {
        if (m_view.panel == SavedView::Panel::Swot)
            m_document = PanelDocument::swot(m_dataset, m_view, swotCountries());
        else if (m_view.panel == SavedView::Panel::Comparison)
            m_document = PanelDocument::comparison(*m_model, m_view);
        else if (m_view.panel == SavedView::Panel::Table)
            m_document = PanelDocument::observations(*m_model, m_view);
        else if (m_gap && m_gap->model()->rowCount() > 0)
            m_document = PanelDocument::gaps(*m_gap->model(), m_view);
    }
}

SlideRenderer::~SlideRenderer() = default;

void SlideRenderer::build()
{
    m_built = std::make_unique<SlidePanel>(m_dataset, m_view, m_query.get(), &m_state);
    m_panel = m_built->widget();
    m_model = m_built->model();
    m_chart = m_built->chart();
    m_gap = m_built->gap();
    m_map = m_built->map();
    m_scatter = m_built->scatter();
    m_bubble = m_built->bubble();
    // Built offscreen: shown to nobody, but laid out and polished like a visible widget.
    m_panel->setAttribute(Qt::WA_DontShowOnScreen);
    m_panel->setPalette(m_theme.palette());
    m_panel->setAutoFillBackground(true);
    setPanelFont(int(m_theme.bodySize * m_factor));
}

void SlideRenderer::setPanelFont(int pixels)
{
    // On every widget: style sheets (the SWOT's group boxes have one) stop fonts propagating.
    const QFont font = SlideText::font(pixels);
    m_panel->setFont(font);
    for (QWidget *w : m_panel->findChildren<QWidget *>())
        w->setFont(font);
    QCoreApplication::sendPostedEvents();
}

QString SlideRenderer::title() const
{
    if (!m_view.title.isEmpty())
        return m_view.title;
    switch (m_view.panel) {
    case SavedView::Panel::Chart:
        return DisplayText::indicator(m_dataset, m_chart ? m_chart->indicator() : m_view.indicator, m_view.language);
    case SavedView::Panel::Table:
        return tr("Observations");
    case SavedView::Panel::Comparison:
        return tr("Countries compared by dimension");
    case SavedView::Panel::Gap:
        return tr("Gap behind %1: %2")
            .arg(DisplayText::country(m_dataset, m_gap->leader(), m_view.language),
                 DisplayText::indicator(m_dataset, m_gap->indicator(), m_view.language));
    case SavedView::Panel::Swot: {
        QStringList names;
        for (const QString &code : swotCountries())
            names << DisplayText::country(m_dataset, code, m_view.language);
        return tr("SWOT: %1").arg(names.join(QStringLiteral(" · ")));
    }
    case SavedView::Panel::Map: {
        const QString name = DisplayText::indicator(m_dataset, m_map->indicator(), m_view.language);
        return m_map->year() ? tr("%1, %2", "indicator, year").arg(name).arg(m_map->year()) : name;
    }
    case SavedView::Panel::Scatter:
        return tr("AI models: %1").arg(ScatterCanvas::measureTitle(m_view.scatter.measure));
    case SavedView::Panel::Bubble:
        return tr("%1 and %2, %3", "indicator up, indicator across, year")
            .arg(DisplayText::indicator(m_dataset, m_bubble->yIndicator(), m_view.language),
                 DisplayText::indicator(m_dataset, m_bubble->xIndicator(), m_view.language))
            .arg(m_bubble->year());
    }
    return {};
}

QString SlideRenderer::subtitle() const
{
    const Language lang = m_view.language;
    const Filter &f = m_view.filter;
    QStringList parts;
    QStringList countries;
    for (const Country &c : m_dataset.countries) {
        if (f.countries.contains(c.code))
            countries << c.name.text(lang);
    }
    if (m_gap) {
        countries.clear();
        for (const QString &code : m_gap->followers()) {
            if (code != m_gap->leader())
                countries << DisplayText::country(m_dataset, code, lang);
        }
    }
    parts << (countries.isEmpty() ? tr("All countries") : countries.join(QLatin1String(", ")));
    if (!f.dimensions.isEmpty()) {
        QStringList ids(f.dimensions.cbegin(), f.dimensions.cend());
        ids.sort();
        parts << DisplayText::dimensions(m_dataset, ids, lang);
    }
    // The title names the one year a map or bubble chart shows.
    const bool oneYear = (m_map && m_map->year()) || (m_bubble && m_bubble->year());
    if (!oneYear && f.hasFinerDates())
        parts << DateRangeText::of(f, lang);
    else if (!oneYear && f.yearFrom && f.yearTo)
        parts << tr("%1–%2").arg(f.yearFrom).arg(f.yearTo);
    else if (!oneYear && f.yearFrom)
        parts << tr("from %1").arg(f.yearFrom);
    else if (!oneYear && f.yearTo)
        parts << tr("until %1").arg(f.yearTo);
    else if (!oneYear)
        parts << tr("all years");
    if (!f.text.isEmpty())
        parts << tr("matching “%1”").arg(f.text);
    if (m_scatter)
        parts << m_scatter->countText();
    if (m_bubble && !m_bubble->missingText().isEmpty())
        parts << m_bubble->missingText();
    if (m_chart || m_map) {
        if (const Indicator *i = m_dataset.indicator(m_chart ? m_chart->indicator() : m_map->indicator()))
            parts << DisplayText::unit(m_dataset, i->unit, lang);
    }
    if (m_gap) {
        if (const Indicator *i = m_dataset.indicator(m_gap->indicator()))
            parts << DisplayText::unit(m_dataset, i->unit, lang);
    }
    return parts.join(QStringLiteral(" · "));
}

QStringList SlideRenderer::sources() const
{
    QStringList lines;
    for (const QString &id : m_sourceIds) {
        const Source *s = m_dataset.source(id);
        QString line = DisplayText::source(m_dataset, id, m_view.language);
        if (s && !s->publisher.isEmpty())
            line = s->publisher + QLatin1String(": ") + line;
        if (s && !s->url.isEmpty())
            line += QLatin1Char(' ') + s->url;
        // Each source under its own licence: sources of different licences can share a slide.
        if (s && !s->licence.isEmpty())
            line += QStringLiteral(" (") + tr("Licence: %1").arg(s->licence) + QLatin1Char(')');
        lines << line;
    }
    if (m_map && !lines.isEmpty())
        lines << tr("Country shapes: Natural Earth, 1:110m (public domain), as packaged by world-atlas (ISC licence)");
    return lines;
}

QStringList SlideRenderer::licences() const
{
    QStringList out;
    for (const QString &id : m_sourceIds) {
        const Source *s = m_dataset.source(id);
        if (s && !s->licence.isEmpty())
            out << tr("%1: %2").arg(s->licence, s->title.text(m_view.language));
    }
    return out;
}

QString SlideRenderer::recipe() const
{
    QString id;
    if (m_chart)
        id = m_chart->indicator();
    else if (m_gap)
        id = m_gap->indicator();
    else if (m_map)
        id = m_map->indicator();
    const Indicator *i = m_dataset.indicator(id);
    if (!i || !DerivedIndicators::recipes().contains(id))
        return {};
    return tr("How it is computed: %1").arg(i->description.text(m_view.language));
}

QString SlideRenderer::producer() const
{
    return tr("GapScope %1 · dataset %2").arg(QStringLiteral(GAPSCOPE_VERSION), m_dataset.version);
}

QString SlideRenderer::footer() const
{
    const QStringList s = sources();
    return s.isEmpty() ? tr("Source: none for this selection")
                       : tr("Source: %1", nullptr, int(s.size())).arg(s.join(QLatin1String("; ")));
}

std::optional<NativeChart> SlideRenderer::nativeChart() const
{
    if (m_scatter)
        return NativeChart::of(m_dataset, *m_scatter, m_view.language);
    if (!m_chart)
        return std::nullopt;
    const auto series = IndicatorSeries::build(m_dataset, *m_index, m_chart->indicator(), m_query->rows(),
                                               m_view.filter.countries);
    // Figures of many models or clusters per country are points at their dates, not values per
    // year: such a chart goes in as the picture.
    for (const IndicatorSeries::Series &s : series) {
        if (s.pointsOnly)
            return std::nullopt;
    }
    return NativeChart::of(m_dataset, *m_chart, series, m_view.filter, m_view.language);
}

QStringList SlideRenderer::swotCountries() const
{
    return m_built->swotCountries();
}

QString SlideRenderer::emptyMessage() const
{
    return m_built->emptyMessage();
}

void SlideRenderer::layoutDocument(QPaintDevice *device, const QSizeF &size, PanelDocument::Mode mode)
{
    // Pictures and drawings are laid out on an image of the slide's own, kept: the pages of a
    // picture are painted on new images, and a layout is slow enough to be done once. A PDF's on
    // the PDF, whose font metrics are its own.
    if (!dynamic_cast<QPdfWriter *>(device)) {
        if (m_scratch.isNull())
            m_scratch = canvas(QSize(8, 8));
        device = &m_scratch;
    }
    if (m_laidOut.device == device && m_laidOut.size == size && m_laidOut.mode == mode)
        return;
    m_document->layout(device, size, tablePixels(), mode);
    m_laidOut = {device, size, mode};
}

void SlideRenderer::paintPanel(QPainter *painter, const QRectF &rect, int page, PanelDocument::Mode mode)
{
    const QString empty = emptyMessage();
    if (!empty.isEmpty()) {
        painter->setPen(m_theme.muted);
        painter->setFont(SlideText::font(int(m_theme.subtitleSize * m_factor)));
        painter->drawText(rect.adjusted(rect.width() * 0.1, 0, -rect.width() * 0.1, 0),
                          Qt::AlignCenter | Qt::TextWordWrap, empty);
        return;
    }
    if (m_chart) {
        SlideChartStyle::paint(m_chart->chart(), m_theme, m_factor, painter, rect);
        return;
    }
    if (m_gap && page > 0 && m_document) {
        // The pages after the chart's: the table of gaps.
        layoutDocument(painter->device(), rect.size(), mode);
        m_document->paint(painter, rect, page - 1);
        return;
    }
    if (m_gap) {
        // The chart over the method and the published estimates, as in the panel.
        const QFont body = SlideText::font(int(m_theme.bodySize * m_factor));
        const QStringList texts = m_gap->explanation();
        QPaintDevice *device = painter->device();
        const double line = QFontMetricsF(body, device).lineSpacing();
        double used = 0;
        for (const QString &text : texts)
            used += SlideText::drawWrapped(nullptr, device, text, body, QPointF(), rect.width(), 4);
        const double textTop = rect.bottom() - std::min(used, rect.height() / 3);
        SlideChartStyle::paint(m_gap->chart(), m_theme, m_factor, painter,
                               QRectF(rect.topLeft(), QPointF(rect.right(), textTop - line / 2)));
        painter->setPen(m_theme.muted);
        double y = textTop;
        for (const QString &text : texts) {
            const int room = int((rect.bottom() - y) / line + 0.01);
            if (room > 0)
                y += SlideText::drawWrapped(painter, device, text, body, {rect.left(), y}, rect.width(),
                                            std::min(4, room));
        }
        return;
    }
    if (m_scatter || m_bubble || m_map) {
        const PlotCanvas *canvas = m_scatter ? static_cast<PlotCanvas *>(m_scatter->canvas())
            : m_bubble                       ? static_cast<PlotCanvas *>(m_bubble->canvas())
                                             : m_map->canvas();
        canvas->paintPlot(painter, rect, {m_theme.background, m_theme.text, m_theme.muted},
                          SlideText::font(int(m_theme.bodySize * m_factor)));
        return;
    }
    if (m_document) {
        layoutDocument(painter->device(), rect.size(), mode);
        m_document->paint(painter, rect, page);
    }
}

SlideRenderer::Frame SlideRenderer::frame(QPainter *painter, QPaintDevice *device, int page, int pages,
                                          const QString &note)
{
    const QSizeF size = m_view.size;
    const double f = m_factor;
    const double margin = 56 * f;
    const double width = size.width() - 2 * margin;
    Frame out;

    // Title and subtitle.
    if (painter)
        painter->setPen(m_theme.text);
    double y = margin * 0.8;
    y += SlideText::drawWrapped(painter, device, title(), SlideText::font(int(m_theme.titleSize * f), true), {margin, y}, width, 2);
    if (painter)
        painter->setPen(m_theme.muted);
    y += 4 * f;
    y += SlideText::drawWrapped(painter, device, subtitle(), SlideText::font(int(m_theme.subtitleSize * f)), {margin, y}, width, 2);
    out.header = QRectF(margin, margin * 0.8, width, y - margin * 0.8);
    y += 20 * f;

    // Footer from the bottom up: sources, then who made the picture (and the page, if several).
    const QFont footerFont = SlideText::font(m_document ? std::max(int(m_theme.footerSize * f), readablePixels(8))
                                                        : int(m_theme.footerSize * f));
    const QFontMetricsF fm(footerFont, device);
    const int sourceLines = 3;
    const double footerHeight = fm.lineSpacing() * (sourceLines + 1) + 12 * f;
    const double footerTop = size.height() - margin * 0.6 - footerHeight;
    out.footer = QRectF(margin, footerTop, width, footerHeight);
    out.panel = QRectF(margin, y, width, footerTop - 16 * f - y);
    if (!painter)
        return out;
    painter->setPen(QPen(m_theme.grid, std::max(1.0, f)));
    painter->drawLine(QPointF(margin, footerTop), QPointF(size.width() - margin, footerTop));
    painter->setPen(m_theme.muted);
    const double used = SlideText::drawWrapped(painter, device, footer(), footerFont, {margin, footerTop + 8 * f}, width,
                                    sourceLines);
    const QPointF last(margin, footerTop + 8 * f + used);
    SlideText::drawWrapped(painter, device, producer(), footerFont, last, width, 1);
    if (pages > 1 || !note.isEmpty()) {
        painter->setFont(footerFont);
        painter->drawText(QRectF(last, QSizeF(width, fm.lineSpacing())), Qt::AlignRight | Qt::AlignTop,
                          pages > 1 ? tr("Page %1 of %2").arg(page + 1).arg(pages) : note);
    }
    return out;
}

int SlideRenderer::pageCount(QPaintDevice *device)
{
    if (!m_document || !m_paginated)
        return 1;
    if (!device) {
        if (m_scratch.isNull())
            m_scratch = canvas(QSize(8, 8));
        device = &m_scratch;
    }
    layoutDocument(device, frame(nullptr, device, 0, 1).panel.size(), PanelDocument::Mode::Paginate);
    // The Gap panel's chart has a page of its own before its table's.
    return std::max(1, m_document->pageCount()) + (m_gap ? 1 : 0);
}

QString SlideRenderer::rowsShown(QPaintDevice *device)
{
    if (m_paginated || !m_document || m_gap || !emptyMessage().isEmpty())
        return {};
    // One picture of a table too long for it even in the smallest type: its first rows.
    if (!device) {
        if (m_scratch.isNull())
            m_scratch = canvas(QSize(8, 8));
        device = &m_scratch;
    }
    layoutDocument(device, frame(nullptr, device, 0, 1).panel.size(), PanelDocument::Mode::FitOnePage);
    if (m_document->pageCount() <= 1)
        return {};
    const QLocale locale(m_view.language == Language::Korean ? QLocale::Korean : QLocale::English);
    return tr("Rows 1–%1 of %2").arg(locale.toString(m_document->rowsOnFirstPage()), locale.toString(m_document->rowCount()));
}

int SlideRenderer::readablePixels(double points) const
{
    return qCeil(points * m_view.dpi / 72.0);
}

int SlideRenderer::tablePixels() const
{
    return std::max(int(m_theme.bodySize * m_factor), readablePixels(12));
}

void SlideRenderer::paint(QPainter *painter, int page)
{
    painter->fillRect(QRectF(QPointF(0, 0), QSizeF(m_view.size)), m_theme.background);
    const PanelDocument::Mode mode = m_paginated ? PanelDocument::Mode::Paginate : PanelDocument::Mode::FitOnePage;
    const int pages = m_paginated ? pageCount(painter->device()) : 1;
    m_frame = frame(painter, painter->device(), page, pages, rowsShown(painter->device()));
    paintPanel(painter, m_frame.panel, page, mode);
}

QList<PanelDocument::Item> SlideRenderer::documentItems() const
{
    QList<PanelDocument::Item> items = m_document ? m_document->items() : QList<PanelDocument::Item>();
    for (PanelDocument::Item &item : items) {
        item.rect.translate(m_frame.panel.topLeft());
        item.page += m_gap ? 1 : 0;
    }
    return items;
}

int SlideRenderer::bodyPixels() const
{
    return m_document && m_document->bodyPixels() ? m_document->bodyPixels() : int(m_theme.bodySize * m_factor);
}

QImage SlideRenderer::canvas(const QSize &size) const
{
    const int scale = std::clamp(m_view.scale, 1, 3);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    const int dotsPerMeter = qRound(m_view.dpi * scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(m_theme.background);
    return image;
}

QImage SlideRenderer::image(int page)
{
    QImage image = canvas(m_view.size);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        paint(&painter, page);
    }
    image.setText(QStringLiteral("Title"), title());
    image.setText(QStringLiteral("Description"), subtitle());
    image.setText(QStringLiteral("Source"), sources().join(QLatin1Char('\n')));
    image.setText(QStringLiteral("Copyright"), licences().join(QLatin1String("; ")));
    image.setText(QStringLiteral("Software"), producer());
    if (const QString how = recipe(); !how.isEmpty())
        image.setText(QStringLiteral("Comment"), how);
    return image;
}

QImage SlideRenderer::panelImage(const QSize &size, int scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(m_theme.background);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paintPanel(&painter, QRectF(QPointF(0, 0), size), 0, PanelDocument::Mode::FitOnePage);
    return image;
}

} // namespace gapscope
