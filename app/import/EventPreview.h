#pragma once

#include "domain/Dataset.h"
#include "io/ImportBatch.h"

#include <QCoreApplication>

class QTableWidget;

namespace gapscope {

// What the import dialog shows of a timeline before anything is written: how many events of each
// kind, when, and the events themselves as the timeline will show them.
class EventPreview
{
    Q_DECLARE_TR_FUNCTIONS(EventPreview)

public:
    // "3 event(s) to add · layout · format", then the counts per kind and the dates.
    static QString status(const ImportBatch &batch, ImportLayout asked);
    // The first `rows` events: date, country, kind, text and source.
    static void fill(QTableWidget *table, const Dataset &dataset, const ImportBatch &batch, Language lang, int rows);
};

} // namespace gapscope
