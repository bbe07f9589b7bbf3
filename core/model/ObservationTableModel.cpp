#include "ObservationTableModel.h"

#include "Roles.h"
#include "format/DisplayText.h"
#include "format/ValueFormatter.h"

namespace gapscope {

bool ObservationTableModel::accepts(int record) const
{
    const Observation &o = d().observations.at(record);
    const Filter &f = filter();
    if (!f.acceptsCountry(o.country) || !f.acceptsFocusCountry(o.country) || !f.acceptsIndicator(o.indicator)
        || !f.acceptsYear(o.year))
        return false;
    const Indicator *indicator = d().indicator(o.indicator);
    if (!f.acceptsDimension(indicator ? indicator->dimension : QString()))
        return false;
    const Country *country = d().country(o.country);
    return f.acceptsText({indicator ? indicator->name : LocalizedText(), country ? country->name : LocalizedText(),
                          o.note},
                         {o.id, o.country, o.indicator});
}

void ObservationTableModel::setIndex(const ObservationIndex *index)
{
    m_shared = index;
    m_own = {};
    datasetChanged();
}

void ObservationTableModel::datasetChanged()
{
    if (hasDataset() && !m_shared)
        m_own.build(d());
}

void ObservationTableModel::refilter()
{
    if (!hasDataset()) {
        setRows({});
        return;
    }
    const std::vector<int> found = activeIndex().filter(filter());
    QList<int> rows;
    rows.reserve(qsizetype(found.size()));
    const bool text = !filter().text.isEmpty();
    for (int r : found) {
        // The free text is matched on the few rows the index lets through.
        if (!text || accepts(r))
            rows.append(r);
    }
    setRows(std::move(rows));
}

QVariant ObservationTableModel::cell(int record, int column, int role) const
{
    const Observation &o = d().observations.at(record);
    const Indicator *indicator = d().indicator(o.indicator);
    switch (role) {
    case CountryRole:
        return o.country;
    case IndicatorRole:
        return o.indicator;
    case DimensionRole:
        return indicator ? indicator->dimension : QString();
    case YearRole:
        return o.year;
    case ValueRole:
        return o.value;
    case UnitRole:
        return indicator ? indicator->unit : QString();
    case KindRole:
        return o.kind;
    case SourceRole:
        return o.source;
    case Qt::TextAlignmentRole:
        if (column == ValueColumn || column == YearColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == SourceColumn || column == ValueColumn)
            return DisplayText::source(d(), o.source, lang());
        return o.note.isEmpty() ? QVariant() : QVariant(o.note.text(lang()));
    case SortRole:
        switch (column) {
        case YearColumn:
            return o.year * 100 + o.month;
        case ValueColumn:
            return o.value;
        default:
            return cell(record, column, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (column) {
        case CountryColumn:
            return DisplayText::country(d(), o.country, lang());
        case IndicatorColumn:
            return DisplayText::indicator(d(), o.indicator, lang());
        case YearColumn:
            return DisplayText::period(o.year, o.month, lang());
        case ValueColumn:
            return ValueFormatter::number(o.value, lang());
        case UnitColumn:
            return indicator ? DisplayText::unit(d(), indicator->unit, lang()) : QString();
        case KindColumn:
            return DisplayText::observationKind(o.kind);
        case SourceColumn:
            return DisplayText::source(d(), o.source, lang());
        }
        return {};
    default:
        return {};
    }
}

QString ObservationTableModel::header(int column) const
{
    switch (column) {
    case CountryColumn:
        return tr("Country");
    case IndicatorColumn:
        return tr("Indicator");
    case YearColumn:
        return tr("Year");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case KindColumn:
        return tr("Kind");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace gapscope
