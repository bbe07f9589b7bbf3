#include "ScatterCanvas.h"

#include "CountryColors.h"
#include "LabelPlacer.h"
#include "ScatterPicture.h"
#include "format/DisplayText.h"
#include "format/ValueFormatter.h"

#include <QHash>
#include <QPainter>
#include <QMutexLocker>
#include <QPainterPath>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gapscope {

namespace {

constexpr int labelCount = 5; // the largest models labelled besides the selected one
constexpr size_t manyPoints = 20000; // from as many, painted without antialiasing on a painter

} // namespace

ScatterCanvas::ScatterCanvas(const Dataset &dataset, QWidget *parent)
    : PlotCanvas(dataset, parent), m_delivery(std::make_shared<Delivery>())
{
}

ScatterCanvas::~ScatterCanvas()
{
    // A picture still being drawn is no longer delivered (one posted already goes with the widget).
    QMutexLocker lock(&m_delivery->mutex);
    m_delivery->closed = true;
}

void ScatterCanvas::setBackgroundFrom(size_t points)
{
    m_backgroundFrom = points;
}

void ScatterCanvas::showScatter(const ModelScatter *scatter, bool log, bool frontier, Language lang)
{
    m_scatter = scatter;
    m_log = log;
    m_frontier = frontier;
    m_language = lang;
    m_order.clear();
    m_countryOf.clear();
    m_largest.clear();
    if (m_scatter) {
        // The countries with the most models first, so that the others' points stay visible on top.
        const std::vector<ModelScatter::Point> &points = m_scatter->points();
        QHash<QString, int> countries;
        for (const QString &c : m_scatter->countries())
            countries.insert(c, int(countries.size()));
        std::vector<int> counts(size_t(countries.size()) + 1);
        m_countryOf.resize(points.size());
        for (size_t i = 0; i < points.size(); ++i) {
            m_countryOf[i] = countries.value(points[i].country, int(countries.size()));
            ++counts[size_t(m_countryOf[i])];
        }
        m_order.resize(points.size());
        std::iota(m_order.begin(), m_order.end(), 0);
        std::stable_sort(m_order.begin(), m_order.end(), [this, &counts](int a, int b) {
            return counts[size_t(m_countryOf[size_t(a)])] > counts[size_t(m_countryOf[size_t(b)])];
        });
        m_largest = m_scatter->largest(labelCount);
    }
    m_selectedPoint = m_scatter && !m_selected.isEmpty() ? m_scatter->pointOf(m_dataset, m_selected) : -1;
    m_hovered = -1;
    m_layerKey.reset();
    ++m_generation; // to be drawn
    m_widgetPointsFor.reset();
    update();
}

void ScatterCanvas::setSelected(const QString &id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    m_selectedPoint = m_scatter && !m_selected.isEmpty() ? m_scatter->pointOf(m_dataset, m_selected) : -1;
    update();
}

QString ScatterCanvas::measureTitle(ModelScatter::Measure measure)
{
    switch (measure) {
    case ModelScatter::Measure::TrainingCompute:
        return tr("Training compute (FLOP)");
    case ModelScatter::Measure::Parameters:
        return tr("Parameters");
    case ModelScatter::Measure::TrainingCost:
        return tr("Training cost (2023 US dollars)");
    }
    return {};
}

QString ScatterCanvas::valueText(double value) const
{
    const auto measure = m_scatter ? m_scatter->options().measure : ModelScatter::Measure::TrainingCompute;
    switch (measure) {
    case ModelScatter::Measure::TrainingCompute:
        return ValueFormatter::withUnit(value, m_dataset.unit(QStringLiteral("FLOP")), m_language);
    case ModelScatter::Measure::Parameters:
        return ValueFormatter::number(value, m_language);
    case ModelScatter::Measure::TrainingCost:
        return tr("US$%1 (2023 dollars)").arg(ValueFormatter::number(value, m_language));
    }
    return {};
}

QColor ScatterCanvas::colourOf(const QString &country) const
{
    return country.isEmpty() ? QColor(0x99, 0x99, 0x99) : CountryColors::color(m_dataset, country);
}

PlotFrame ScatterCanvas::frame(const QRectF &rect, const QFont &font) const
{
    const double line = QFontMetricsF(font).lineSpacing();
    PlotFrame f;
    if (m_scatter && !m_scatter->isEmpty()) {
        f.yAxis = PlotFrame::valueAxis(m_scatter->y(), m_log, int(rect.height() / (line * 3)), m_language);
        f.xAxis = PlotFrame::yearAxis(m_scatter->x().min, m_scatter->x().max);
    }
    f.layout(rect, font, line * 2); // the key under the years
    return f;
}

double ScatterCanvas::radius(const QFont &font)
{
    return std::max(2.5, QFontMetricsF(font).height() * 0.2);
}

QRectF ScatterCanvas::pointsClip(const PlotFrame &f, double radius)
{
    return f.plot.adjusted(-radius * 2, -radius * 2, radius * 2, radius * 2);
}

QRectF ScatterCanvas::keyRect(const QRectF &rect, const QFont &font)
{
    const double line = QFontMetricsF(font).lineSpacing();
    return {rect.left() + line * 0.5, rect.bottom() - line * 2.2, rect.width() - line, line * 2.2};
}

QString ScatterCanvas::axisTitleText() const
{
    const QString title = measureTitle(m_scatter->options().measure);
    return m_log ? tr("%1, logarithmic scale").arg(title) : title;
}

void ScatterCanvas::paintPlot(QPainter *painter, const QRectF &rect, const Colours &colours, const QFont &font) const
{
    m_labels.clear();
    m_labelBoxes.clear();
    m_axisTitle.clear();
    if (!m_scatter)
        return;
    const PlotFrame f = frame(rect, font);
    m_lastFrame = f;
    m_axisTitle = axisTitleText();
    f.paint(painter, colours, font, m_axisTitle, QString());
    paintFrontier(painter, f);
    paintPoints(painter, f, radius(font));
    ScatterPicture::paintKey(painter, keyRect(rect, font), keyEntries(colours), colours, font);
    paintOver(painter, f, colours, font);
}

std::vector<std::vector<QPointF>> ScatterCanvas::frontierPoints() const
{
    // Each country's points, in one pass over them all.
    std::vector<std::vector<QPointF>> own(size_t(m_scatter->countries().size()) + 1);
    const std::vector<ModelScatter::Point> &points = m_scatter->points();
    for (size_t i = 0; i < points.size(); ++i)
        own[size_t(m_countryOf[i])].emplace_back(points[i].x, points[i].y);
    own.pop_back(); // the models of no country have no frontier
    return own;
}

std::vector<QColor> ScatterCanvas::frontierColours() const
{
    std::vector<QColor> colours;
    for (const QString &country : m_scatter->countries())
        colours.push_back(colourOf(country));
    return colours;
}

void ScatterCanvas::paintFrontier(QPainter *painter, const PlotFrame &f) const
{
    if (m_frontier)
        ScatterPicture::paintFrontiers(painter, f, frontierPoints(), frontierColours(),
                                       m_scatter->points().size() < manyPoints);
}

void ScatterCanvas::paintPoints(QPainter *painter, const PlotFrame &f, double radius) const
{
    const std::vector<ModelScatter::Point> &points = m_scatter->points();
    painter->save();
    painter->setClipRect(pointsClip(f, radius));
    // Many points: no antialiasing, so that a hundred thousand stay quick.
    painter->setRenderHint(QPainter::Antialiasing, points.size() < manyPoints);
    for (int i : m_order) {
        const ModelScatter::Point &p = points[size_t(i)];
        if (!f.drawable(p.x, p.y))
            continue;
        ScatterPicture::setPointStyle(painter, colourOf(p.country), p.openWeights, ScatterPicture::pointPen);
        ScatterPicture::drawShape(painter, f.map(p.x, p.y), radius, p.openWeights);
    }
    painter->restore();
}

ScatterPicture::Plan ScatterCanvas::picturePlan(const Colours &colours) const
{
    ScatterPicture::Plan plan;
    const LayerKey &key = *m_layerKey;
    plan.ratio = key.ratio;
    plan.pixels = (QSizeF(key.size) * key.ratio).toSize();
    plan.frame = m_layerFrame;
    plan.colours = colours;
    plan.font = key.font;
    plan.axisTitle = axisTitleText();
    plan.keyRect = keyRect(QRectF(QPointF(), QSizeF(key.size)), key.font);
    plan.key = keyEntries(colours);
    plan.radius = radius(key.font);
    const QRectF clip = pointsClip(m_layerFrame, plan.radius);
    plan.clip = QRectF(clip.topLeft() * key.ratio, clip.size() * key.ratio).toAlignedRect();
    // A mark for each country and shape, the points in drawing order.
    std::vector<int> marks(size_t(m_scatter->countries().size() + 1) * 3, -1);
    const std::vector<ModelScatter::Point> &points = m_scatter->points();
    const std::vector<QPointF> &at = widgetPoints();
    plan.stamps.reserve(points.size());
    for (int i : m_order) {
        const QPointF &point = at[size_t(i)];
        if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
            continue;
        const ModelScatter::Point &p = points[size_t(i)];
        const int shape = !p.openWeights ? 2 : *p.openWeights ? 0 : 1;
        int &mark = marks[size_t(m_countryOf[size_t(i)]) * 3 + size_t(shape)];
        if (mark < 0) {
            mark = int(plan.marks.size());
            plan.marks.push_back({colourOf(p.country), p.openWeights});
        }
        plan.stamps.push_back({mark, point * key.ratio});
    }
    if (m_frontier) {
        plan.frontiers = frontierPoints();
        plan.frontierColours = frontierColours();
        plan.antialiasFrontiers = points.size() < manyPoints;
    }
    return plan;
}

void ScatterCanvas::drawPicture(const Colours &colours)
{
    m_drawing = true;
    const quint64 generation = m_generation;
    ScatterPicture::Plan plan = picturePlan(colours);
    if (m_scatter->points().size() < m_backgroundFrom) {
        m_layer = ScatterPicture::draw(std::move(plan));
        m_pictureGeneration = generation;
        ++m_layerPaints;
        m_drawing = false;
        return;
    }
    // Drawn by a worker: the window shows the previous picture meanwhile, and this one when it comes.
    QThreadPool::globalInstance()->start([delivery = m_delivery, plan = std::move(plan), generation, to = this]() mutable {
        QImage picture = ScatterPicture::draw(std::move(plan));
        QMutexLocker lock(&delivery->mutex);
        if (!delivery->closed) {
            QMetaObject::invokeMethod(
                to, [to, picture = std::move(picture), generation]() mutable { to->receivePicture(std::move(picture), generation); },
                Qt::QueuedConnection);
        }
    });
}

void ScatterCanvas::receivePicture(QImage picture, quint64 generation)
{
    m_drawing = false;
    if (generation == m_generation) {
        m_layer = std::move(picture);
        m_pictureGeneration = generation;
        ++m_layerPaints;
    }
    update(); // this picture, or the present one to draw
}

void ScatterCanvas::paintOver(QPainter *painter, const PlotFrame &f, const Colours &colours, const QFont &font) const
{
    painter->save();
    painter->setFont(font);
    painter->setRenderHint(QPainter::Antialiasing);
    const double r = radius(font);
    const std::vector<ModelScatter::Point> &points = m_scatter->points();
    if (m_selectedPoint >= 0) {
        const ModelScatter::Point &p = points.at(size_t(m_selectedPoint));
        if (f.drawable(p.x, p.y)) {
            painter->setClipRect(pointsClip(f, r));
            painter->setPen(QPen(colours.text, 2));
            painter->setBrush(colourOf(p.country));
            ScatterPicture::drawShape(painter, f.map(p.x, p.y), r * 1.6, p.openWeights);
            painter->setClipping(false);
        }
    }
    // The labels: the selected model's, then the largest models'.
    QList<int> candidates;
    if (m_selectedPoint >= 0)
        candidates << m_selectedPoint;
    for (int i : m_largest) {
        if (i != m_selectedPoint)
            candidates << i;
    }
    m_labels.clear();
    LabelPlacer labels(f.plot);
    for (int i : std::as_const(candidates)) {
        const ModelScatter::Point &p = points.at(size_t(i));
        if (!f.drawable(p.x, p.y))
            continue;
        const QString text = m_dataset.models.at(p.model).name.text(m_language);
        if (labels.draw(painter, f.map(p.x, p.y), text, r * 1.8, colours.background, colours.text))
            m_labels << text;
    }
    m_labelBoxes = labels.boxes();
    for (const ScatterPicture::KeyEntry &entry : keyEntries(colours))
        m_labels << entry.text;
    painter->restore();
}

QList<ScatterPicture::KeyEntry> ScatterCanvas::keyEntries(const Colours &colours) const
{
    QList<ScatterPicture::KeyEntry> entries;
    const QStringList &countries = m_scatter->countries();
    constexpr int shown = 8;
    for (int i = 0; i < std::min(shown, int(countries.size())); ++i) {
        const QString &c = countries.at(i);
        entries.append(
            {colourOf(c), true, c.isEmpty() ? tr("No country") : DisplayText::country(m_dataset, c, m_language)});
    }
    if (countries.size() > shown)
        entries.append({colours.muted, true, tr("%n other countries", nullptr, int(countries.size()) - shown)});
    entries.append({colours.muted, true, tr("Open weights")});
    entries.append({colours.muted, false, tr("Closed weights")});
    entries.append({colours.muted, std::nullopt, tr("Not stated")});
    return entries;
}

QString ScatterCanvas::describe(int index) const
{
    if (!m_scatter || index < 0 || index >= int(m_scatter->points().size()))
        return {};
    const ModelScatter::Point &p = m_scatter->points().at(size_t(index));
    const AiModel &m = m_dataset.models.at(p.model);
    const QStringList organisations = m.organisations.isEmpty() ? QStringList{m.developer} : m.organisations;
    return tr("%1 (%2), %3\n%4: %5\nSource: %6")
        .arg(m.name.text(m_language), DisplayText::actors(m_dataset, organisations, m_language),
             DisplayText::date(m.published.isEmpty() ? m.released : m.published, m_language),
             measureTitle(m_scatter->options().measure), valueText(p.y),
             DisplayText::source(m_dataset, m.epochSource.isEmpty() ? m.source : m.epochSource, m_language));
}

QPointF ScatterCanvas::pointIn(const PlotFrame &f, int index) const
{
    if (!m_scatter || index < 0 || index >= int(m_scatter->points().size()))
        return {};
    const ModelScatter::Point &p = m_scatter->points().at(size_t(index));
    return f.map(p.x, p.y);
}

QPointF ScatterCanvas::widgetPoint(int index) const { return pointIn(frame(QRectF(rect()), font()), index); }
QPointF ScatterCanvas::paintedPoint(int index) const { return pointIn(m_lastFrame, index); }

const std::vector<QPointF> &ScatterCanvas::widgetPoints() const
{
    const std::pair<QSize, QFont> now{size(), font()};
    if (m_widgetPointsFor != now) {
        m_widgetPoints.clear();
        if (m_scatter) {
            const PlotFrame f = frame(QRectF(rect()), font());
            const std::vector<ModelScatter::Point> &points = m_scatter->points();
            m_widgetPoints.resize(points.size());
            for (size_t i = 0; i < points.size(); ++i) {
                const ModelScatter::Point &p = points[i];
                m_widgetPoints[i] = f.drawable(p.x, p.y) ? f.map(p.x, p.y) : QPointF(qQNaN(), qQNaN());
            }
        }
        m_widgetPointsFor = now;
    }
    return m_widgetPoints;
}

int ScatterCanvas::pointAt(const QPointF &pos) const
{
    if (!m_scatter)
        return -1;
    const std::vector<QPointF> &at = widgetPoints();
    const double reach = std::max(4.0, QFontMetricsF(font()).height() * 0.4);
    // Of points as near, the one drawn last: on top.
    int best = -1;
    double bestDistance = reach * reach;
    for (int i : m_order) {
        const QPointF d = at[size_t(i)] - pos;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance) { // false for NaN: a point that cannot be drawn
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

QString ScatterCanvas::hoverAt(const QPointF &pos)
{
    const int index = pointAt(pos);
    if (index != m_hovered) {
        m_hovered = index;
        update();
    }
    return describe(index);
}

void ScatterCanvas::leaveEvent(QEvent *event)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        update();
    }
    PlotCanvas::leaveEvent(event);
}

void ScatterCanvas::clickAt(const QPointF &pos)
{
    const int index = pointAt(pos);
    if (index >= 0)
        emit modelClicked(m_dataset.models.at(m_scatter->points().at(size_t(index)).model).id);
}

void ScatterCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const Colours colours = windowColours();
    m_labels.clear();
    m_labelBoxes.clear();
    m_axisTitle.clear();
    if (!m_scatter) {
        painter.fillRect(rect(), colours.background);
        return;
    }
    const LayerKey key{size(), devicePixelRatioF(), font(), colours.background, colours.text, colours.muted};
    if (m_layerKey != key) {
        m_layerKey = key;
        m_layerFrame = frame(QRectF(rect()), key.font);
        ++m_generation;
    }
    if (m_pictureGeneration != m_generation && !m_drawing)
        drawPicture(colours);
    if (m_pictureGeneration != m_generation) {
        // While the worker draws: the previous picture, or the background.
        if (m_layer.isNull())
            painter.fillRect(rect(), colours.background);
        else
            painter.drawImage(QRectF(rect()), m_layer);
        return;
    }
    painter.drawImage(QPointF(), m_layer);
    m_lastFrame = m_layerFrame;
    m_axisTitle = axisTitleText();
    paintOver(&painter, m_layerFrame, colours, font());
    // The point under the mouse ringed.
    const QPointF at = m_hovered >= 0 ? widgetPoints().at(size_t(m_hovered)) : QPointF(qQNaN(), qQNaN());
    if (std::isfinite(at.x()) && std::isfinite(at.y())) {
        const double r = radius(font()) * 2.2;
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(colours.text, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, r, r);
    }
}

} // namespace gapscope
