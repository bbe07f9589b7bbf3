#pragma once

#include "domain/Dataset.h"
#include "model/ExplorerState.h"
#include "query/Filter.h"

#include <QCoreApplication>
#include <functional>

namespace gapscope {

class ObservationIndex;

// Why a filter leaves a panel empty: which parts of the filter (years, countries, dimensions,
// indicators, search text) remove the records, found by trying the filter with parts taken
// away. A panel asks it when it has nothing to show, so that its message names the part the
// user has to change rather than guessing.
class EmptyReason
{
    Q_DECLARE_TR_FUNCTIONS(EmptyReason)

public:
    enum Part { Years = 0x1, Countries = 0x2, Dimensions = 0x4, Indicators = 0x8, Text = 0x10, EntityKinds = 0x20 };
    Q_DECLARE_FLAGS(Parts, Part)

    // Whether a filter leaves any record in the panel.
    using Probe = std::function<bool(const Filter &)>;

    // The reason `filter` leaves nothing, as `hasRecords` says; no reason when it leaves some.
    static EmptyReason find(const Filter &filter, const Probe &hasRecords);
    // The same for the records of `kind` in the dataset, filtered as that kind's table model
    // filters them. Observations filter through `index` when given (built from `dataset`).
    static EmptyReason find(const Dataset &dataset, const Filter &filter, ExplorerState::Kind kind,
                            const ObservationIndex *index = nullptr);

    // The parts of the filter set: the ones a reason can name.
    static Parts partsSet(const Filter &filter);
    // `filter` without `parts`.
    static Filter without(const Filter &filter, Parts parts);
    // `filter` with nothing but `parts`.
    static Filter only(const Filter &filter, Parts parts);

    // True when the filter leaves records (nothing to explain).
    bool isNone() const { return !m_empty; }
    // The dataset has no such records, whatever the filter.
    bool noRecords() const { return m_empty && m_parts == Parts(); }
    // The parts to blame: each of them alone leaves nothing, or (together()) the filter leaves
    // nothing only with all of them, and taking away any one of them brings records back.
    Parts parts() const { return m_parts; }
    bool together() const { return m_together; }

    // One or two sentences in the interface language naming what emptied the panel and what to
    // change, for example "The years 2018–2023 leave none: widen them."; empty when isNone().
    QString text(const Dataset &dataset, const Filter &filter, Language lang) const;

    // The date range as written in messages: "2018–2023", "2018–…", "…–2023", or with months
    // or days "March 15, 2010 – September 30, 2020" (DateRangeText).
    static QString years(const Filter &filter, Language lang);
    // The filtered countries, dimensions or indicators, named in `lang` and sorted.
    static QString countryNames(const Dataset &dataset, const Filter &filter, Language lang);
    // The filter's kinds of entity ("Countries, Regions"), in the order the filter bar lists them.
    static QString entityKindNames(const Filter &filter);
    // What the observations table says when `filter` leaves it empty: what was asked for, and
    // which part of the filter empties it.
    static QString noObservations(const Dataset &dataset, const Filter &filter, Language lang,
                                  const ObservationIndex *index);
    static QString dimensionNames(const Dataset &dataset, const Filter &filter, Language lang);
    static QString indicatorNames(const Dataset &dataset, const Filter &filter, Language lang);

private:
    bool m_empty = false;
    bool m_together = false;
    bool m_anyOne = false; // together(), and taking away any one of parts() is enough
    Parts m_parts;
};

} // namespace gapscope

Q_DECLARE_OPERATORS_FOR_FLAGS(gapscope::EmptyReason::Parts)
