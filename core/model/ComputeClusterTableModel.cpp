#include "ComputeClusterTableModel.h"

#include "Roles.h"
#include "format/DisplayText.h"
#include "format/EpochVocabulary.h"
#include "format/ValueFormatter.h"

namespace gapscope {

bool ComputeClusterTableModel::accepts(int record) const
{
    const ComputeCluster &c = d().clusters.at(record);
    const Filter &f = filter();
    if (!f.acceptsCountry(c.country) || !f.acceptsYear(c.firstOperational.left(4).toInt())
        || !f.acceptsAnyDimension({dimension()}))
        return false;
    QList<LocalizedText> texts{c.name};
    for (const QString &owner : c.owners) {
        const Actor *a = d().actor(owner);
        texts.append(a ? a->name : LocalizedText{owner, owner});
    }
    for (const QString &term : {c.status, c.sector, c.certainty}) {
        if (const auto t = EpochVocabulary::term(term))
            texts.append(*t);
    }
    const QString words[] = {c.id, c.country};
    return f.acceptsText(std::span(texts.constData(), size_t(texts.size())), words);
}

QVariant ComputeClusterTableModel::cell(int record, int column, int role) const
{
    const ComputeCluster &c = d().clusters.at(record);
    switch (role) {
    case CountryRole:
        return c.country;
    case YearRole:
        return c.firstOperational.left(4).toInt();
    case KindRole:
        return c.status;
    case SourceRole:
        return c.source;
    case DimensionRole:
        return dimension();
    case Qt::ToolTipRole:
        // Narrow columns cut names short: the tooltip has them whole.
        return column == SourceColumn ? DisplayText::source(d(), c.source, lang()) : cell(record, column, Qt::DisplayRole);
    case SortRole:
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return name(c.name);
        case OwnersColumn:
            return DisplayText::actors(d(), c.owners, lang());
        case CountryColumn:
            return DisplayText::country(d(), c.country, lang());
        case StatusColumn:
            return EpochVocabulary::text(c.status, lang());
        case FirstOperationalColumn:
            if (role == SortRole)
                return c.firstOperational;
            return c.firstOperational.isEmpty() ? tr("Not stated") : DisplayText::date(c.firstOperational, lang());
        case H100eColumn:
        case PowerColumn: {
            const std::optional<double> &v = column == H100eColumn ? c.h100Equivalents : c.powerMw;
            if (role == SortRole)
                return v ? QVariant(*v) : QVariant();
            return v ? ValueFormatter::number(*v, lang()) : QString();
        }
        case SectorColumn:
            return EpochVocabulary::text(c.sector, lang());
        case CertaintyColumn:
            return EpochVocabulary::text(c.certainty, lang());
        case SourceColumn:
            return DisplayText::source(d(), c.source, lang());
        }
        return {};
    default:
        return {};
    }
}

QString ComputeClusterTableModel::header(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Cluster");
    case OwnersColumn:
        return tr("Owners");
    case CountryColumn:
        return tr("Country");
    case StatusColumn:
        return tr("Status");
    case FirstOperationalColumn:
        return tr("First operational");
    case H100eColumn:
        return tr("H100 equivalents");
    case PowerColumn:
        return tr("Power (MW)");
    case SectorColumn:
        return tr("Sector");
    case CertaintyColumn:
        return tr("Certainty");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace gapscope
