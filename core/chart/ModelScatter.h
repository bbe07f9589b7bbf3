#pragma once

#include "Extent.h"
#include "domain/Dataset.h"
#include "query/Filter.h"

#include <QList>
#include <QPointF>
#include <QStringList>

#include <optional>
#include <vector>

namespace gapscope {

// What the models scatter shows: one point per AI model the filter accepts (any of its
// countries, its year, its developer's dimensions, the free text, as the models list), at its
// publication date (x, in years: 2023.5 is July 2023) and one of Epoch AI's figures (y), among
// the models of a domain and of Epoch's notable or large-scale lists (or, outside Epoch's database,
// a model imported with the figure). A model without a date or
// without the figure is left out and counted. Each point has one country, for its colour: the
// model's own (its developer's) when the filter accepts it, else the first of Epoch's countries
// the filter accepts. The frontier of a country is its running maximum.
class ModelScatter
{
public:
    enum class Measure { TrainingCompute, Parameters, TrainingCost };

    struct Options
    {
        Measure measure = Measure::TrainingCompute;
        QString domain; // one of Epoch's domains ("Language"); empty: every domain
        bool notable = true; // Epoch's notable models
        bool largeScale = true; // Epoch's large-scale models
        friend bool operator==(const Options &, const Options &) = default;
    };

    struct Point
    {
        double x = 0; // the publication date in years
        double y = 0; // the figure
        int model = -1; // the model's position in the dataset
        QString country; // its colour's country; empty when Epoch names none (Multinational)
        std::optional<bool> openWeights;
    };

    void build(const Dataset &dataset, const Filter &filter, const Options &options);

    const Options &options() const { return m_options; }
    const std::vector<Point> &points() const { return m_points; }
    bool isEmpty() const { return m_points.empty(); }
    // Models the filter, domain and lists accept that have no date or no value of the figure.
    int withoutValue() const { return m_withoutValue; }
    // The points' countries, in the dataset's order (the one without a country last).
    const QStringList &countries() const { return m_countries; }
    // The extent of the points' dates and values.
    const Extent &x() const { return m_x; }
    const Extent &y() const { return m_y; }
    // The point of the model with `id`, or -1.
    int pointOf(const Dataset &dataset, const QString &id) const;
    // The `count` points with the largest values, largest first.
    QList<int> largest(int count) const;

    // The running maximum of `country`'s points: one corner where it grows, at the date of the
    // model that raised it, date order (ties: the larger first).
    QList<QPointF> frontier(const QString &country) const;

    // A date of Epoch's (YYYY-MM-DD) or a record's (YYYY, YYYY-MM) in years, or nothing.
    static std::optional<double> yearOf(const QString &partialDate);
    // The model's figure, or nothing.
    static std::optional<double> value(const AiModel &model, Measure measure);
    // Names in files and on the command line: compute, parameters, cost.
    static QString measureName(Measure measure);
    static std::optional<Measure> measureFromName(const QString &name);
    // Every domain Epoch names among `dataset`'s models (a model may name several), sorted.
    static QStringList domains(const Dataset &dataset);

private:
    Options m_options;
    std::vector<Point> m_points;
    QStringList m_countries;
    int m_withoutValue = 0;
    Extent m_x, m_y;
};

} // namespace gapscope
