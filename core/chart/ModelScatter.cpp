#include "ModelScatter.h"

#include "RunningMaximum.h"
#include "model/AiModelTableModel.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace gapscope {

namespace {

bool inDomain(const AiModel &m, const QString &domain)
{
    if (domain.isEmpty())
        return true;
    const QStringList domains = m.domain.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return std::any_of(domains.cbegin(), domains.cend(),
                       [&domain](const QString &d) { return d.trimmed() == domain; });
}

} // namespace

std::optional<double> ModelScatter::yearOf(const QString &partialDate)
{
    const QStringList parts = partialDate.trimmed().split(QLatin1Char('-'));
    bool ok = false;
    const int year = parts.value(0).toInt(&ok);
    if (!ok || year < 1 || year > 9999)
        return std::nullopt;
    const int month = parts.size() > 1 ? std::clamp(parts.at(1).toInt(), 1, 12) : 1;
    const int day = parts.size() > 2 ? std::max(1, parts.at(2).toInt()) : 1;
    const QDate first(year, 1, 1);
    const QDate date(year, month, std::min(day, QDate(year, month, 1).daysInMonth()));
    return year + double(first.daysTo(date)) / first.daysInYear();
}

std::optional<double> ModelScatter::value(const AiModel &model, Measure measure)
{
    switch (measure) {
    case Measure::TrainingCompute:
        return model.trainingCompute;
    case Measure::Parameters:
        return model.parameters;
    case Measure::TrainingCost:
        return model.trainingCost;
    }
    return std::nullopt;
}

QString ModelScatter::measureName(Measure measure)
{
    switch (measure) {
    case Measure::TrainingCompute:
        return QStringLiteral("compute");
    case Measure::Parameters:
        return QStringLiteral("parameters");
    case Measure::TrainingCost:
        return QStringLiteral("cost");
    }
    return {};
}

std::optional<ModelScatter::Measure> ModelScatter::measureFromName(const QString &name)
{
    for (Measure m : {Measure::TrainingCompute, Measure::Parameters, Measure::TrainingCost}) {
        if (measureName(m) == name.trimmed())
            return m;
    }
    return std::nullopt;
}

QStringList ModelScatter::domains(const Dataset &dataset)
{
    QStringList all;
    for (const AiModel &m : dataset.models) {
        for (const QString &d : m.domain.split(QLatin1Char(','), Qt::SkipEmptyParts))
            all << d.trimmed();
    }
    all.removeAll(QString());
    all.sort(Qt::CaseInsensitive);
    all.removeDuplicates();
    return all;
}

void ModelScatter::build(const Dataset &dataset, const Filter &filter, const Options &options)
{
    m_options = options;
    m_points.clear();
    m_countries.clear();
    m_withoutValue = 0;
    QSet<QString> countries;
    for (int i = 0; i < int(dataset.models.size()); ++i) {
        const AiModel &m = dataset.models.at(i);
        // A model outside Epoch's database (imported from a table of one row per record) is in no
        // list: shown when it has the figure.
        const bool listed = (options.notable && m.notable) || (options.largeScale && m.largeScale)
            || (m.epochName.isEmpty() && value(m, options.measure).has_value());
        if (!listed || !inDomain(m, options.domain)
            || !AiModelTableModel::acceptsModel(dataset, filter, m))
            continue;
        const auto x = yearOf(AiModelTableModel::released(m));
        const auto y = value(m, options.measure);
        if (!x || !y || !std::isfinite(*y)) {
            ++m_withoutValue;
            continue;
        }
        Point p{*x, *y, i, {}, m.openWeights};
        if (!m.country.isEmpty() && filter.acceptsCountry(m.country)) {
            p.country = m.country;
        } else {
            const auto c = std::find_if(m.countries.cbegin(), m.countries.cend(),
                                        [&filter](const QString &code) { return filter.acceptsCountry(code); });
            p.country = c == m.countries.cend() ? QString() : *c;
        }
        countries.insert(p.country);
        m_points.push_back(p);
    }
    for (const Country &c : dataset.countries) {
        if (countries.contains(c.code))
            m_countries << c.code;
    }
    if (countries.contains(QString()))
        m_countries << QString();

    m_x = m_y = Extent();
    for (const Point &p : m_points) {
        m_x.add(p.x);
        m_y.add(p.y);
    }
}

int ModelScatter::pointOf(const Dataset &dataset, const QString &id) const
{
    for (int i = 0; i < int(m_points.size()); ++i) {
        if (dataset.models.at(m_points.at(i).model).id == id)
            return i;
    }
    return -1;
}

QList<int> ModelScatter::largest(int count) const
{
    std::vector<int> order(m_points.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[i] = i;
    const int n = std::clamp(count, 0, int(order.size()));
    std::partial_sort(order.begin(), order.begin() + n, order.end(),
                      [this](int a, int b) { return m_points.at(a).y > m_points.at(b).y; });
    return QList<int>(order.begin(), order.begin() + n);
}

QList<QPointF> ModelScatter::frontier(const QString &country) const
{
    std::vector<QPointF> own;
    for (const Point &p : m_points) {
        if (p.country == country)
            own.emplace_back(p.x, p.y);
    }
    return RunningMaximum::corners(std::move(own));
}

} // namespace gapscope
