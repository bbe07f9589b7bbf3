#include "MapCanvas.h"

#include "format/DisplayText.h"
#include "format/ValueFormatter.h"

#include <QKeyEvent>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace gapscope {

MapCanvas::MapCanvas(const Dataset &dataset, QWidget *parent)
    : PlotCanvas(dataset, parent), m_world(WorldShapes::bundled(dataset))
{
    setFocusPolicy(Qt::StrongFocus);
}

void MapCanvas::showMap(const MapChoropleth *map, int year, const Filter &filter, const QString &selected,
                        Language lang)
{
    m_map = map;
    m_year = year;
    m_filter = filter;
    m_selected = selected;
    m_language = lang;
    update();
}

QColor MapCanvas::fillOf(int index) const
{
    const MapShape &shape = m_world->shapes().at(index);
    if (shape.country.isEmpty())
        return MapScale::noData(); // no ISO code: never a country of the data
    if (!m_filter.acceptsCountry(shape.country))
        return MapScale::outsideFilter();
    return m_map ? m_map->colour(shape.country, m_year) : MapScale::noData();
}

double MapCanvas::legendHeight(const QFont &font) const
{
    const QFontMetricsF fm(font);
    return fm.lineSpacing() * 3.2;
}

QTransform MapCanvas::mapTransform(const QRectF &rect, double legendHeight) const
{
    const QRectF bounds = m_world ? m_world->bounds() : QRectF(-1, -1, 2, 2);
    const QRectF area = rect.adjusted(4, 4, -4, -4 - legendHeight);
    const double scale = std::max(1e-6, std::min(area.width() / bounds.width(), area.height() / bounds.height()));
    const QPointF offset = area.center() - bounds.center() * scale;
    return QTransform(scale, 0, 0, scale, offset.x(), offset.y());
}

void MapCanvas::paintPlot(QPainter *painter, const QRectF &rect, const Colours &colours, const QFont &font) const
{
    paintMapIn(painter, rect, colours, font, QTransform());
}

void MapCanvas::paintMapIn(QPainter *painter, const QRectF &rect, const Colours &colours, const QFont &font,
                           const QTransform &view) const
{
    m_labels.clear();
    if (!m_world)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QTransform transform = mapTransform(rect, legendHeight(font)) * view;
    m_lastTransform = transform;
    if (!view.isIdentity())
        painter->setClipRect(rect.adjusted(0, 0, 0, -legendHeight(font)), Qt::IntersectClip); // off the legend
    // The sphere's outline, then the countries with thin borders in the background's colour.
    const QPolygonF sphere = transform.map(WorldShapes::outline());
    painter->setPen(QPen(colours.muted, 0.8));
    painter->setBrush(Qt::NoBrush);
    painter->drawPolygon(sphere);
    QPainterPath clip;
    clip.addPolygon(sphere);
    painter->setClipPath(clip, Qt::IntersectClip);
    const double border = std::max(0.4, transform.m11() * 0.004);
    int selected = -1;
    for (int i = 0; i < m_world->paths().size(); ++i) {
        if (!m_selected.isEmpty() && m_world->shapes().at(i).country == m_selected)
            selected = i;
        painter->setPen(QPen(colours.background, border));
        painter->setBrush(fillOf(i));
        painter->drawPath(transform.map(m_world->paths().at(i)));
    }
    if (selected >= 0) {
        painter->setPen(QPen(colours.text, std::max(1.5, border * 4)));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(transform.map(m_world->paths().at(selected)));
    }
    painter->restore();
    const double h = legendHeight(font);
    paintLegend(painter, QRectF(rect.left() + 8, rect.bottom() - h, rect.width() - 16, h), colours, font);
}

void MapCanvas::paintLegend(QPainter *painter, const QRectF &rect, const Colours &colours, const QFont &font) const
{
    painter->save();
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const double line = fm.lineSpacing();
    const double swatchHeight = line * 0.8;
    const double top = rect.top() + line * 1.1;
    double x = rect.left();

    // The unit, then the classes as one bar with their bounds under it.
    const Indicator *indicator = m_map ? m_dataset.indicator(m_map->indicator()) : nullptr;
    if (m_map && indicator && !m_map->isEmpty()) {
        const MapScale &scale = m_map->scale();
        QString unit = DisplayText::unit(m_dataset, indicator->unit, m_language);
        if (scale.isLog())
            unit = tr("%1 (classes by powers of ten)").arg(unit);
        painter->setPen(colours.text);
        painter->drawText(QPointF(x, rect.top() + fm.ascent()), unit);
        m_labels << unit;
        QStringList bounds;
        double widest = 0;
        for (double b : scale.bounds()) {
            bounds << ValueFormatter::number(b, m_language);
            widest = std::max(widest, fm.horizontalAdvance(bounds.constLast()));
        }
        // Each bound written under its tick, centred, the first and last inside the legend.
        const double available = rect.width() * 0.62;
        const double swatch =
            std::max(widest + line * 0.6, std::min(line * 4, available / std::max(1, scale.classCount())));
        x += widest / 2;
        for (int c = 0; c < scale.classCount(); ++c) {
            painter->fillRect(QRectF(x + c * swatch, top, swatch, swatchHeight), scale.colour(c));
        }
        painter->setPen(colours.muted);
        for (int b = 0; b < bounds.size(); ++b) {
            const double bx = x + b * swatch;
            painter->drawLine(QPointF(bx, top), QPointF(bx, top + swatchHeight + line * 0.2));
            const double w = fm.horizontalAdvance(bounds.at(b));
            painter->setPen(colours.text);
            painter->drawText(QPointF(bx - w / 2, top + swatchHeight + line * 0.2 + fm.ascent()), bounds.at(b));
            painter->setPen(colours.muted);
        }
        m_labels << bounds;
        x += scale.classCount() * swatch + widest / 2 + line;
    }
    // The keys to the greys.
    QList<std::pair<QColor, QString>> keys{{MapScale::noData(), tr("No data")}};
    if (!m_filter.countries.isEmpty())
        keys.append({MapScale::outsideFilter(), tr("Not in the filter")});
    for (const auto &[colour, text] : keys) {
        painter->setPen(colours.muted);
        painter->setBrush(colour);
        painter->drawRect(QRectF(x, top, line * 1.2, swatchHeight));
        painter->setPen(colours.text);
        painter->drawText(QPointF(x + line * 1.6, top + fm.ascent() * 0.85), text);
        m_labels << text;
        x += line * 2.4 + fm.horizontalAdvance(text);
    }
    painter->restore();
}

QString MapCanvas::describe(int index) const
{
    if (!m_world || index < 0 || index >= m_world->shapes().size())
        return {};
    const MapShape &shape = m_world->shapes().at(index);
    if (shape.country.isEmpty()) {
        // A territory without an ISO code: named as the dataset names it, where it does.
        for (const Country &c : m_dataset.countries) {
            if (c.name.en == shape.name)
                return tr("%1: not a country of the data").arg(c.name.text(m_language));
        }
        return tr("%1: not a country of the data").arg(shape.name);
    }
    const QString name = DisplayText::country(m_dataset, shape.country, m_language);
    if (!m_filter.acceptsCountry(shape.country))
        return tr("%1: not in the filter").arg(name);
    const auto value = m_map ? m_map->value(shape.country, m_year) : std::nullopt;
    if (!value)
        return tr("%1: no data for %2").arg(name).arg(m_year);
    const Observation &o = m_dataset.observations.at(value->row);
    const Indicator *indicator = m_dataset.indicator(o.indicator);
    const Unit *unit = indicator ? m_dataset.unit(indicator->unit) : nullptr;
    return tr("%1, %2: %3\nSource: %4")
        .arg(name, DisplayText::period(o.year, o.month, m_language),
             ValueFormatter::withUnit(o.value, unit, m_language), DisplayText::source(m_dataset, o.source, m_language));
}

QTransform MapCanvas::widgetTransform() const
{
    return mapTransform(QRectF(rect()), legendHeight(font())) * m_view;
}

QPointF MapCanvas::widgetPoint(const QPointF &lonLat) const
{
    return widgetTransform().map(WorldShapes::project(lonLat));
}

int MapCanvas::shapeAt(const QPointF &pos) const
{
    if (!m_world || pos.y() > height() - legendHeight(font()))
        return -1;
    return m_world->shapeAt(widgetTransform().inverted().map(pos));
}

void MapCanvas::zoomAt(const QPointF &pos, double factor)
{
    const double zoom = std::clamp(this->zoom() * factor, 1.0, maxZoom);
    if (zoom == this->zoom())
        return;
    if (zoom == 1.0) {
        resetZoom();
        return;
    }
    factor = zoom / this->zoom();
    m_view = m_view * QTransform::fromTranslate(-pos.x(), -pos.y()) * QTransform::fromScale(factor, factor)
        * QTransform::fromTranslate(pos.x(), pos.y());
    update();
    emit zoomChanged(zoom);
}

void MapCanvas::panBy(const QPointF &delta)
{
    if (zoom() <= 1.0)
        return; // the whole world stays in place
    m_view = m_view * QTransform::fromTranslate(delta.x(), delta.y());
    update();
}

void MapCanvas::resetZoom()
{
    if (m_view.isIdentity())
        return;
    m_view.reset();
    update();
    emit zoomChanged(1.0);
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    paintMapIn(&painter, QRectF(rect()), windowColours(), font(), m_view);
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = event->position();
        m_dragging = false;
    }
    QWidget::mousePressEvent(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && zoom() > 1.0) {
        const QPointF delta = event->position() - m_pressed;
        if (m_dragging || delta.manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
            panBy(delta);
            m_pressed = event->position();
            return;
        }
    }
    PlotCanvas::mouseMoveEvent(event);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false; // a drag is not a click
        unsetCursor();
        return;
    }
    PlotCanvas::mouseReleaseEvent(event);
}

QString MapCanvas::hoverAt(const QPointF &pos)
{
    return describe(shapeAt(pos));
}

void MapCanvas::clickAt(const QPointF &pos)
{
    const int index = shapeAt(pos);
    if (index >= 0 && !m_world->shapes().at(index).country.isEmpty())
        emit countryClicked(m_world->shapes().at(index).country);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        zoomAt(event->position(), 2);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    // One notch (120) enlarges by a fifth.
    zoomAt(event->position(), std::pow(1.2, event->angleDelta().y() / 120.0));
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre = QRectF(rect()).adjusted(0, 0, 0, -legendHeight(font())).center();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(centre, 1.5);
        break;
    case Qt::Key_Minus:
        zoomAt(centre, 1 / 1.5);
        break;
    case Qt::Key_0:
        resetZoom();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace gapscope
