#include "AiModelTableModel.h"

#include "Roles.h"
#include "format/DisplayText.h"
#include "format/ValueFormatter.h"

#include <algorithm>

namespace gapscope {

QString AiModelTableModel::released(const AiModel &m)
{
    return m.released.isEmpty() ? m.published : m.released;
}

bool AiModelTableModel::accepts(int record) const
{
    return acceptsModel(d(), filter(), d().models.at(record));
}

bool AiModelTableModel::acceptsModel(const Dataset &d, const Filter &f, const AiModel &m)
{
    const Actor *developer = d.actor(m.developer);
    const QStringList dimensions = developer ? developer->dimensions : QStringList();
    const bool anyCountry = f.acceptsCountry(m.country)
        || std::any_of(m.countries.cbegin(), m.countries.cend(), [&f](const QString &c) { return f.acceptsCountry(c); });
    if (!anyCountry || !f.acceptsYear(released(m).left(4).toInt()) || !f.acceptsAnyDimension(dimensions))
        return false;
    // A model is found by its developer's dimensions, as the dimension filter finds it.
    QList<LocalizedText> texts;
    for (const QString &id : dimensions) {
        if (const Dimension *dim = d.dimension(id))
            texts.append(dim->label);
    }
    texts << m.name << m.description << (developer ? developer->name : LocalizedText());
    const QString words[] = {m.id, m.country, m.developer, DisplayText::openWeights(m.openWeights), m.epochName};
    return f.acceptsText(std::span(texts.constData(), size_t(texts.size())), words);
}

QVariant AiModelTableModel::cell(int record, int column, int role) const
{
    const AiModel &m = d().models.at(record);
    switch (role) {
    case CountryRole:
        return m.country;
    case YearRole:
        return released(m).left(4).toInt();
    case KindRole:
        return m.openWeights ? QVariant(*m.openWeights) : QVariant();
    case SourceRole:
        return m.source;
    case Qt::ToolTipRole:
        return column == SourceColumn ? DisplayText::source(d(), m.source, lang()) : m.description.text(lang());
    case SortRole:
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return name(m.name);
        case DeveloperColumn:
            return DisplayText::actor(d(), m.developer, lang());
        case CountryColumn:
            return m.countries.size() > 1 ? DisplayText::countries(d(), m.countries, lang())
                                          : DisplayText::country(d(), m.country, lang());
        case TrainingComputeColumn:
        case ParametersColumn: {
            const std::optional<double> &v = column == ParametersColumn ? m.parameters : m.trainingCompute;
            if (role == SortRole)
                return v ? QVariant(*v) : QVariant();
            return v ? ValueFormatter::number(*v, lang()) : QString();
        }
        case ReleasedColumn:
            return released(m).isEmpty() && role == Qt::DisplayRole ? tr("Not stated") : released(m);
        case OpenWeightsColumn:
            return DisplayText::openWeights(m.openWeights);
        case DescriptionColumn:
            return m.description.text(lang());
        case SourceColumn:
            return DisplayText::source(d(), m.source, lang());
        }
        return {};
    default:
        return {};
    }
}

QString AiModelTableModel::header(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Model");
    case DeveloperColumn:
        return tr("Developer");
    case CountryColumn:
        return tr("Country");
    case ReleasedColumn:
        return tr("Released");
    case OpenWeightsColumn:
        return tr("Weights");
    case TrainingComputeColumn:
        return tr("Training compute (FLOP)");
    case ParametersColumn:
        return tr("Parameters");
    case DescriptionColumn:
        return tr("Description");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace gapscope
