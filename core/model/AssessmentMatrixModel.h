#pragma once

#include "DatasetTableModel.h"

namespace gapscope {

// The country x dimension comparison: one row per dimension, one column per country, each
// cell the comparison and position assessments for that pair. Rows and columns without any
// accepted assessment are left out. IdRole on a cell gives the assessment ids (QStringList).
class AssessmentMatrixModel : public DatasetTableModel
{
    Q_OBJECT

public:
    using DatasetTableModel::DatasetTableModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString countryAt(int column) const { return m_countries.at(column); }
    // The assessments (positions in the dataset) in a cell.
    QList<int> assessmentsAt(int row, int column) const;

protected:
    int recordCount() const override { return int(d().dimensions.size()); }
    bool accepts(int record) const override;
    int columns() const override { return int(m_countries.size()); }
    QVariant cell(int record, int column, int role) const override;
    QString header(int column) const override;
    QString recordId(int record) const override { return d().dimensions.at(record).id; }
    // Rows are dimensions, cells the assessments of a country and dimension.
    std::optional<RecordKind> rowKind() const override { return std::nullopt; }
    // An assessment added, edited or removed changes cells, or which rows and columns there are.
    void otherRecordsChanged(RecordKind kind) override;
    void refilter() override;

private:
    bool acceptsAssessment(const Assessment &a) const;
    QList<int> cellAssessments(int record, int column) const;

    QStringList m_countries;
};

} // namespace gapscope
