#include "EmptyReason.h"

#include "domain/EntityKind.h"
#include "format/DateRangeText.h"
#include "format/DisplayText.h"
#include "model/ActorTableModel.h"
#include "model/AiModelTableModel.h"
#include "model/AssessmentMatrixModel.h"
#include "model/ComputeClusterTableModel.h"
#include "model/EventTableModel.h"
#include "model/ObservationTableModel.h"
#include "model/SwotModel.h"
#include "query/ObservationQuery.h"

#include <memory>

namespace gapscope {

namespace {

constexpr EmptyReason::Part allParts[] = {EmptyReason::Years, EmptyReason::Countries, EmptyReason::Dimensions,
                                          EmptyReason::Indicators, EmptyReason::Text, EmptyReason::EntityKinds};

QString sortedNames(QStringList names)
{
    names.sort(Qt::CaseInsensitive);
    return names.join(QStringLiteral(", "));
}

} // namespace

EmptyReason::Parts EmptyReason::partsSet(const Filter &f)
{
    Parts parts;
    if (f.yearFrom || f.yearTo)
        parts |= Years;
    if (!f.countries.isEmpty())
        parts |= Countries;
    if (!f.dimensions.isEmpty())
        parts |= Dimensions;
    if (!f.indicators.isEmpty())
        parts |= Indicators;
    if (!f.text.trimmed().isEmpty())
        parts |= Text;
    if (!f.entityKinds.isEmpty())
        parts |= EntityKinds;
    return parts;
}

Filter EmptyReason::without(const Filter &filter, Parts parts)
{
    Filter f = filter;
    if (parts & Years)
        f.yearFrom = f.yearTo = f.monthFrom = f.monthTo = f.dayFrom = f.dayTo = 0;
    if (parts & Countries)
        f.countries.clear();
    if (parts & Dimensions)
        f.dimensions.clear();
    if (parts & Indicators)
        f.indicators.clear();
    if (parts & Text)
        f.text.clear();
    if (parts & EntityKinds)
        f.entityKinds.clear();
    return f;
}

Filter EmptyReason::only(const Filter &filter, Parts parts)
{
    return without(filter, ~parts);
}

EmptyReason EmptyReason::find(const Filter &filter, const Probe &hasRecords)
{
    EmptyReason r;
    if (hasRecords(filter))
        return r;
    r.m_empty = true;
    const Parts set = partsSet(filter);
    if (set == Parts() || !hasRecords(Filter()))
        return r; // nothing to blame: there are no such records
    // A part that leaves nothing on its own is the one to change, whatever the others are.
    for (const Part p : allParts) {
        if ((set & p) && !hasRecords(only(filter, p)))
            r.m_parts |= p;
    }
    if (r.m_parts != Parts())
        return r;
    // Otherwise the parts only empty the panel together: those whose removal brings records back.
    r.m_together = true;
    for (const Part p : allParts) {
        if ((set & p) && hasRecords(without(filter, p)))
            r.m_parts |= p;
    }
    r.m_anyOne = r.m_parts != Parts();
    if (!r.m_anyOne)
        r.m_parts = set;
    return r;
}

EmptyReason EmptyReason::find(const Dataset &dataset, const Filter &filter, ExplorerState::Kind kind,
                              const ObservationIndex *index)
{
    // The kind's own model decides, so that the reason filters exactly as the panel does.
    std::unique_ptr<DatasetTableModel> table;
    switch (kind) {
    case ExplorerState::Kind::Observation: {
        // With the index, as the table filters through it, stopping at the first row found: the
        // filter without its parts may pass millions.
        if (index)
            return find(filter, [&dataset, index](const Filter &f) { return ObservationQuery::any(dataset, *index, f); });
        table = std::make_unique<ObservationTableModel>();
        break;
    }
    case ExplorerState::Kind::Actor:
        table = std::make_unique<ActorTableModel>();
        break;
    case ExplorerState::Kind::Model:
        table = std::make_unique<AiModelTableModel>();
        break;
    case ExplorerState::Kind::Cluster:
        table = std::make_unique<ComputeClusterTableModel>();
        break;
    case ExplorerState::Kind::Event:
        table = std::make_unique<EventTableModel>();
        break;
    case ExplorerState::Kind::Assessment:
        table = std::make_unique<AssessmentMatrixModel>();
        break;
    case ExplorerState::Kind::Swot: {
        SwotModel swot;
        swot.setDataset(&dataset);
        return find(filter, [&swot](const Filter &f) {
            swot.setFilter(f);
            for (const QChar q : SwotModel::quadrants) {
                if (swot.rowCount(swot.quadrantIndex(q)) > 0)
                    return true;
            }
            return false;
        });
    }
    default:
        return {};
    }
    table->setDataset(&dataset);
    return find(filter, [&table](const Filter &f) {
        table->setFilter(f);
        return table->rowCount() > 0;
    });
}

QString EmptyReason::years(const Filter &f, Language lang)
{
    return DateRangeText::of(f, lang);
}

QString EmptyReason::countryNames(const Dataset &dataset, const Filter &filter, Language lang)
{
    QStringList names;
    for (const QString &code : filter.countries)
        names.append(DisplayText::country(dataset, code, lang));
    return sortedNames(names);
}

QString EmptyReason::entityKindNames(const Filter &filter)
{
    QStringList names;
    for (EntityKind kind : allEntityKinds) {
        if (filter.entityKinds.contains(entityKindId(kind)))
            names.append(DisplayText::entityKinds(entityKindId(kind)));
    }
    return names.join(QStringLiteral(", "));
}

QString EmptyReason::dimensionNames(const Dataset &dataset, const Filter &filter, Language lang)
{
    QStringList names;
    for (const QString &id : filter.dimensions)
        names.append(DisplayText::dimension(dataset, id, lang));
    return sortedNames(names);
}

QString EmptyReason::indicatorNames(const Dataset &dataset, const Filter &filter, Language lang)
{
    QStringList names;
    for (const QString &id : filter.indicators)
        names.append(DisplayText::indicator(dataset, id, lang));
    return sortedNames(names);
}

QString EmptyReason::text(const Dataset &dataset, const Filter &filter, Language lang) const
{
    if (!m_empty)
        return {};
    if (noRecords())
        return tr("The dataset has no such records yet.");
    const QString search = filter.text.trimmed();
    if (!m_together) {
        QStringList sentences;
        if (m_parts & Years)
            sentences.append(filter.hasFinerDates()
                                 ? tr("The dates %1 leave none: widen them.").arg(years(filter, lang))
                                 : tr("The years %1 leave none: widen them.").arg(years(filter, lang)));
        if (m_parts & Countries)
            sentences.append(tr("None are about %1: add countries.").arg(countryNames(dataset, filter, lang)));
        if (m_parts & Dimensions)
            sentences.append(tr("None are about %1: change or clear the dimension filter.")
                                 .arg(dimensionNames(dataset, filter, lang)));
        if (m_parts & Indicators)
            sentences.append(tr("None are of %1: change or clear the indicator filter.")
                                 .arg(indicatorNames(dataset, filter, lang)));
        if (m_parts & Text)
            sentences.append(tr("None match the search “%1”: change or clear it.").arg(search));
        if (m_parts & EntityKinds)
            sentences.append(tr("None are figures of %1: show other kinds of entity.").arg(entityKindNames(filter)));
        return sentences.join(QLatin1Char(' '));
    }
    QStringList actions;
    if (m_parts & Years)
        actions.append(filter.hasFinerDates() ? tr("widen the dates %1").arg(years(filter, lang))
                                              : tr("widen the years %1").arg(years(filter, lang)));
    if (m_parts & Countries)
        actions.append(tr("add countries"));
    if (m_parts & Dimensions)
        actions.append(tr("clear the dimension filter"));
    if (m_parts & Indicators)
        actions.append(tr("clear the indicator filter"));
    if (m_parts & Text)
        actions.append(tr("clear the search “%1”").arg(search));
    if (m_parts & EntityKinds)
        actions.append(tr("show other kinds of entity"));
    const QString list = actions.join(tr(", ", "between actions"));
    return m_anyOne ? tr("Each filter leaves some, but not all of them together; try one of these: %1.").arg(list)
                    : tr("The filters leave none together; loosen several of them: %1.").arg(list);
}

QString EmptyReason::noObservations(const Dataset &d, const Filter &f, Language lang, const ObservationIndex *index)
{
    QString what = f.countries.isEmpty() ? tr("any country") : countryNames(d, f, lang);
    if (f.yearFrom || f.yearTo)
        what += QLatin1Char(' ') + tr("in %1", "a date range").arg(years(f, lang));
    if (!f.dimensions.isEmpty())
        what += QStringLiteral(" · ") + dimensionNames(d, f, lang);
    if (!f.text.trimmed().isEmpty())
        what += QStringLiteral(" · “") + f.text.trimmed() + QStringLiteral("”");
    // Which part of the filter empties the table, found by trying it without each part.
    const EmptyReason reason = find(d, f, ExplorerState::Kind::Observation, index);
    return tr("No observations for %1.").arg(what) + QLatin1Char(' ') + reason.text(d, f, lang);
}

} // namespace gapscope
