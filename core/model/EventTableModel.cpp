#include "EventTableModel.h"

#include "Roles.h"
#include "format/DisplayText.h"

namespace gapscope {

bool EventTableModel::accepts(int record) const
{
    const Event &e = d().events.at(record);
    const Filter &f = filter();
    return f.acceptsCountry(e.country) && f.acceptsYear(e.year())
        && f.acceptsText({e.text}, {e.id, e.country, e.kind, DisplayText::eventKind(e.kind)})
        && f.acceptsFocus({e.text});
}

QVariant EventTableModel::cell(int record, int column, int role) const
{
    const Event &e = d().events.at(record);
    switch (role) {
    case CountryRole:
        return e.country;
    case YearRole:
        return e.year();
    case KindRole:
        return e.kind;
    case SourceRole:
        return e.source;
    case Qt::ToolTipRole:
        return DisplayText::source(d(), e.source, lang());
    case SortRole:
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn:
            return role == SortRole ? e.date : DisplayText::date(e.date, lang());
        case CountryColumn:
            return DisplayText::country(d(), e.country, lang());
        case KindColumn:
            return DisplayText::eventKind(e.kind);
        case TextColumn:
            return e.text.text(lang());
        case SourceColumn:
            return DisplayText::source(d(), e.source, lang());
        }
        return {};
    default:
        return {};
    }
}

QString EventTableModel::header(int column) const
{
    switch (column) {
    case DateColumn:
        return tr("Date");
    case CountryColumn:
        return tr("Country");
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("Event");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace gapscope
