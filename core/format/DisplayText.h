#pragma once

#include "domain/Dataset.h"

#include <QCoreApplication>

namespace gapscope {

// The display text of codes and references in the current language: country and dimension
// names, a source as one line, and the names of kinds, which go through tr().
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    static QString country(const Dataset &d, const QString &code, Language lang);
    static QString countries(const Dataset &d, const QStringList &codes, Language lang);
    static QString actors(const Dataset &d, const QStringList &ids, Language lang);
    static QString dimension(const Dataset &d, const QString &id, Language lang);
    static QString dimensions(const Dataset &d, const QStringList &ids, Language lang);
    static QString indicator(const Dataset &d, const QString &id, Language lang);
    static QString actor(const Dataset &d, const QString &id, Language lang);
    static QString unit(const Dataset &d, const QString &id, Language lang);
    // "Title, section (date)"
    static QString source(const Dataset &d, const QString &id, Language lang);

    // A partial date (YYYY, YYYY-MM or YYYY-MM-DD) as people write it: "January 2026", "2026년 1월",
    // "March 10, 2026", "2026년 3월 10일". Anything else is returned as it is.
    static QString date(const QString &partial, Language lang);
    // A year, with its month when known (month 0).
    static QString period(int year, int month, Language lang);
    // A year, month or day ("2024", "March 2024", "March 15, 2024"; "2024년 3월 15일").
    static QString period(int year, int month, int day, Language lang);
    // A date in ISO form at its precision: "2024", "2024-03", "2024-03-15".
    static QString isoPeriod(int year, int month, int day);
    // A name in `lang` followed by the other language in brackets, "네이버 (Naver)", when the two
    // differ; the name alone otherwise.
    static QString both(const LocalizedText &text, Language lang);

    static QString actorKind(const QString &kind);
    static QString observationKind(const QString &kind);
    // "year", "month", "day": the finest date of an indicator's figures, as a noun.
    static QString datePrecision(DatePrecision precision);
    // "Country", "Region", "Organisation", "AI model", "Compute cluster" for entityKindId()s.
    static QString entityKind(const QString &kind);
    // "Countries", "Regions", "Organisations", "AI models", "Compute clusters": the filter's choices.
    static QString entityKinds(const QString &kind);
    // The kind of the entity `id`: entityKind()'s name, or for an entity of a kind the user named,
    // that kind's own name in `lang` ("Research domain"); empty for an id that names no entity.
    static QString entityKindOf(const Dataset &d, const QString &id, Language lang);
    static QString assessmentKind(const QString &kind);
    static QString eventKind(const QString &kind);
    static QString quadrant(QChar quadrant);
    static QString openWeights(const std::optional<bool> &open);
};

} // namespace gapscope
