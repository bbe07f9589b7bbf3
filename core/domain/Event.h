#pragma once

#include "LocalizedText.h"

namespace gapscope {

struct Event
{
    QString id;
    QString date; // YYYY, YYYY-MM or YYYY-MM-DD
    QString country;
    QString kind; // policy, model_release, report, investment, milestone, statement
    LocalizedText text;
    QString source;

    int year() const { return date.left(4).toInt(); }
    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace gapscope
