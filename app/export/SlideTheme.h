#pragma once

#include "view/SavedView.h"

#include <QColor>
#include <QPalette>

namespace gapscope {

// Colours and type sizes of an exported picture: light, dark, or a high-contrast slide theme
// with large type for projection. Sizes are pixels for a 1920x1080 picture; `factor` scales
// them to the picture's size.
struct SlideTheme
{
    QColor background;
    QColor text;
    QColor muted;
    QColor grid;
    QColor panel; // behind tables and lists
    int titleSize = 40;
    int subtitleSize = 22;
    int bodySize = 17;
    int footerSize = 14;
    double lineWidth = 2.5;

    static SlideTheme of(SavedView::Theme theme);
    QPalette palette() const;
};

} // namespace gapscope
