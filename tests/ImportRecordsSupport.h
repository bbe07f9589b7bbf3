#pragma once

#include "io/ImportReader.h"

#include <QList>
#include <QStringList>

#include <utility>

// What the tests of tables of one row per record share: options as the test rows write them, and
// the columns of a model's fields an import fills.
namespace gapscope::test {

// "kind=model;name=Model;facts=Parameters:parameters|X:unit" -> options.
inline ImportReader::Options recordsOptions(const QString &kind, const QStringList &columns, const QStringList &facts)
{
    ImportReader::Options o;
    o.layout = ImportLayout::Records;
    o.source = "Test table";
    o.recordKind = kind;
    for (const QString &pair : columns) {
        const QString role = pair.section('=', 0, 0);
        const QString header = pair.section('=', 1);
        if (role == "name")
            o.nameColumn = header;
        else if (role == "date")
            o.dateColumn = header;
        else if (role == "country")
            o.countryColumn = header;
        else if (role == "organisation")
            o.organisationColumn = header;
    }
    for (const QString &f : facts)
        o.facts.append({f.section('=', 0, -2), f.section('=', -1)});
    return o;
}

// The columns of a model's fields an import fills: header, field.
inline QList<std::pair<QString, QString AiModel::*>> modelFields()
{
    return {{"Domain", &AiModel::domain}, {"Task", &AiModel::task}, {"Confidence", &AiModel::confidence},
            {"Link", &AiModel::link}, {"Model accessibility", &AiModel::accessibility}};
}

// A bundled Epoch model with a developer, a publication date and its compute, and among the fields
// above one empty (an import fills it) and one not (an import keeps it); null when none is.
inline const AiModel *epochModelWithFields(const Dataset &d)
{
    for (const AiModel &m : d.models) {
        bool empty = false, filled = false;
        for (const auto &[header, member] : modelFields())
            ((m.*member).isEmpty() ? empty : filled) = true;
        if (!m.epochName.isEmpty() && !m.developer.isEmpty() && m.trainingCompute && m.published.size() == 10
            && m.name.en == m.epochName && empty && filled)
            return &m;
    }
    return nullptr;
}

} // namespace gapscope::test
