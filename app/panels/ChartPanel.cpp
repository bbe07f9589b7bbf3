#include "ChartPanel.h"

#include "ChartArea.h"

#include "Settings.h"
#include "UpdateWhenShown.h"

#include "BarChartSeries.h"
#include "CountryColors.h"
#include "LineChartSeries.h"
#include "format/DisplayText.h"
#include "format/ValueFormatter.h"
#include "model/ExplorerState.h"
#include "chart/LineChartPlan.h"
#include "query/IndicatorSeries.h"
#include "query/ObservationQuery.h"
#include "query/EmptyReason.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QButtonGroup>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPercentBarSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>
#include <cmath>

namespace gapscope {

namespace {

// Labels for a value axis with nice numbers: as many decimals as its ticks need and never
// printf's exponents ("2e+04"), which QValueAxis writes with "%g" past four digits.
void labelPlainly(QValueAxis *axis)
{
    const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    const int decimals = step > 0 ? std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 6) : 0;
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
}

} // namespace

ChartPanel::ChartPanel(const ObservationQuery *query, ExplorerState *state, QWidget *parent)
    : QWidget(parent), m_dataset(query->dataset()), m_index(query->index()), m_query(query), m_state(state)
{
    m_indicator = new IndicatorPicker(this);
    m_kindGroup = new QButtonGroup(this);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_indicator, 1);
    for (int k = 0; k < 4; ++k) {
        m_kindButtons[k] = new QToolButton(this);
        m_kindButtons[k]->setCheckable(true);
        m_kindGroup->addButton(m_kindButtons[k], k);
        toolbar->addWidget(m_kindButtons[k]);
    }
    m_kindButtons[0]->setChecked(true);
    m_log = new QCheckBox(this);
    toolbar->addWidget(m_log);

    m_area = new ChartArea(this);
    m_chart = m_area->chart();
    m_view = m_area->view();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(toolbar);
    layout->addWidget(m_area, 1);

    connect(m_indicator, &IndicatorPicker::indicatorPicked, this, [this] {
        rebuild();
        emit settingsChanged();
    });
    connect(m_kindGroup, &QButtonGroup::idClicked, this, [this](int id) { setKind(Kind(id)); });
    connect(m_log, &QCheckBox::toggled, this, [this] {
        rebuild();
        emit settingsChanged();
    });
    // The query has the filter's rows (free text included), also after an edit: drawn from them.
    // On screen, drawn in the event loop's next turn, not in the one that filtered: see
    // UpdateWhenShown. What reads the chart brings it up to date first.
    m_redraw = new UpdateWhenShown(
        this,
        [this] {
            fillIndicators();
            rebuild();
        },
        UpdateWhenShown::OnScreen::NextTurn);
    connect(m_query, &ObservationQuery::changed, m_redraw, &UpdateWhenShown::request);
    connect(m_state, &ExplorerState::selectionChanged, this, [this](const ExplorerState::Selection &s) {
        // Selecting an observation elsewhere shows its indicator here.
        if (s.kind != ExplorerState::Kind::Observation)
            return;
        if (const auto o = observation(s.id); o && o->indicator != indicator())
            setIndicator(o->indicator);
    });
    retranslateUi();
    fillIndicators();
    rebuild();
}

void ChartPanel::setLanguage(Language lang)
{
    if (lang == m_language)
        return;
    m_language = lang;
    fillIndicators();
    rebuild();
}

void ChartPanel::restoreSettings()
{
    setIndicator(Settings::chartIndicator());
    setKind(Kind(std::clamp(Settings::chartKind(), 0, 3)));
    setLogScale(Settings::chartLogScale());
}

void ChartPanel::saveSettings() const
{
    Settings::setChartIndicator(indicator());
    Settings::setChartKind(int(kind()));
    Settings::setChartLogScale(logScale());
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_language = interfaceLanguage();
        fillIndicators();
        m_drawnLine.forget(); // the legend's and axes' texts are translated anew
        rebuild();
    }
    QWidget::changeEvent(event);
}

void ChartPanel::retranslateUi()
{
    m_indicator->setAccessibleName(tr("Indicator"));
    m_indicator->setToolTip(tr("The indicator to chart"));
    const QString names[4] = {tr("Line"), tr("Bars"), tr("Stacked"), tr("Shares")};
    const QString tips[4] = {tr("The indicator over the years, one line per country"),
                             tr("Countries side by side, year by year"), tr("Country values stacked per year"),
                             tr("Each country's share of the total per year (100%)")};
    for (int k = 0; k < 4; ++k) {
        m_kindButtons[k]->setText(names[k]);
        m_kindButtons[k]->setToolTip(tips[k]);
    }
    m_log->setText(tr("&Log scale"));
}

QString ChartPanel::indicator() const
{
    m_redraw->flush();
    return m_indicator->indicator();
}

QChart *ChartPanel::chart() const
{
    m_redraw->flush();
    return m_chart;
}

double ChartPanel::valueScale() const
{
    m_redraw->flush();
    return m_valueScale;
}

QComboBox *ChartPanel::indicatorPicker() const
{
    m_redraw->flush();
    return m_indicator;
}

bool ChartPanel::redrawPending() const
{
    return m_redraw->isPending();
}

void ChartPanel::setIndicator(const QString &id)
{
    m_indicator->setIndicator(id);
}

void ChartPanel::setKind(Kind kind)
{
    m_kind = kind;
    m_kindButtons[int(kind)]->setChecked(true);
    m_log->setEnabled(kind == Kind::Line);
    rebuild();
    emit settingsChanged();
}

bool ChartPanel::logScale() const
{
    return m_log->isChecked();
}

void ChartPanel::setLogScale(bool on)
{
    m_log->setChecked(on);
}

void ChartPanel::setWaitingText(const QString &text)
{
    if (text == m_waitingText)
        return;
    m_waitingText = text;
    rebuild();
}

QString ChartPanel::emptyMessage() const
{
    m_redraw->flush();
    return m_area->message();
}

void ChartPanel::fillIndicators()
{
    m_indicator->fill(m_dataset, m_index, m_query->rows(), m_language);
}

std::pair<double, QString> ChartPanel::axisScale(double maxValue) const
{
    const double m = std::abs(maxValue);
    if (m_language == Language::Korean) {
        if (m >= 1e12)
            return {1e12, tr("trillions", "axis unit")};
        if (m >= 1e8)
            return {1e8, tr("hundred millions", "axis unit")};
        if (m >= 1e4)
            return {1e4, tr("ten thousands", "axis unit")};
        return {1, QString()};
    }
    if (m >= 1e12)
        return {1e12, tr("trillions", "axis unit")};
    if (m >= 1e9)
        return {1e9, tr("billions", "axis unit")};
    if (m >= 1e6)
        return {1e6, tr("millions", "axis unit")};
    return {1, QString()};
}

void ChartPanel::showEmpty(const QString &message)
{
    m_area->showMessage(message);
}

void ChartPanel::clearChart()
{
    m_drawnLine.forget();
    m_chart->removeAllSeries();
    m_outOfLegend.clear();
    // QChart gives a removed axis back to its caller, who deletes it.
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_chart->setTitle(QString());
}

void ChartPanel::rebuild()
{
    // Drawn now: a change of rows that waited for the next turn is drawn with it.
    if (m_redraw->isPending()) {
        m_redraw->forget();
        fillIndicators();
    }
    if (!m_waitingText.isEmpty()) {
        clearChart();
        showEmpty(m_waitingText);
        return;
    }
    const Filter &f = m_state->filter();
    const Indicator *ind = m_dataset.indicator(indicator());
    if (!ind) {
        clearChart();
        const EmptyReason reason = EmptyReason::find(
            f, [this](const Filter &g) { return !ObservationQuery::run(m_dataset, m_index, g).empty(); });
        showEmpty(tr("No indicator has observations for this filter.") + QLatin1Char(' ')
                  + reason.text(m_dataset, f, m_language));
        return;
    }
    const auto series = IndicatorSeries::build(m_dataset, m_index, ind->id, m_query->rows(), f.countries);
    if (series.isEmpty()) {
        clearChart();
        // The part of the filter that leaves the indicator without values, or none: then it has none.
        const EmptyReason reason = EmptyReason::find(
            f, [this, ind](const Filter &g) {
                Filter only = g;
                only.indicators = {ind->id};
                return !ObservationQuery::run(m_dataset, m_index, only).empty();
            });
        showEmpty(tr("No observations of “%1” to chart.").arg(ind->name.text(m_language)) + QLatin1Char(' ')
                  + (reason.noRecords() ? tr("Pick another indicator.") : reason.text(m_dataset, f, m_language)));
        return;
    }
    double maxValue = 0;
    for (const auto &s : series) {
        for (const auto &p : s.points)
            maxValue = std::max(maxValue, std::abs(p.value));
    }
    const auto [scale, scaleName] = axisScale(maxValue);
    // A logarithmic axis writes the multiple in each label: its values are not divided.
    const bool log = m_kind == Kind::Line && m_log->isChecked();
    const double used = log ? 1.0 : scale;
    if (m_kind == Kind::Line) {
        // Where everything goes (core/chart): the curves, their extent, the events on them. The
        // same curves on the same axes with other values (an edit, its undo) move their points.
        const LineChartPlan plan = LineChartPlan::make(m_dataset, f, series, log, used);
        const DrawnLineChart::Look look{ind->id, m_language, log, used};
        if (m_drawnLine.update(m_dataset, look, plan)) {
            m_area->showChart();
            return;
        }
        clearChart();
        m_chart->setTitle(ind->name.text(m_language));
        // A line chart's legend draws lines and points as the chart does.
        m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
        const LineChartSeries::Drawn drawn = buildLine(*ind, plan);
        m_drawnLine.remember(m_dataset, look, plan, drawn);
    } else {
        clearChart();
        m_chart->setTitle(ind->name.text(m_language));
        // Bars keep squares of colour in the legend.
        m_chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
        buildBars(*ind, scale, series);
    }
    // The value axis names the unit, and the multiple the labels are in.
    const QString unit = DisplayText::unit(m_dataset, ind->unit, m_language);
    m_valueScale = used;
    for (QAbstractAxis *axis : m_chart->axes(Qt::Vertical)) {
        if (m_kind == Kind::Percent)
            axis->setTitleText(tr("Share of the total (%)"));
        else
            axis->setTitleText(used == 1.0 || scaleName.isEmpty() ? unit : tr("%1 (%2)").arg(unit, scaleName));
    }
    m_area->showChart();
}

LineChartSeries::Drawn ChartPanel::buildLine(const Indicator &ind, const LineChartPlan &plan)
{
    const bool log = m_log->isChecked();
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(tr("Year"));
    QAbstractAxis *y = nullptr;
    if (log) {
        // The curves are drawn in powers of ten on an axis labelled with the values themselves,
        // as the reader writes them ("1 billion", "10억"): QLogValueAxis only knows printf formats.
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        y = axis;
    } else {
        auto *axis = new QValueAxis;
        axis->setLabelFormat(QStringLiteral("%.4g"));
        y = axis;
    }
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);

    const LineChartSeries::Drawn drawn = LineChartSeries::draw(
        m_chart, x, y, m_dataset, m_language, plan,
        {tr("Events"), tr("Estimate (hollow circle)"), tr("Projection or target (dashed, triangle)"),
         [](int n) { return tr("%n other countries (grey)", nullptr, n); }});
    for (const auto &[series, curve] : drawn.curves) {
        followPoints(series, *curve, ind.unit);
        m_outOfLegend.insert(series);
    }
    if (drawn.events)
        followEvents(drawn.events, drawn.eventIds);

    // The years the data spans, with a little room at both ends so that the first and last
    // points are drawn whole (a point on the axis's end would be cut in half); ticks on whole
    // years, at most a dozen.
    const double first = std::floor(plan.minX);
    const double last = std::max(std::ceil(plan.maxX), first + 1);
    const double room = std::max(0.25, (last - first) * 0.03);
    x->setRange(first - room, last + room);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(first);
    x->setTickInterval(std::max(1.0, std::ceil((last - first) / 11)));
    if (auto *logAxis = qobject_cast<QCategoryAxis *>(y)) {
        // A label at the powers of ten the curves span, in the language's way of writing it: at
        // every one, or every few when they are many (training compute spans 10¹⁵ to 10²⁷), so
        // that no label is squeezed into "…".
        logAxis->setStartValue(plan.lowPower);
        const int step = std::max(1, (plan.highPower - plan.lowPower + 7) / 8);
        for (int k = plan.lowPower; k <= plan.highPower; k += step)
            logAxis->append(ValueFormatter::number(std::pow(10.0, k), m_language), k);
        logAxis->setRange(plan.lowPower, plan.highPower);
    } else if (auto *axis = qobject_cast<QValueAxis *>(y)) {
        axis->setRange(std::min(0.0, plan.minY), plan.maxY * 1.08);
        axis->applyNiceNumbers(); // as DrawnLineChart::valueRange() finds it
        labelPlainly(axis);
    }
    return drawn;
}

void ChartPanel::followPoints(QXYSeries *line, const LineChartPlan::Curve &curve, const QString &unitId)
{
    // Hovering shows the observation nearest the pointer with its source; a click selects it.
    const QList<IndicatorSeries::Point> original = curve.original;
    const QString country = curve.country;
    auto nearest = [original](const QPointF &p) {
        const IndicatorSeries::Point *found = nullptr;
        for (const auto &o : original) {
            if (!found || std::abs(o.x - p.x()) < std::abs(found->x - p.x()))
                found = &o;
        }
        return found ? found->observation : QString();
    };
    connect(line, &QXYSeries::hovered, this, [this, nearest, unitId, country](const QPointF &p, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const std::optional<Observation> o = observation(nearest(p));
        if (!o)
            return;
        QToolTip::showText(QCursor::pos(),
                           tr("%1, %2: %3\nSource: %4")
                               .arg(DisplayText::country(m_dataset, country, m_language))
                               .arg(DisplayText::period(o->year, o->month, m_language))
                               .arg(valueText(*o, m_dataset.unit(unitId)),
                                    DisplayText::source(m_dataset, o->source, m_language)),
                           m_view);
    });
    connect(line, &QXYSeries::clicked, this, [this, nearest](const QPointF &p) {
        const QString id = nearest(p);
        if (!id.isEmpty())
            m_state->select(ExplorerState::Kind::Observation, id);
    });
}

void ChartPanel::followEvents(QScatterSeries *markers, const QStringList &ids)
{
    // Hovering an event's marker shows the event with its source; a click selects it.
    connect(markers, &QScatterSeries::hovered, this, [this, markers, ids](const QPointF &p, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const auto pts = markers->points();
        for (qsizetype i = 0; i < pts.size(); ++i) {
            if (pts[i] != p)
                continue;
            for (const Event &e : m_dataset.events) {
                if (e.id == ids.at(i))
                    QToolTip::showText(QCursor::pos(),
                                       tr("%1 · %2\n%3\nSource: %4")
                                           .arg(DisplayText::date(e.date, m_language), DisplayText::country(m_dataset, e.country, m_language),
                                                e.text.text(m_language),
                                                DisplayText::source(m_dataset, e.source, m_language)),
                                       m_view);
            }
        }
    });
    connect(markers, &QScatterSeries::clicked, this, [this, markers, ids](const QPointF &p) {
        const auto pts = markers->points();
        for (qsizetype i = 0; i < pts.size(); ++i) {
            if (pts[i] == p)
                m_state->select(ExplorerState::Kind::Event, ids.at(i));
        }
    });
}

QString ChartPanel::valueText(const Observation &o, const Unit *unit) const
{
    // A value that was not measured says what it is.
    const QString value = ValueFormatter::withUnit(o.value, unit, m_language);
    return o.kind == QLatin1String("measured") ? value
                                                : QStringLiteral("%1 (%2)").arg(value, DisplayText::observationKind(o.kind));
}

QStringList ChartPanel::barValueLabels() const
{
    m_redraw->flush();
    return m_barLabels ? m_barLabels->texts() : QStringList();
}

QStringList ChartPanel::legendLabels() const
{
    m_redraw->flush();
    QStringList labels;
    for (QLegendMarker *marker : m_chart->legend()->markers()) {
        if (!m_outOfLegend.contains(marker->series()))
            labels << marker->label();
    }
    return labels;
}

std::optional<Observation> ChartPanel::observation(const QString &id) const
{
    const qsizetype row = id.isEmpty() ? -1 : m_dataset.observations.indexOfId(id);
    if (row < 0)
        return std::nullopt;
    return m_dataset.observations.at(row);
}

void ChartPanel::buildBars(const Indicator &ind, double scale, const QList<IndicatorSeries::Series> &data)
{
    const Unit *unit = m_dataset.unit(ind.unit);
    const auto layout = m_kind == Kind::Stacked ? BarChartSeries::Layout::Stacked
        : m_kind == Kind::Percent               ? BarChartSeries::Layout::Percent
                                                : BarChartSeries::Layout::Grouped;
    const BarChartSeries::Drawn drawn = BarChartSeries::draw(m_chart, m_dataset, m_language, layout, scale, unit, data,
                                                             maxLabelledBars,
                                                             {tr("Year"), tr("Estimate, projection or target (pale)")});
    m_barLabels = drawn.labels;
    for (QAbstractAxis *axis : m_chart->axes(Qt::Vertical)) {
        if (auto *values = qobject_cast<QValueAxis *>(axis); values && m_kind != Kind::Percent)
            labelPlainly(values);
    }
    QAbstractBarSeries *bars = drawn.bars;
    const QStringList categories = drawn.categories;
    const QHash<QBarSet *, QStringList> observationIds = drawn.observationIds;
    connect(bars, &QAbstractBarSeries::hovered, this,
            [this, unit, categories, observationIds](bool state, int index, QBarSet *set) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                const std::optional<Observation> o = observation(observationIds.value(set).value(index));
                if (!o) {
                    QToolTip::showText(QCursor::pos(), tr("%1, %2: no value").arg(set->label(), categories.value(index)),
                                       m_view);
                    return;
                }
                QToolTip::showText(QCursor::pos(),
                                   tr("%1, %2: %3\nSource: %4")
                                       .arg(set->label(), categories.value(index), valueText(*o, unit),
                                            DisplayText::source(m_dataset, o->source, m_language)),
                                   m_view);
            });
    connect(bars, &QAbstractBarSeries::clicked, this, [this, observationIds](int index, QBarSet *set) {
        const QString id = observationIds.value(set).value(index);
        if (!id.isEmpty())
            m_state->select(ExplorerState::Kind::Observation, id);
    });
}

} // namespace gapscope
