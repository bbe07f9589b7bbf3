#include "ActorTableModel.h"

#include "Roles.h"
#include "format/DisplayText.h"

namespace gapscope {

bool ActorTableModel::accepts(int record) const
{
    const Actor &a = d().actors.at(record);
    const Filter &f = filter();
    if (!f.acceptsCountry(a.country) || !f.acceptsAnyDimension(a.dimensions))
        return false;
    // "semiconductor" finds the chipmakers: their dimensions and kind are searched too.
    QList<LocalizedText> texts = dimensionNames(a.dimensions);
    texts << a.name << a.description;
    const QString words[] = {a.id, a.country, a.kind, DisplayText::actorKind(a.kind)};
    return f.acceptsText(std::span(texts.constData(), size_t(texts.size())), words);
}

QVariant ActorTableModel::cell(int record, int column, int role) const
{
    const Actor &a = d().actors.at(record);
    switch (role) {
    case CountryRole:
        return a.country;
    case DimensionRole:
        return a.dimensions;
    case KindRole:
        return a.kind;
    case SourceRole:
        return a.source;
    case Qt::ToolTipRole:
        return column == SourceColumn ? DisplayText::source(d(), a.source, lang()) : a.description.text(lang());
    case SortRole:
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return name(a.name);
        case CountryColumn:
            return DisplayText::country(d(), a.country, lang());
        case KindColumn:
            return DisplayText::actorKind(a.kind);
        case DimensionsColumn:
            return DisplayText::dimensions(d(), a.dimensions, lang());
        case DescriptionColumn:
            return a.description.text(lang());
        case SourceColumn:
            return DisplayText::source(d(), a.source, lang());
        }
        return {};
    default:
        return {};
    }
}

QString ActorTableModel::header(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case CountryColumn:
        return tr("Country");
    case KindColumn:
        return tr("Kind");
    case DimensionsColumn:
        return tr("Dimensions");
    case DescriptionColumn:
        return tr("Description");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace gapscope
