#pragma once

#include "domain/Dataset.h"

#include <QCoreApplication>

namespace gapscope {

// The one rule on dates and indicators: no figure is dated finer than its indicator allows (a
// monthly figure of a yearly indicator, a day of a monthly one). Imports, the observation dialog,
// saved edits and datasets read from files all ask here; an indicator new in an import takes the
// finest date found for it instead (finest()).
class DatePrecisionCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatePrecisionCheck)

public:
    // Why a figure of `indicator` dated (year, month, day) cannot be kept, or nothing.
    static QString problem(const Indicator &indicator, int year, int month, int day);
    // The same for an observation, naming it (id, entity and date): nothing when its indicator
    // is unknown (another check names that).
    static QString problem(const Dataset &dataset, const Observation &observation);
    static QString problem(const Indicator &indicator, const Observation &observation);
    // The finest precision of the dates of `indicator`'s figures among `observations`; a year
    // when there are none.
    static DatePrecision finest(const QString &indicator, const QList<Observation> &observations);
    static DatePrecision finest(const QString &indicator, const ObservationTable &observations);
    // Gives each of `indicators` the finest precision of its figures among `observations`.
    static void deriveAll(QList<Indicator> &indicators, const QList<Observation> &observations);
    static void deriveAll(QList<Indicator> &indicators, const ObservationTable &observations);
};

} // namespace gapscope
