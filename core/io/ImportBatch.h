#pragma once

#include "ImportOptions.h"
#include "domain/Event.h"
#include "domain/Actor.h"
#include "domain/AiModel.h"
#include "domain/ComputeCluster.h"
#include "domain/Indicator.h"
#include "domain/Observation.h"
#include "domain/OtherEntity.h"
#include "domain/Source.h"
#include "domain/Unit.h"

#include <QList>
#include <QStringList>

#include <utility>

namespace gapscope {

// Observations read from a user's file, with the sources, units and indicators they need that the
// workspace does not have yet. Written in one transaction by Store::import().
struct ImportBatch
{
    QString file;
    QString encoding; // of a text file: UTF-8, UTF-16 or CP949; empty for a workbook
    QChar delimiter; // of a CSV file
    QString sheet; // of a workbook: the sheet read
    QList<Source> sources;
    QList<Unit> units;
    QList<Indicator> indicators; // new ones
    QStringList existingIndicators; // ids of the workspace's indicators that get values
    QList<Observation> observations;
    // Entities of the kind the user named (ImportOptions::entityKind) that the workspace does not
    // have yet: the rows naming neither a country, a region nor a record of the workspace.
    QList<OtherEntity> entities;
    int skippedRows = 0; // rows of unknown countries, skipped on request
    QStringList skippedCountries;
    // A file of one column per entity: each column's header and what it became (an entity's
    // code or id, "indicator:ID@ENTITY", or "skip"), in the file's order.
    QList<std::pair<QString, QString>> columnTargets;
    // The layout the file was read in (never Auto once read), and a timeline's events.
    ImportLayout layout = ImportLayout::Auto;
    QList<Event> events;

    // A table of one row per record (RecordsLayoutReader): the records it adds, the ids of the
    // workspace's records its rows matched, and what each column became ("name", "date", "country",
    // "organisation", "fact:UNIT" or "attribute"), in the file's order.
    QString recordKind; // model, organisation or cluster
    QList<Actor> actors;
    QList<AiModel> models;
    QList<ComputeCluster> clusters;
    QStringList matchedRecords;
    QList<std::pair<QString, QString>> recordColumns;
    // The workspace's matched records whose empty fields the rows fill (a model's domain, a
    // cluster's status...), each as it will be, with the row version it was read at; never a
    // field the record has already. filledFields counts the fields filled.
    QList<std::pair<AiModel, int>> filledModels;
    QList<std::pair<ComputeCluster, int>> filledClusters;
    QList<std::pair<Actor, int>> filledActors;
    int filledFields = 0;
    // A field a matched record has that the file gives another value: the record's is kept.
    struct KeptValue
    {
        QString record; // the record's name
        QString field; // domain, task, status, country...
        QString kept;
        QString file; // what the file says
    };
    QList<KeptValue> keptValues;
};

} // namespace gapscope
