#pragma once

#include "CsvParser.h"
#include "ImportRows.h"

#include <QSet>

namespace gapscope {

// A table of one row per AI model, organisation or compute cluster and many attribute columns
// (the shape of Epoch AI's downloads, or any researcher's sheet; ImportLayout::Records):
// - the name, date, country and organisation columns are the user's (ImportOptions) or proposed
//   from the header ("Model" or "Name", "Publication date" or "Date", "Country",
//   "Organization"); a column named in an option that the header lacks stops the read;
// - a row whose name and organisation a record of the workspace (or an earlier row) has is that
//   record, matched rather than duplicated (a model by its name or Epoch's name and one of its
//   organisations; an organisation by its English or Korean name; a cluster by its name and one of
//   its owners); every other row is a new record, and a model's organisation the workspace lacks a
//   new organisation;
// - each fact column (a number, with its unit) becomes observations on the record at the row's
//   date through ImportRows, as the bundled Epoch facts are: Epoch's own columns ("Training compute
//   (FLOP)", "Parameters", "H100 equivalents", ...) go into the bundled indicators and the record's
//   figure, so the models scatter shows a new model; any other column is the indicator of its name;
// - the other columns are kept on a new record: as its field where the record has one (a model's
//   domain, task, accessibility, link, confidence; a cluster's status, sector, certainty, link),
//   else in its description as "Header: value"; on a matched record of the workspace they fill the
//   fields it has empty, and only those (MatchedRecordFill).
class RecordsLayoutReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportReader)

public:
    explicit RecordsLayoutReader(ImportRows &rows) : m_rows(rows) { }
    bool read(const QList<CsvRecord> &records);

    // model, organisation, cluster
    static QStringList recordKinds();
    // What a column became (ImportBatch::recordColumns), for the user: "the name", "a fact in FLOP".
    static QString roleName(const QString &role);
    // The header's column proposed for `role` (name, date, country, organisation) of records of
    // `kind`; empty when none is.
    static QString proposedColumn(const QString &role, const QString &kind, const QStringList &header);
    // The unit of a column Epoch AI's files have for records of `kind` ("Parameters" is in
    // parameters), or empty.
    static QString knownUnit(const QString &kind, const QString &header);
    // The facts proposed from a header: its columns Epoch AI's files have, with their units.
    static QList<std::pair<QString, QString>> proposedFacts(const QString &kind, const QStringList &header);
    // The columns (but the first, the header) whose every filled cell is a number, at least one filled.
    static QStringList numericColumns(const QList<CsvRecord> &records);

private:
    struct Row;
    bool fail(int line, int column, const QString &message) { return m_rows.fail(line, column, message); }
    bool columns(const CsvRecord &header);
    // The record `rec`; `row` is empty but for its line.
    bool readRow(const CsvRecord &rec, const ImportRow &row);
    // The id of the workspace's or batch's record that `name` of `organisation` is, or empty.
    QString matched(const QString &name, const QStringList &organisations) const;
    QString newId(const QString &prefix, const QString &name);
    // The actor id of an organisation of a model, a new actor where the workspace has none.
    QString organisation(const QString &name, const QString &country, const QString &source);
    // The id of the workspace's or batch's organisation of that English or Korean name, or empty.
    QString actorNamed(const QString &name) const;
    // The row's facts as observations on `entity`, each a row made from `base` (the record's
    // line); a new record's Epoch figures set too. `note` is each observation's note.
    bool addFacts(const CsvRecord &rec, const ImportRow &base, const QString &entity, bool isNew, const QString &note);

    ImportRows &m_rows;
    QString m_kind;
    QHash<QString, qsizetype> m_role; // name, date, country, organisation -> column, or -1
    QList<std::pair<qsizetype, QString>> m_facts; // column, unit
    QHash<qsizetype, QString> m_factIndicator; // column -> indicator id
    QList<qsizetype> m_attributes;
    QStringList m_header;
    QSet<QString> m_newIds; // the records the batch adds
    QSet<QString> m_ids; // the ids of the batch's records
};

} // namespace gapscope
