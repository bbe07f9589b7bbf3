#include "SlideTheme.h"

namespace gapscope {

SlideTheme SlideTheme::of(SavedView::Theme theme)
{
    SlideTheme t;
    switch (theme) {
    case SavedView::Theme::Dark:
        t.background = QColor(0x1e, 0x22, 0x27);
        t.text = QColor(0xf2, 0xf2, 0xf2);
        t.muted = QColor(0xb4, 0xba, 0xc2);
        t.grid = QColor(0x44, 0x4b, 0x55);
        t.panel = QColor(0x2a, 0x2f, 0x36);
        break;
    case SavedView::Theme::Slide:
        // Black on white at large sizes: readable from the back of a room and on poor projectors.
        t.background = Qt::white;
        t.text = Qt::black;
        t.muted = QColor(0x33, 0x33, 0x33);
        t.grid = QColor(0xbb, 0xbb, 0xbb);
        t.panel = Qt::white;
        t.titleSize = 56;
        t.subtitleSize = 30;
        t.bodySize = 24;
        t.footerSize = 18;
        t.lineWidth = 4;
        break;
    case SavedView::Theme::Light:
        t.background = Qt::white;
        t.text = QColor(0x20, 0x24, 0x2a);
        t.muted = QColor(0x5f, 0x66, 0x70);
        t.grid = QColor(0xe0, 0xe3, 0xe7);
        t.panel = Qt::white;
        break;
    }
    return t;
}

QPalette SlideTheme::palette() const
{
    QPalette p;
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::Base, panel);
    p.setColor(QPalette::AlternateBase, panel == background ? panel.darker(104) : panel.lighter(115));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Button, background);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Mid, grid);
    p.setColor(QPalette::Midlight, grid);
    p.setColor(QPalette::Dark, grid.darker(120));
    p.setColor(QPalette::Light, background);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Highlight, text == Qt::black ? QColor(0x00, 0x55, 0xaa) : QColor(0x3d, 0x7e, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace gapscope
