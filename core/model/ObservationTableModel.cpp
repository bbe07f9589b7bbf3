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
    const Dimension *dimension = indicator ? d().dimension(indicator->dimension) : nullptr;
    return f.acceptsText({indicator ? indicator->name : LocalizedText(), country ? country->name : LocalizedText(),
                          o.note, dimension ? dimension->label : LocalizedText()},
                         {o.id, o.country, o.indicator, o.kind, DisplayText::observationKind(o.kind)});
}

void ObservationTableModel::setIndex(const ObservationIndex *index)
{
    m_shared = index;
    m_own = {};
    m_rankOfIndicator.clear();
    datasetChanged();
}

void ObservationTableModel::datasetChanged()
{
    if (hasDataset() && !m_shared)
        m_own.build(d());
    m_rankOfIndicator.clear();
}

int ObservationTableModel::unitRank(int record) const
{
    const ObservationIndex &index = activeIndex();
    if (m_rankOfIndicator.size() != size_t(index.indicators().size()) || m_rankLanguage != lang()) {
        QStringList units;
        for (const QString &id : index.indicators()) {
            const Indicator *i = d().indicator(id);
            const QString unit = i ? i->unit : QString();
            if (!units.contains(unit))
                units.append(unit);
        }
        std::stable_sort(units.begin(), units.end(), [this](const QString &a, const QString &b) {
            const int byName = collator().compare(DisplayText::unit(d(), a, lang()), DisplayText::unit(d(), b, lang()));
            return byName != 0 ? byName < 0 : a < b;
        });
        m_rankOfIndicator.assign(size_t(index.indicators().size()), 0);
        for (qsizetype k = 0; k < index.indicators().size(); ++k) {
            const Indicator *i = d().indicator(index.indicators().at(k));
            m_rankOfIndicator[size_t(k)] = int(units.indexOf(i ? i->unit : QString()));
        }
        m_rankLanguage = lang();
    }
    if (size_t(record) < index.indicatorColumn().size())
        return m_rankOfIndicator[index.indicatorColumn()[size_t(record)]];
    const qsizetype k = index.indicators().indexOf(d().observations.at(record).indicator);
    return k < 0 ? -1 : m_rankOfIndicator[size_t(k)];
}

bool ObservationTableModel::recordLessThan(int left, int right, int column) const
{
    if (column == ValueColumn || column == UnitColumn) {
        const int a = unitRank(left);
        const int b = unitRank(right);
        if (a != b || column == UnitColumn)
            return a < b;
        return d().observations.at(left).value < d().observations.at(right).value;
    }
    return DatasetTableModel::recordLessThan(left, right, column);
}

void ObservationTableModel::refilter()
{
    m_rankOfIndicator.clear();
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
