#pragma once

#include "DrawnLineChart.h"
#include "domain/Dataset.h"
#include "chart/LineChartPlan.h"
#include "query/IndicatorSeries.h"
#include "IndicatorPicker.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QAbstractSeries;
class QScatterSeries;
class QXYSeries;

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QToolButton;

class QChart;
class QChartView;

namespace gapscope {

class ChartArea;

class BarValueLabels;
class ExplorerState;
class ObservationQuery;
class UpdateWhenShown;

// An indicator drawn for the filtered countries: a line over the years (with the events of
// those countries as markers on the curves), grouped bars per year, or stacked / percentage
// bars for shares. Axis titles carry the unit; hovering a point shows its value and source.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Line, Bar, Stacked, Percent };

    // `index` is built from `dataset` and kept current by the owner of both.
    // Draws the rows of `query`, which its owner keeps on the filter of `state`.
    ChartPanel(const ObservationQuery *query, ExplorerState *state, QWidget *parent = nullptr);

    void setLanguage(Language lang);
    // The indicator, kind and scale the window's chart had last time; and kept for next time.
    void restoreSettings();
    void saveSettings() const;
    // Events were added, edited or removed: the markers are drawn again.
    void recordsChanged()
    {
        m_drawnLine.forget();
        rebuild();
    }
    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    QString indicator() const;
    void setIndicator(const QString &id);
    bool logScale() const;
    void setLogScale(bool on);

    // What reads the chart (these and the messages and labels below) finds it up to date.
    QChart *chart() const;
    // What the value axis divides the values by (1e9 where its title says "billions"), as last drawn.
    double valueScale() const;
    QComboBox *indicatorPicker() const;
    // Whether the rows changed and the chart waits for the event loop's next turn to be drawn.
    bool redrawPending() const;
    // Shown instead of the chart while its data are on their way (a workspace loading); empty
    // shows the chart again.
    void setWaitingText(const QString &text);
    // The message shown instead of the chart when nothing matches, empty when a chart shows.
    QString emptyMessage() const;
    // The entries the chart's legend shows, in order: the countries, then the keys to the styles
    // and the events (not the series that draw a country's runs and points).
    QStringList legendLabels() const;
    // The values written on the bars of a bar chart (when there are few bars), in order; empty
    // for a line chart or many bars.
    QStringList barValueLabels() const;
    // A bar chart writes its values on its bars when it has at most this many.
    static constexpr int maxLabelledBars = 12;

signals:
    void settingsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::optional<Observation> observation(const QString &id) const;
    // The value of `o` as a tooltip writes it, with its kind when it was not measured.
    QString valueText(const Observation &o, const Unit *unit) const;
    void retranslateUi();
    void fillIndicators();
    void rebuild();
    // Removes every series and axis, and the title.
    void clearChart();
    LineChartSeries::Drawn buildLine(const Indicator &indicator, const LineChartPlan &plan);
    // Tooltips and selection for the points of one run (or the hollow points) of `curve`, whose
    // values are in the unit `unitId`.
    void followPoints(QXYSeries *line, const LineChartPlan::Curve &curve, const QString &unitId);
    // Tooltips and selection for the events' markers; `ids` are the events of its points.
    void followEvents(QScatterSeries *markers, const QStringList &ids);
    void buildBars(const Indicator &indicator, double scale, const QList<IndicatorSeries::Series> &data);
    void showEmpty(const QString &message);
    // A divisor that keeps axis labels short, and its name for the axis title.
    std::pair<double, QString> axisScale(double maxValue) const;

    const Dataset &m_dataset;
    const ObservationIndex &m_index;
    const ObservationQuery *m_query;
    ExplorerState *m_state;
    Language m_language = interfaceLanguage(); // followed in changeEvent()
    Kind m_kind = Kind::Line;
    double m_valueScale = 1;
    UpdateWhenShown *m_redraw = nullptr;
    QString m_waitingText;
    IndicatorPicker *m_indicator = nullptr;
    QToolButton *m_kindButtons[4] = {};
    QButtonGroup *m_kindGroup = nullptr;
    QCheckBox *m_log = nullptr;
    ChartArea *m_area = nullptr;
    QChartView *m_view = nullptr; // the area's
    QChart *m_chart = nullptr; // the area's
    QSet<const QAbstractSeries *> m_outOfLegend; // series whose legend entry is hidden
    QPointer<BarValueLabels> m_barLabels; // of the bar chart shown, if it has them
    DrawnLineChart m_drawnLine; // the line chart shown, whose points an edit moves in place
};

} // namespace gapscope
