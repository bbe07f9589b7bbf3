#include "BarChartSeries.h"

#include "CountryColors.h"
#include "format/DisplayText.h"
#include "format/ValueFormatter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QPercentBarSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace gapscope {

BarChartSeries::Drawn BarChartSeries::draw(QChart *chart, const Dataset &dataset, Language lang, Layout layout,
                                           double scale, const Unit *unit, const QList<IndicatorSeries::Series> &data,
                                           int maxLabelledBars, const Texts &texts)
{
    Drawn drawn;
    QAbstractBarSeries *bars = nullptr;
    switch (layout) {
    case Layout::Stacked:
        bars = new QStackedBarSeries;
        break;
    case Layout::Percent:
        bars = new QPercentBarSeries;
        break;
    case Layout::Grouped:
        bars = new QBarSeries;
        break;
    }
    drawn.bars = bars;
    const QList<int> years = IndicatorSeries::years(data);
    double maxStack = 0;
    QHash<int, double> stackTotals;
    QHash<int, double> stackBottoms;
    QList<BarValueLabels::Bar> labels;
    bool pale = false; // some bar is an estimate, a projection or a target
    for (const auto &s : data) {
        auto *set = new QBarSet(DisplayText::country(dataset, s.country, lang));
        QStringList &ids = drawn.observationIds[set];
        const QColor color = CountryColors::color(dataset, s.country);
        set->setColor(color);
        set->setBorderColor(color.darker(120));
        // Values that were not measured are drawn pale: the set's "selected" bars.
        QColor paleColor = color;
        paleColor.setAlpha(90);
        set->setSelectedColor(paleColor);
        for (qsizetype i = 0; i < years.size(); ++i) {
            const int year = years.at(i);
            const IndicatorSeries::Point *point = nullptr;
            for (const auto &p : s.points) {
                if (int(p.x) == year)
                    point = &p; // the last value of the year where months are known
            }
            const double v = point ? point->value / scale : 0;
            set->append(v);
            ids.append(point ? point->observation : QString());
            stackTotals[year] += v;
            maxStack = std::max(maxStack, layout == Layout::Stacked ? stackTotals[year] : v);
            if (!point || point->row < 0 || point->row >= dataset.observations.size())
                continue;
            const Observation &o = dataset.observations.at(point->row);
            if (o.kind != QLatin1String("measured")) {
                set->selectBar(int(i));
                pale = true;
            }
            const double bottom = stackBottoms.value(year);
            labels.append({int(i), int(bars->count()), bottom, bottom + v, ValueFormatter::withUnit(o.value, unit, lang)});
            if (layout != Layout::Grouped)
                stackBottoms[year] = bottom + v;
        }
        bars->append(set);
    }
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    for (int year : years)
        drawn.categories.append(QString::number(year));
    x->append(drawn.categories);
    x->setTitleText(texts.year);
    auto *y = new QValueAxis;
    y->setLabelFormat(layout == Layout::Percent ? QStringLiteral("%d%%") : QStringLiteral("%.4g"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    if (pale) {
        // The legend says what a pale bar is. The key is not a bar series: a second one would
        // take a share of each year's width from the bars.
        auto *key = new QScatterSeries;
        key->setName(texts.paleKey);
        key->setColor(QColor(128, 128, 128, 90));
        key->setBorderColor(QColor(128, 128, 128));
        chart->addSeries(key);
        key->attachAxis(x);
        key->attachAxis(y);
    }
    if (layout == Layout::Percent) {
        y->setRange(0, 100);
    } else {
        y->setRange(0, maxStack * 1.08);
        y->applyNiceNumbers();
    }
    // Few bars carry their values, written for the language; shares as percentages.
    if (labels.size() <= maxLabelledBars) {
        if (layout == Layout::Percent) {
            for (BarValueLabels::Bar &bar : labels) {
                const double total = stackTotals.value(years.value(bar.category));
                const double share = total > 0 ? 100 * (bar.top - bar.bottom) / total : 0;
                bar.bottom = total > 0 ? 100 * bar.bottom / total : 0;
                bar.top = bar.bottom + share;
                bar.text = ValueFormatter::number(std::round(share * 10) / 10, lang) + QLatin1Char('%');
            }
        }
        drawn.labels = new BarValueLabels(chart, bars, labels, int(data.size()), layout != Layout::Grouped);
    }
    return drawn;
}

} // namespace gapscope
