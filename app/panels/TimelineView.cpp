#include "TimelineView.h"

#include "CountryColors.h"
#include "format/DisplayText.h"
#include "model/EventTableModel.h"
#include "query/EmptyReason.h"

#include <QHelpEvent>
#include <QMap>
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

TimelineView::TimelineView(const EventTableModel *events, QWidget *parent) : QWidget(parent), m_events(events)
{
    setMouseTracking(true);
    setMinimumHeight(120);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    connect(events, &QAbstractItemModel::modelReset, this, &TimelineView::eventsChanged);
    connect(events, &QAbstractItemModel::layoutChanged, this, &TimelineView::eventsChanged);
    connect(events, &QAbstractItemModel::rowsInserted, this, &TimelineView::eventsChanged);
    connect(events, &QAbstractItemModel::rowsRemoved, this, &TimelineView::eventsChanged);
    connect(events, &QAbstractItemModel::rowsMoved, this, &TimelineView::eventsChanged);
    connect(events, &QAbstractItemModel::dataChanged, this, &TimelineView::eventsChanged);
    eventsChanged();
}

const Filter &TimelineView::filter() const
{
    return m_events->filter();
}

void TimelineView::eventsChanged()
{
    updateEmptyMessage();
    updateGeometry();
    update();
}

void TimelineView::setLanguage(Language lang)
{
    m_language = lang;
    updateEmptyMessage();
    update();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_language = interfaceLanguage();
        updateEmptyMessage();
        update();
    }
    QWidget::changeEvent(event);
}

QString TimelineView::emptyMessage() const
{
    return m_emptyMessage;
}

void TimelineView::updateEmptyMessage()
{
    if (!m_events || !m_events->dataset()) {
        m_emptyMessage.clear();
        return;
    }
    if (m_events->rowCount() > 0) {
        m_emptyMessage.clear();
        return;
    }
    const EmptyReason reason = EmptyReason::find(dataset(), filter(), ExplorerState::Kind::Event);
    if (reason.isNone())
        m_emptyMessage.clear();
    else if (reason.noRecords())
        m_emptyMessage = tr("No events in this dataset.");
    else
        m_emptyMessage = tr("No events to show.") + QLatin1Char(' ') + reason.text(dataset(), filter(), m_language);
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
    if (!m_events || !m_events->dataset())
        return {};
    for (int row = 0; row < m_events->rowCount(); ++row) {
        const Event &e = dataset().events.at(m_events->recordAt(row));
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
    for (int row = 0; m_events && m_events->dataset() && row < m_events->rowCount(); ++row)
        lanes.insert(dataset().events.at(m_events->recordAt(row)).country);
    return {800, top + int(std::max<qsizetype>(1, lanes.size())) * laneHeight + 10};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<Placed> placed = layoutEvents();
    if (placed.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_emptyMessage);
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
        p.setPen(QPen(CountryColors::color(dataset(), lanes.at(i)), 2));
        p.drawLine(QPointF(left, y), QPointF(left + width, y));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(4, y - 10, labelWidth - 10, 20), Qt::AlignVCenter | Qt::AlignLeft,
                   DisplayText::country(dataset(), lanes.at(i), m_language));
    }
    for (const Placed &pl : placed) {
        const QColor color = CountryColors::color(dataset(), pl.event->country);
        const bool selected = pl.event->id == m_selected;
        p.setPen(QPen(selected ? palette().color(QPalette::Highlight) : color.darker(150), selected ? 3 : 1));
        p.setBrush(color);
        p.drawEllipse(pl.dot);
    }
    p.setPen(palette().color(QPalette::Text));
    for (const Label &l : labels())
        p.drawText(l.rect, (l.toTheRight ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, l.text);
}

QList<TimelineView::Label> TimelineView::labels() const
{
    const QList<Placed> placed = layoutEvents();
    // The dots of each lane, left to right.
    QMap<double, QList<const Placed *>> lanes;
    for (const Placed &pl : placed)
        lanes[pl.dot.center().y()].append(&pl);
    const QFontMetrics fm(font());
    const double leftEdge = labelWidth; // not over the country names
    const double rightEdge = width() - 8;
    constexpr double gap = 8;
    QList<Label> out;
    for (const QList<const Placed *> &lane : std::as_const(lanes)) {
        // Labels go above and below the lane in turn, from the right: each runs whole to the
        // right of its dot up to the next label on its side, and is shortened only where that
        // label or the edge leaves too little room. Near the right edge a label goes to the left.
        QList<QRectF> taken[2];
        int side = 0;
        for (qsizetype k = lane.size() - 1; k >= 0; --k) {
            const Placed &pl = *lane.at(k);
            const QString full = pl.event->text.text(m_language);
            const double fullWidth = fm.horizontalAdvance(full) + 4;
            Label best;
            double bestWidth = 0;
            bool bestWhole = false;
            int bestSide = side;
            for (const int s : {side, 1 - side}) {
                const double startRight = pl.dot.right() + 4;
                const double endLeft = pl.dot.left() - 4;
                double rightLimit = rightEdge;
                double leftLimit = leftEdge;
                for (const QRectF &r : std::as_const(taken[s])) {
                    if (r.left() >= startRight)
                        rightLimit = std::min(rightLimit, r.left() - gap);
                    else if (r.right() <= endLeft)
                        leftLimit = std::max(leftLimit, r.right() + gap);
                    else
                        rightLimit = leftLimit = startRight; // a label is over the dot already
                }
                const double rightRoom = rightLimit - startRight;
                const double leftRoom = endLeft - leftLimit;
                const bool right = rightRoom >= std::min(fullWidth, 120.0) || rightRoom >= leftRoom;
                const double w = std::min(fullWidth, right ? rightRoom : leftRoom);
                const bool whole = w >= fullWidth;
                if (w < 40 || (bestWhole && !whole) || (bestWhole == whole && w <= bestWidth))
                    continue;
                const double x = right ? startRight : endLeft - w;
                best = {pl.event->id, whole ? full : fm.elidedText(full, Qt::ElideRight, int(w) - 4),
                        QRectF(x, pl.dot.center().y() + (s == 0 ? -20 : 4), w, 16), right};
                bestWidth = w;
                bestWhole = whole;
                bestSide = s;
                if (whole)
                    break;
            }
            if (bestWidth <= 0)
                continue;
            out.append(best);
            taken[bestSide].append(best.rect);
            side = 1 - bestSide;
        }
    }
    return out;
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
                                       .arg(DisplayText::date(e.date, m_language), DisplayText::country(dataset(), e.country, m_language),
                                            DisplayText::eventKind(e.kind), e.text.text(m_language),
                                            DisplayText::source(dataset(), e.source, m_language)),
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
