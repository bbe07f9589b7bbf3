#pragma once

#include "ImportReader.h"
#include "domain/Language.h"

namespace gapscope {

// What the import needs to know of a file before reading it, and says of it after: whether it is
// an Excel workbook and which sheets it has, the header a user picks columns from, and how it
// was read.
class ImportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ImportFormat)

public:
    // True for a .xlsx file, or a file that starts like one.
    static bool isWorkbook(const QString &path);
    // The header of a CSV file or workbook sheet, for choosing columns; empty when it cannot be read.
    static QStringList header(const QString &path, QChar delimiter = {}, const QString &sheet = {});
    // The columns of a CSV file or workbook sheet whose every filled cell is a number, for choosing facts.
    static QStringList numericColumns(const QString &path, QChar delimiter = {}, const QString &sheet = {});
    // The names of a workbook's sheets; empty for a file that is none.
    static QStringList sheetNames(const QString &path);
    // How the batch's file was read, for the user: "UTF-8", "UTF-16, tab-separated", "Excel
    // workbook, sheet “Data”".
    static QString formatDescription(const ImportBatch &batch);
    // How many observations the batch has of each kind of entity, and of how many entities:
    // "Countries (2): 3 observation(s)", one line per kind, countries first; entities of kinds
    // the user named, the workspace's or new, by their kind's name in `lang`: "Research domain
    // (2): 8 observation(s)".
    static QStringList entityCounts(const Dataset &dataset, const ImportBatch &batch, Language lang);
    // The entities of kinds the user named that the batch adds, one line each with its kind:
    // "new Research domain: Computer vision (research_domain.computer_vision)".
    static QStringList newEntities(const ImportBatch &batch, Language lang);
    // The batch's first and last dates at their precision: "dates 2024-03-01 to 2024-03-31".
    static QString dateRange(const ImportBatch &batch);
    // What a column of a file of one column per entity became (ImportBatch::columnTargets): the
    // entity's name, code and kind, a separate indicator, or skipped.
    static QString columnTarget(const Dataset &dataset, const QString &target, Language lang);
    // What a table of one row per record adds: new and matched records per kind ("AI models: 2
    // new, 1 matched, 2 field(s) filled on matched records") and new units; nothing for other layouts.
    static QStringList recordCounts(const Dataset &dataset, const ImportBatch &batch);
    // Each value of the file that a matched record's field already has otherwise, kept: "Llama 3
    // (model): field 'domain' keeps 'Language', the file says 'Multimodal'".
    static QStringList keptValues(const ImportBatch &batch);
    // What each column of a table of one row per record became: "column “Parameters”: a fact in
    // parameters".
    static QStringList recordColumns(const ImportBatch &batch);
    // A delimiter as written on the command line: comma, semicolon or tab (or the character).
    static std::optional<QChar> delimiterFromName(const QString &name);

    // The layout the batch was read in, and whether it was guessed: "layout: events, guessed from
    // the file".
    static QString layoutDescription(const ImportBatch &batch, ImportLayout asked);
    // How many events of each kind a timeline's batch has, in the order they first come:
    // "Policy: 2 event(s)".
    static QStringList eventCounts(const ImportBatch &batch);
    // One event as the dry run and the dialog list it: "2024-03 · South Korea · Policy · text".
    static QString eventLine(const Dataset &dataset, const Event &event, Language lang);
};

} // namespace gapscope
