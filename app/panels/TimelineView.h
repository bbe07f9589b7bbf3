#pragma once

#include "domain/Dataset.h"
#include "query/Filter.h"

#include <QWidget>

namespace gapscope {

// Events on a time axis: one lane per country, a dot per event at its date, its text beside it.
// Hovering shows the event and its source; clicking selects it.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(const Dataset &dataset, QWidget *parent = nullptr);

    void setFilter(const Filter &filter);
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

    const Dataset &m_dataset;
    Filter m_filter;
    Language m_language = Language::English;
    QString m_selected;
    QString m_emptyMessage;
};

} // namespace gapscope
