#pragma once

#include <QChar>
#include <QHash>
#include <QList>
#include <QString>

#include "domain/LocalizedText.h"
#include <utility>

namespace gapscope {

// How a user's file is laid out (ImportReader describes each layout).
enum class ImportLayout { Auto, Tidy, Owid, Wide, Json, Columns, Events, Records };

// What the user says of a file to import, on the command line or in the import dialog.
struct ImportOptions
{
    ImportLayout layout = ImportLayout::Auto;
    // The indicator of owid and wide files without an indicator column; of a file of one column
    // per entity, an indicator id of the workspace or the name of a new indicator.
    QString indicator;
    QString unit; // the unit of indicators the workspace does not have
    QString source; // the source of rows that name none
    QString dimension; // the dimension of new indicators
    QString kind = QStringLiteral("measured");
    bool skipUnknownCountries = false;
    // The kind of the entities a file's rows name when they are neither countries, regions nor
    // records of the workspace ("Research domain"), in English and Korean; empty: such rows are
    // refused (or skipped).
    LocalizedText entityKind;
    // Add values to an indicator of the workspace that the file names otherwise (its
    // indicator_name_en or _ko, or an Our World in Data column whose id it has). Without it,
    // such a column becomes a new indicator and such a tidy row is refused.
    bool addToExisting = false;
    QHash<QString, QString> countryMap; // a name in the file -> an ISO code or a region's code
    // Which column of the file holds a field (country, indicator, year, value, month, date, unit,
    // source, kind, note) when its header names it otherwise; empty: by name.
    QHash<QString, QString> columns;
    // A file of one column per entity: a column's header -> the entity it holds (a code, id or
    // name), "indicator:ID" or "indicator:ID@ENTITY" (a separate indicator, of the entity the
    // header names or of ENTITY), or "skip". Columns not given are proposed from their header.
    QHash<QString, QString> entityColumns;
    QChar delimiter; // of a CSV file: ',', ';' or '\t'; none: detected
    QString sheet; // of a workbook; empty: its first sheet

    // A table of one row per record (ImportLayout::Records, RecordsLayoutReader): the kind of its
    // records (model, organisation or cluster), the headers of the columns that hold their name,
    // date, country and organisation (empty: proposed from the header), and the fact columns with
    // their units (none given: Epoch AI's columns the header has).
    QString recordKind = QStringLiteral("model");
    QString nameColumn;
    QString dateColumn;
    QString countryColumn;
    QString organisationColumn;
    QList<std::pair<QString, QString>> facts; // header -> unit
    // False where the choices were proposed already (the dialog): an empty column or no fact is none.
    bool proposeRecordColumns = true;
};

} // namespace gapscope
