#pragma once

#include "GapPoint.h"
#include "GapResult.h"
#include "domain/Language.h"

#include <QCoreApplication>

namespace gapscope {

// The words of the gaps, in the interface language (tr), numbers written for `lang`.
class GapText
{
    Q_DECLARE_TR_FUNCTIONS(GapText)

public:
    // "6.5 months", "at least 2 years", "ahead", "not comparable: ..."; the number to one decimal.
    static QString timeGap(const GapPoint &point, GapPrecision precision, Language lang);
    // The status alone, for machines: behind, at_least, ahead, not_comparable, falling.
    static QString statusCode(GapPoint::Status status);
    // "45.2%"
    static QString share(double share, Language lang);
    // "running maximum (the frontier to date)" or "values as observed".
    static QString methodName(GapMethod method);
    // "Time gap in months" / "in years".
    static QString timeGapUnit(GapPrecision precision);
    // One short paragraph: how both gaps are computed with this method and precision.
    static QString methodParagraph(GapMethod method, GapPrecision precision);
    // Rounded to one decimal, as the texts and the files give it.
    static double rounded(double value);
};

} // namespace gapscope
