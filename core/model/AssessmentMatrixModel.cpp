#include "AssessmentMatrixModel.h"

#include "Roles.h"
#include "format/DisplayText.h"

namespace gapscope {

bool AssessmentMatrixModel::acceptsAssessment(const Assessment &a) const
{
    if (a.kind != QLatin1String("comparison") && a.kind != QLatin1String("position"))
        return false;
    const Filter &f = filter();
    return f.acceptsCountry(a.country) && f.acceptsDimension(a.dimension) && f.acceptsYear(a.year)
        && f.acceptsText({a.text, a.attribution}, {a.id, a.country, a.dimension})
        && f.acceptsFocus({a.text, a.attribution});
}

void AssessmentMatrixModel::refilter()
{
    m_countries.clear();
    if (dataset()) {
        for (const Assessment &a : d().assessments) {
            if (acceptsAssessment(a) && !m_countries.contains(a.country))
                m_countries.append(a.country);
        }
        m_countries.sort();
    }
    DatasetTableModel::refilter();
}

void AssessmentMatrixModel::otherRecordsChanged(RecordKind kind)
{
    if (kind != RecordKind::Assessment) {
        touchAll(); // a source's name
        return;
    }
    const QStringList countries = m_countries;
    const QList<int> dimensions = rows();
    refilter();
    if (m_countries == countries && rows() == dimensions) {
        touchAll();
        return;
    }
    // Another row or column: put back what the views know, then reset.
    m_countries = countries;
    setRows(dimensions);
    beginResetModel();
    refilter();
    endResetModel();
}

bool AssessmentMatrixModel::accepts(int record) const
{
    const QString &dimension = d().dimensions.at(record).id;
    for (const Assessment &a : d().assessments) {
        if (a.dimension == dimension && acceptsAssessment(a))
            return true;
    }
    return false;
}

QList<int> AssessmentMatrixModel::cellAssessments(int record, int column) const
{
    QList<int> found;
    const QString &dimension = d().dimensions.at(record).id;
    const QString &country = m_countries.at(column);
    for (int i = 0; i < d().assessments.size(); ++i) {
        const Assessment &a = d().assessments.at(i);
        if (a.dimension == dimension && a.country == country && acceptsAssessment(a))
            found.append(i);
    }
    return found;
}

QList<int> AssessmentMatrixModel::assessmentsAt(int row, int column) const
{
    return cellAssessments(recordAt(row), column);
}

QVariant AssessmentMatrixModel::data(const QModelIndex &index, int role) const
{
    if (role == IdRole && index.isValid() && index.model() == this && index.row() < rowCount()
        && index.column() < columnCount()) {
        QStringList ids;
        for (int i : assessmentsAt(index.row(), index.column()))
            ids.append(d().assessments.at(i).id);
        return ids;
    }
    return DatasetTableModel::data(index, role);
}

QVariant AssessmentMatrixModel::cell(int record, int column, int role) const
{
    switch (role) {
    case CountryRole:
        return m_countries.at(column);
    case DimensionRole:
        return d().dimensions.at(record).id;
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        QStringList parts;
        for (int i : cellAssessments(record, column)) {
            const Assessment &a = d().assessments.at(i);
            parts.append(role == Qt::DisplayRole ? a.text.text(lang()) : DisplayText::source(d(), a.source, lang()));
        }
        parts.removeDuplicates();
        return parts.join(role == Qt::DisplayRole ? QStringLiteral("\n\n") : QStringLiteral("\n"));
    }
    default:
        return {};
    }
}

QString AssessmentMatrixModel::header(int column) const
{
    return DisplayText::country(d(), m_countries.at(column), lang());
}

QVariant AssessmentMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && section >= 0 && section < rowCount()) {
        const Dimension &dim = d().dimensions.at(recordAt(section));
        if (role == Qt::DisplayRole)
            return dim.label.text(lang());
        if (role == Qt::ToolTipRole)
            return dim.description.text(lang());
        if (role == DimensionRole)
            return dim.id;
    }
    return DatasetTableModel::headerData(section, orientation, role);
}

} // namespace gapscope
