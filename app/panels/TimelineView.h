#pragma once

#include "domain/Dataset.h"
#include "model/EventTableModel.h"
#include "query/Filter.h"

#include <QPointer>

#include <QWidget>

namespace gapscope {

// Events on a time axis: one lane per country, a dot per event at its date, its text beside it.
// Hovering shows the event and its source; clicking selects it. The events are the rows of an
// event table model (those its filter accepts), so that the timeline and the events table never
// disagree.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(const EventTableModel *events, QWidget *parent = nullptr);

    void setLanguage(Language lang);
    void setSelectedEvent(const QString &id);
    // The events drawn, in date order.
    QStringList visibleEvents() const;
    // The text drawn beside an event's dot: whole where the room to the next label allows.
    struct Label
    {
        QString event;
        QString text;
        QRectF rect;
        bool toTheRight = true;
    };
    QList<Label> labels() const;
    // What the view says when the filter leaves no event, empty when it shows some.
    QString emptyMessage() const;
    QSize sizeHint() const override;

signals:
    void eventClicked(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Placed
    {
        const Event *event;
        QRectF dot;
    };
    QList<Placed> layoutEvents() const;
    double xOf(const Event &e, double left, double width, double from, double to) const;
    void updateEmptyMessage();

    // The model's rows changed: drawn again, and the empty message with them.
    void eventsChanged();
    const Dataset &dataset() const { return *m_events->dataset(); }
    const Filter &filter() const;

    QPointer<const EventTableModel> m_events;
    Language m_language = interfaceLanguage(); // followed in changeEvent()
    QString m_selected;
    QString m_emptyMessage;
};

} // namespace gapscope
