#include "TimelineView.h"

#include "CountryColors.h"
#include "format/DisplayText.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>

namespace gapscope {

namespace {
constexpr int laneHeight = 46;
constexpr int top = 28;
constexpr int labelWidth = 120;
} // namespace

TimelineView::TimelineView(const Dataset &dataset, QWidget *parent) : QWidget(parent), m_dataset(dataset)
{
    setMouseTracking(true);
    setMinimumHeight(120);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void TimelineView::setFilter(const Filter &filter)
{
    m_filter = filter;
    updateGeometry();
    update();
}

void TimelineView::setLanguage(Language lang)
{
    m_language = lang;
    update();
}

void TimelineView::setSelectedEvent(const QString &id)
{
    m_selected = id;
    update();
}

QStringList TimelineView::visibleEvents() const
{
    QStringList ids;
    for (const Placed &p : layoutEvents())
        ids.append(p.event->id);
    return ids;
}

double TimelineView::xOf(const Event &e, double left, double width, double from, double to) const
{
    const int month = e.date.size() >= 7 ? e.date.mid(5, 2).toInt() : 1;
    const double t = e.year() + (month - 1) / 12.0;
    return left + (t - from) / std::max(1.0, to - from) * width;
}

QList<TimelineView::Placed> TimelineView::layoutEvents() const
{
    QStringList lanes;
    QList<const Event *> events;
    for (const Event &e : m_dataset.events) {
        if (!m_filter.acceptsCountry(e.country) || !m_filter.acceptsYear(e.year())
            || !m_filter.acceptsText({e.text}, {e.id, e.country, e.kind}) || !m_filter.acceptsFocus({e.text}))
            continue;
        events.append(&e);
        if (!lanes.contains(e.country))
            lanes.append(e.country);
    }
    std::sort(events.begin(), events.end(), [](const Event *a, const Event *b) { return a->date < b->date; });
    if (events.isEmpty())
        return {};
    const double from = events.constFirst()->year();
    const double to = events.constLast()->year() + 1;
    const double left = labelWidth;
    const double width = std::max(100, this->width() - labelWidth - 20);
    QList<Placed> placed;
    for (const Event *e : events) {
        const int lane = int(lanes.indexOf(e->country));
        const double x = xOf(*e, left, width, from, to);
        placed.append({e, QRectF(x - 6, top + lane * laneHeight + laneHeight / 2.0 - 6, 12, 12)});
    }
    return placed;
}

QSize TimelineView::sizeHint() const
{
    QSet<QString> lanes;
    for (const Event &e : m_dataset.events) {
        if (m_filter.acceptsCountry(e.country) && m_filter.acceptsYear(e.year()))
            lanes.insert(e.country);
    }
    return {800, top + int(std::max<qsizetype>(1, lanes.size())) * laneHeight + 10};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<Placed> placed = layoutEvents();
    if (placed.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No events for these countries and years. Widen the years or add countries."));
        return;
    }
    int first = 9999, last = 0;
    QStringList lanes;
    for (const Placed &pl : placed) {
        first = std::min(first, pl.event->year());
        last = std::max(last, pl.event->year());
        if (!lanes.contains(pl.event->country))
            lanes.append(pl.event->country);
    }
    const double left = labelWidth;
    const double width = std::max(100, this->width() - labelWidth - 20);
    const double span = std::max(1, last + 1 - first);
    // Year ticks along the top.
    p.setPen(palette().color(QPalette::Mid));
    const int step = span > 20 ? 5 : (span > 10 ? 2 : 1);
    for (int y = first; y <= last + 1; y += step) {
        const double x = left + (y - first) / span * width;
        p.drawLine(QPointF(x, top - 4), QPointF(x, top + lanes.size() * laneHeight));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(x - 30, 4, 60, 18), Qt::AlignCenter, QString::number(y));
        p.setPen(palette().color(QPalette::Mid));
    }
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        const double y = top + i * laneHeight + laneHeight / 2.0;
        p.setPen(QPen(CountryColors::color(m_dataset, lanes.at(i)), 2));
        p.drawLine(QPointF(left, y), QPointF(left + width, y));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(4, y - 10, labelWidth - 10, 20), Qt::AlignVCenter | Qt::AlignLeft,
                   DisplayText::country(m_dataset, lanes.at(i), m_language));
    }
    QFontMetrics fm(font());
    double lastLabelEnd[64] = {};
    bool belowNext[64] = {};
    for (const Placed &pl : placed) {
        const QColor color = CountryColors::color(m_dataset, pl.event->country);
        const bool selected = pl.event->id == m_selected;
        p.setPen(QPen(selected ? palette().color(QPalette::Highlight) : color.darker(150), selected ? 3 : 1));
        p.setBrush(color);
        p.drawEllipse(pl.dot);
        // The text beside the dot where there is room, alternating above and below the lane; near the
        // right edge it goes to the left of the dot rather than being cut off.
        const int lane = int(lanes.indexOf(pl.event->country)) % 64;
        const QString full = pl.event->text.text(m_language);
        const double wanted = std::min<double>(220, fm.horizontalAdvance(full) + 4);
        const double rightRoom = this->width() - pl.dot.right() - 8;
        const bool toTheRight = rightRoom >= wanted || rightRoom >= 120;
        const double textWidth = toTheRight ? std::min(wanted, rightRoom) : wanted;
        const QString text = fm.elidedText(full, Qt::ElideRight, int(textWidth) - 4);
        const double w = fm.horizontalAdvance(text) + 4;
        const double x = toTheRight ? pl.dot.right() + 4 : pl.dot.left() - 4 - w;
        if (x > lastLabelEnd[lane] && x >= 0) {
            const bool above = !belowNext[lane];
            belowNext[lane] = above;
            p.setPen(palette().color(QPalette::Text));
            const QRectF r(x, pl.dot.center().y() + (above ? -20 : 4), w, 16);
            p.drawText(r, (toTheRight ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, text);
            lastLabelEnd[lane] = std::max(r.right(), pl.dot.right()) + 8;
        }
    }
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    for (const Placed &pl : layoutEvents()) {
        if (pl.dot.adjusted(-4, -4, 4, 4).contains(event->position())) {
            emit eventClicked(pl.event->id);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (const Placed &pl : layoutEvents()) {
            if (pl.dot.adjusted(-4, -4, 4, 4).contains(help->pos())) {
                const Event &e = *pl.event;
                QToolTip::showText(help->globalPos(),
                                   tr("%1 · %2 · %3\n%4\nSource: %5")
                                       .arg(DisplayText::date(e.date, m_language), DisplayText::country(m_dataset, e.country, m_language),
                                            DisplayText::eventKind(e.kind), e.text.text(m_language),
                                            DisplayText::source(m_dataset, e.source, m_language)),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace gapscope
