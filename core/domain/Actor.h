#pragma once

#include "LocalizedText.h"

#include <QStringList>

namespace gapscope {

// An organisation of the ecosystem: a lab, big tech firm, startup, chipmaker, government body...
struct Actor
{
    QString id;
    LocalizedText name;
    QString country;
    QString kind; // lab, big_tech, startup, chipmaker, cloud_si, government, university, analyst, media, institution
    QStringList dimensions;
    LocalizedText description;
    QString source;
    friend bool operator==(const Actor &, const Actor &) = default;
};

} // namespace gapscope
