#include "ScatterCanvas.h"

#include "CountryColors.h"
#include "LabelPlacer.h"
#include "format/DisplayText.h"
#include "format/ValueFormatter.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace gapscope {

namespace {

constexpr int labelCount = 5; // the largest models labelled besides the selected one

void drawShape(QPainter *painter, const QPointF &at, double r, const std::optional<bool> &open)
{
    if (open && *open) {
        painter->drawEllipse(at, r, r);
    } else if (open) {
        painter->drawRect(QRectF(at.x() - r * 0.9, at.y() - r * 0.9, r * 1.8, r * 1.8));
    } else {
        const QPointF diamond[] = {at + QPointF(0, -r * 1.2), at + QPointF(r * 1.2, 0), at + QPointF(0, r * 1.2),
                                   at + QPointF(-r * 1.2, 0)};
        painter->drawPolygon(diamond, 4);
    }
}

} // namespace

ScatterCanvas::ScatterCanvas(const Dataset &dataset, QWidget *parent) : PlotCanvas(dataset, parent) { }

void ScatterCanvas::showScatter(const ModelScatter *scatter, const QString &selected, bool log, bool frontier,
                                Language lang)
{
    m_scatter = scatter;
    m_selected = selected;
    m_log = log;
    m_frontier = frontier;
    m_language = lang;
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

void ScatterCanvas::paintPlot(QPainter *painter, const QRectF &rect, const Colours &colours, const QFont &font) const
{
    m_labels.clear();
    m_labelBoxes.clear();
    m_axisTitle.clear();
    if (!m_scatter)
        return;
    const PlotFrame f = frame(rect, font);
    m_lastFrame = f;
    m_axisTitle = measureTitle(m_scatter->options().measure);
    if (m_log)
        m_axisTitle = tr("%1, logarithmic scale").arg(m_axisTitle);
    f.paint(painter, colours, font, m_axisTitle, QString());
    painter->save();
    painter->setFont(font);
    const double radius = std::max(2.5, QFontMetricsF(font).height() * 0.2);
    painter->setClipRect(f.plot.adjusted(-radius * 2, -radius * 2, radius * 2, radius * 2));
    paintPoints(painter, f, colours, radius);
    painter->setClipping(false);
    paintLabels(painter, f, colours, radius);
    const double line = QFontMetricsF(font).lineSpacing();
    paintKey(painter, QRectF(rect.left() + line * 0.5, rect.bottom() - line * 2.2, rect.width() - line, line * 2.2),
             colours, font);
    painter->restore();
}

void ScatterCanvas::paintPoints(QPainter *painter, const PlotFrame &f, const Colours &colours, double radius) const
{
    const std::vector<ModelScatter::Point> &points = m_scatter->points();
    // Many points: no antialiasing, so that a hundred thousand stay quick.
    painter->setRenderHint(QPainter::Antialiasing, points.size() < 20000);
    if (m_frontier) {
        for (const QString &country : m_scatter->countries()) {
            QPolygonF steps;
            for (const QPointF &c : m_scatter->frontier(country)) {
                if (!f.drawable(c.x(), c.y()))
                    continue;
                const QPointF at = f.map(c.x(), c.y());
                if (!steps.isEmpty())
                    steps << QPointF(at.x(), steps.constLast().y());
                steps << at;
            }
            if (!steps.isEmpty())
                steps << QPointF(f.plot.right(), steps.constLast().y());
            painter->setPen(QPen(colourOf(country), 1.6));
            painter->drawPolyline(steps);
        }
    }
    // The countries with the most models first, so that the others' points stay visible on top.
    QHash<QString, int> counts;
    for (const ModelScatter::Point &p : points)
        ++counts[p.country];
    std::vector<int> order(points.size());
    std::vector<int> many(points.size());
    for (int i = 0; i < int(order.size()); ++i) {
        order[size_t(i)] = i;
        many[size_t(i)] = counts.value(points[size_t(i)].country);
    }
    std::stable_sort(order.begin(), order.end(), [&many](int a, int b) { return many[size_t(a)] > many[size_t(b)]; });
    int selected = -1;
    for (int i : order) {
        const ModelScatter::Point &p = points[size_t(i)];
        if (!f.drawable(p.x, p.y))
            continue;
        if (!m_selected.isEmpty() && m_dataset.models.at(p.model).id == m_selected)
            selected = i;
        QColor fill = colourOf(p.country);
        fill.setAlphaF(0.75);
        painter->setPen(QPen(colourOf(p.country).darker(130), 0.6));
        painter->setBrush(p.openWeights ? QBrush(fill) : QBrush(Qt::NoBrush));
        drawShape(painter, f.map(p.x, p.y), radius, p.openWeights);
    }
    if (selected >= 0) {
        const ModelScatter::Point &p = points[size_t(selected)];
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(colours.text, 2));
        painter->setBrush(colourOf(p.country));
        drawShape(painter, f.map(p.x, p.y), radius * 1.6, p.openWeights);
    }
}

void ScatterCanvas::paintLabels(QPainter *painter, const PlotFrame &f, const Colours &colours, double radius) const
{
    QList<int> candidates;
    const int selected = m_selected.isEmpty() ? -1 : m_scatter->pointOf(m_dataset, m_selected);
    if (selected >= 0)
        candidates << selected;
    for (int i : m_scatter->largest(labelCount)) {
        if (i != selected)
            candidates << i;
    }
    LabelPlacer labels(f.plot);
    for (int i : std::as_const(candidates)) {
        const ModelScatter::Point &p = m_scatter->points().at(size_t(i));
        if (!f.drawable(p.x, p.y))
            continue;
        const QString text = m_dataset.models.at(p.model).name.text(m_language);
        if (labels.draw(painter, f.map(p.x, p.y), text, radius * 1.8, colours.background, colours.text))
            m_labels << text;
    }
    m_labelBoxes = labels.boxes();
}

void ScatterCanvas::paintKey(QPainter *painter, const QRectF &rect, const Colours &colours, const QFont &font) const
{
    const QFontMetricsF fm(font);
    const double line = fm.lineSpacing();
    const double r = fm.height() * 0.25;
    double x = rect.left();
    double y = rect.top() + line * 0.5;
    painter->setRenderHint(QPainter::Antialiasing);
    auto key = [&](const QColor &colour, const std::optional<bool> &open, const QString &text) {
        const double w = r * 3 + fm.horizontalAdvance(text) + line;
        if (x + w > rect.right() && x > rect.left()) {
            x = rect.left();
            y += line;
        }
        painter->setPen(QPen(colour.darker(130), 0.8));
        painter->setBrush(open ? QBrush(colour) : QBrush(Qt::NoBrush));
        drawShape(painter, QPointF(x + r, y), r, open);
        painter->setPen(colours.text);
        painter->drawText(QPointF(x + r * 3, y + fm.ascent() / 2 - fm.descent() / 2), text);
        m_labels << text;
        x += w;
    };
    const QStringList &countries = m_scatter->countries();
    constexpr int shown = 8;
    for (int i = 0; i < std::min(shown, int(countries.size())); ++i) {
        const QString &c = countries.at(i);
        key(colourOf(c), true, c.isEmpty() ? tr("No country") : DisplayText::country(m_dataset, c, m_language));
    }
    if (countries.size() > shown)
        key(colours.muted, true, tr("%n other countries", nullptr, int(countries.size()) - shown));
    key(colours.muted, true, tr("Open weights"));
    key(colours.muted, false, tr("Closed weights"));
    key(colours.muted, std::nullopt, tr("Not stated"));
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

int ScatterCanvas::pointAt(const QPointF &pos) const
{
    if (!m_scatter)
        return -1;
    const PlotFrame f = frame(QRectF(rect()), font());
    const double reach = std::max(4.0, QFontMetricsF(font()).height() * 0.4);
    int best = -1;
    double bestDistance = reach * reach;
    const std::vector<ModelScatter::Point> &points = m_scatter->points();
    for (int i = 0; i < int(points.size()); ++i) {
        const ModelScatter::Point &p = points[size_t(i)];
        if (!f.drawable(p.x, p.y))
            continue;
        const QPointF d = f.map(p.x, p.y) - pos;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

QString ScatterCanvas::describeAt(const QPointF &pos) const
{
    return describe(pointAt(pos));
}

void ScatterCanvas::clickAt(const QPointF &pos)
{
    const int index = pointAt(pos);
    if (index >= 0)
        emit modelClicked(m_dataset.models.at(m_scatter->points().at(size_t(index)).model).id);
}

} // namespace gapscope
