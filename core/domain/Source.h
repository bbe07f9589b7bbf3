#pragma once

#include "LocalizedText.h"

namespace gapscope {

// Where a fact comes from: a document (and section) or a URL, with its date and licence.
struct Source
{
    QString id;
    LocalizedText title;
    QString publisher;
    QString document;
    QString section;
    QString url;
    QString date; // YYYY, YYYY-MM or YYYY-MM-DD; empty when the document is undated
    QString licence;
    LocalizedText note;
    friend bool operator==(const Source &, const Source &) = default;
};

} // namespace gapscope
