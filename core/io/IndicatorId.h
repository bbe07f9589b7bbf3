#pragma once

#include <QString>

namespace gapscope {

// Indicator ids made from the names users give their columns, in any script.
//
// An id keeps the name's letters and digits, lower-cased, in Unicode normalization form C, with
// every run of other characters turned into one "_": "AI 스타트업 수" -> "ai_스타트업_수",
// "Robots per worker" -> "robots_per_worker", "시험 지표" -> "시험_지표". It is cut at 60
// characters. A name with no letter or digit at all ("%", "—") becomes "indicator_" and the first
// 8 hex digits of the SHA-1 of its UTF-8 bytes (in form C): ids are never empty and always the
// same for the same name. Two names that differ only in what is dropped ("AI
// startups", "AI-startups") give the same id; withSuffix() tells them apart.
class IndicatorId
{
public:
    static QString fromName(const QString &name);
    // fromName(name) cut to 51 characters, then "_" and the 8 hex digits of the name's hash:
    // the id of a name whose fromName() already names an indicator of another name.
    static QString withSuffix(const QString &name);
    // Whether `id` can name an indicator: 1 to 80 characters, lower-case letters of any script,
    // digits, combining marks, "_" and "-", starting with a letter or digit.
    static bool isValid(const QString &id);
    // Whether two indicator names are the same name: equal in form C with runs of white space as
    // one space, ignoring case.
    static bool sameName(const QString &a, const QString &b);
};

} // namespace gapscope
