#include "ObservationTableModel.h"

#include "domain/EntityKind.h"

#include "Roles.h"
#include "format/DisplayText.h"
#include "format/ValueFormatter.h"
#include "query/ObservationQuery.h"

#include <QCollator>
#include <numeric>

namespace gapscope {

bool ObservationTableModel::accepts(int record) const
{
    return ObservationQuery::accepts(d(), filter(), record);
}

void ObservationTableModel::setQuery(ObservationQuery *query)
{
    m_query = query;
    setIndex(query ? &query->index() : nullptr);
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

const std::vector<int> &ObservationTableModel::unitRanks() const
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
    return m_rankOfIndicator;
}

int ObservationTableModel::unitRank(int record) const
{
    const ObservationIndex &index = activeIndex();
    const std::vector<int> &ranks = unitRanks();
    if (size_t(record) < index.indicatorColumn().size())
        return ranks[index.indicatorColumn()[size_t(record)]];
    const qsizetype k = index.indicators().indexOf(d().observations.indicatorAt(record));
    return k < 0 ? -1 : ranks[size_t(k)];
}

void ObservationTableModel::sortRecords(QList<int> &rows, int column, Qt::SortOrder order) const
{
    const ObservationIndex &index = activeIndex();
    if (index.size() != d().observations.size()) {
        DatasetTableModel::sortRecords(rows, column, order);
        return;
    }
    const bool ascending = order == Qt::AscendingOrder;
    // The place of each name among the names, in the interface language's collation.
    const auto ranks = [this](const QStringList &ids, auto name) {
        std::vector<int> place(size_t(ids.size()));
        std::iota(place.begin(), place.end(), 0);
        QStringList names;
        for (const QString &id : ids)
            names.append(name(id));
        std::stable_sort(place.begin(), place.end(),
                         [&](int a, int b) { return collator().compare(names[a], names[b]) < 0; });
        std::vector<int> rank(place.size());
        for (size_t k = 0; k < place.size(); ++k)
            rank[size_t(place[k])] = int(k);
        return rank;
    };
    const std::span<int> sorted(rows.data(), size_t(rows.size())); // sorted in place
    switch (column) {
    case CountryColumn:
        index.sortByCountryRank(
            sorted, ranks(index.countries(), [this](const QString &c) { return DisplayText::country(d(), c, lang()); }),
            ascending);
        break;
    case IndicatorColumn:
        index.sortByIndicatorRank(
            sorted,
            ranks(index.indicators(), [this](const QString &i) { return DisplayText::indicator(d(), i, lang()); }),
            ascending);
        break;
    case YearColumn:
        index.sortByDate(sorted, ascending);
        break;
    case ValueColumn:
        index.sortByValue(sorted, unitRanks(), ascending);
        break;
    case UnitColumn:
        index.sortByIndicatorRank(sorted, unitRanks(), ascending);
        break;
    default:
        DatasetTableModel::sortRecords(rows, column, order);
        return;
    }
}

bool ObservationTableModel::recordLessThan(int left, int right, int column) const
{
    if (column == ValueColumn || column == UnitColumn) {
        const int a = unitRank(left);
        const int b = unitRank(right);
        if (a != b || column == UnitColumn)
            return a < b;
        return d().observations.valueAt(left) < d().observations.valueAt(right);
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
    if (m_query) {
        m_query->setFilter(filter()); // nothing to do when whoever follows the filter first did it
        const std::vector<int> &found = m_query->rows();
        setRows(QList<int>(found.begin(), found.end()));
    } else {
        const std::vector<int> found = ObservationQuery::run(d(), activeIndex(), filter());
        setRows(QList<int>(found.begin(), found.end()));
    }
    // The first column's name follows the kinds shown: "Country" or "Entity".
    const bool entities = showsEntities();
    if (entities != m_showsEntities) {
        m_showsEntities = entities;
        emit headerDataChanged(Qt::Horizontal, CountryColumn, CountryColumn);
    }
}

bool ObservationTableModel::showsEntities() const
{
    const QSet<QString> &kinds = filter().entityKinds;
    if (kinds.isEmpty())
        return true;
    return std::any_of(kinds.cbegin(), kinds.cend(), [](const QString &kind) { return !isCountryOrRegion(kind); });
}

QVariant ObservationTableModel::cell(int record, int column, int role) const
{
    // One column at a time: building the whole record would copy its id and note for every cell.
    const ObservationTable &o = d().observations;
    const Indicator *indicator = d().indicator(o.indicatorAt(record));
    switch (role) {
    case CountryRole:
        return o.entityAt(record);
    case IndicatorRole:
        return o.indicatorAt(record);
    case DimensionRole:
        return indicator ? indicator->dimension : QString();
    case YearRole:
        return o.yearAt(record);
    case ValueRole:
        return o.valueAt(record);
    case UnitRole:
        return indicator ? indicator->unit : QString();
    case KindRole:
        return o.kindAt(record);
    case SourceRole:
        return o.sourceAt(record);
    case Qt::TextAlignmentRole:
        if (column == ValueColumn || column == YearColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == SourceColumn || column == ValueColumn)
            return DisplayText::source(d(), o.sourceAt(record), lang());
        return o.noteAt(record).isEmpty() ? QVariant() : QVariant(o.noteAt(record).text(lang()));
    case SortRole:
        switch (column) {
        case YearColumn:
            return Filter::dateKey(o.yearAt(record), o.monthAt(record), o.dayAt(record));
        case ValueColumn:
            return o.valueAt(record);
        default:
            return cell(record, column, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (column) {
        case CountryColumn: {
            // Among figures of several kinds, each entity with its kind: "EXAONE 4.0 · AI model".
            const QString name = DisplayText::country(d(), o.entityAt(record), lang());
            const auto kind = m_showsEntities ? d().entityKind(o.entityAt(record)) : std::nullopt;
            if (!kind || *kind == EntityKind::Country)
                return name;
            return tr("%1 · %2", "an entity and its kind")
                .arg(name, DisplayText::entityKindOf(d(), o.entityAt(record), lang()));
        }
        case IndicatorColumn:
            return DisplayText::indicator(d(), o.indicatorAt(record), lang());
        case YearColumn:
            return DisplayText::period(o.yearAt(record), o.monthAt(record), o.dayAt(record), lang());
        case ValueColumn:
            return ValueFormatter::number(o.valueAt(record), lang());
        case UnitColumn:
            return indicator ? DisplayText::unit(d(), indicator->unit, lang()) : QString();
        case KindColumn:
            return DisplayText::observationKind(o.kindAt(record));
        case SourceColumn:
            return DisplayText::source(d(), o.sourceAt(record), lang());
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
        return m_showsEntities ? tr("Entity") : tr("Country");
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
