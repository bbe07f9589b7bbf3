#include "BubblePanel.h"

#include "BubbleCanvas.h"
#include "CanvasArea.h"
#include "IndicatorPicker.h"
#include "YearPlayer.h"
#include "format/DisplayText.h"
#include "model/ExplorerState.h"
#include "query/ObservationQuery.h"
#include "view/SavedView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace gapscope {

BubblePanel::BubblePanel(const ObservationQuery *query, ExplorerState *state, QWidget *parent)
    : YearPanel(query, state, parent)
{
    m_xLabel = new QLabel(this);
    m_yLabel = new QLabel(this);
    m_sizeLabel = new QLabel(this);
    m_x = new IndicatorPicker(this);
    m_x->setObjectName(QStringLiteral("bubbleX"));
    m_y = new IndicatorPicker(this);
    m_y->setObjectName(QStringLiteral("bubbleY"));
    m_size = new IndicatorPicker(this);
    m_size->setObjectName(QStringLiteral("bubbleSize"));
    for (IndicatorPicker *p : {m_x, m_y, m_size})
        p->setMinimumContentsLength(14);
    m_xLabel->setBuddy(m_x);
    m_yLabel->setBuddy(m_y);
    m_sizeLabel->setBuddy(m_size);
    m_x->setIndicator(QStringLiteral("ai_scholarly_publications"));
    m_y->setIndicator(QStringLiteral("private_ai_investment"));
    m_logX = new QCheckBox(this);
    m_logX->setObjectName(QStringLiteral("bubbleLogX"));
    m_logX->setChecked(true);
    m_logY = new QCheckBox(this);
    m_logY->setObjectName(QStringLiteral("bubbleLogY"));
    m_logY->setChecked(true);
    m_colourLabel = new QLabel(this);
    m_colour = new QComboBox(this);
    m_colour->setObjectName(QStringLiteral("bubbleColour"));
    m_colour->addItems({QString(), QString()}); // named by retranslateUi()
    m_colourLabel->setBuddy(m_colour);
    m_canvas = new BubbleCanvas(m_dataset, this);
    m_stack = new CanvasArea(m_canvas, this);
    m_missing = new QLabel(this);

    auto *pickers = new QGridLayout;
    pickers->addWidget(m_xLabel, 0, 0);
    pickers->addWidget(m_x, 0, 1);
    pickers->addWidget(m_logX, 0, 2);
    pickers->addWidget(m_sizeLabel, 0, 3);
    pickers->addWidget(m_size, 0, 4);
    pickers->addWidget(m_yLabel, 1, 0);
    pickers->addWidget(m_y, 1, 1);
    pickers->addWidget(m_logY, 1, 2);
    pickers->addWidget(m_player, 1, 3, 1, 2);
    pickers->addWidget(m_colourLabel, 0, 5);
    pickers->addWidget(m_colour, 0, 6);
    pickers->setColumnStretch(1, 1);
    pickers->setColumnStretch(4, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(pickers);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_missing);

    for (IndicatorPicker *p : {m_x, m_y, m_size}) {
        connect(p, &IndicatorPicker::indicatorPicked, this, [this] {
            if (m_filling)
                return;
            rebuild();
            emit settingsChanged();
        });
    }
    for (QCheckBox *box : {m_logX, m_logY}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            showYear();
            emit settingsChanged();
        });
    }
    connect(m_colour, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_canvas->setColourByRegion(index == 1);
        emit settingsChanged();
    });
    connect(m_canvas, &BubbleCanvas::countryClicked, this,
            [this](const QString &code) { m_state->select(ExplorerState::Kind::Country, code); });
    retranslateUi();
    fill();
    rebuild();
}

QString BubblePanel::xIndicator() const { return m_x->indicator(); }
QString BubblePanel::yIndicator() const { return m_y->indicator(); }
QString BubblePanel::sizeIndicator() const { return m_size->indicator(); }

void BubblePanel::setIndicators(const QString &x, const QString &y, const QString &size)
{
    m_filling = true;
    m_x->setIndicator(x);
    m_y->setIndicator(y);
    m_size->setIndicator(size);
    m_filling = false;
    rebuild();
}

bool BubblePanel::logX() const { return m_logX->isChecked(); }
bool BubblePanel::logY() const { return m_logY->isChecked(); }

void BubblePanel::setLog(bool x, bool y)
{
    m_logX->setChecked(x);
    m_logY->setChecked(y);
}

bool BubblePanel::colourByRegion() const { return m_colour->currentIndex() == 1; }
void BubblePanel::setColourByRegion(bool on) { m_colour->setCurrentIndex(on ? 1 : 0); }

void BubblePanel::applyView(const SavedView &view)
{
    setIndicators(view.bubble.x, view.bubble.y, view.bubble.size);
    setLog(view.bubble.logX, view.bubble.logY);
    setColourByRegion(view.bubble.byRegion);
    setYear(view.bubble.year);
}

void BubblePanel::writeView(SavedView &view) const
{
    view.bubble = {xIndicator(), yIndicator(), sizeIndicator(), logX(), logY(), year(), colourByRegion()};
}

QSet<QString> BubblePanel::sourceIds() const
{
    QSet<QString> ids;
    for (const BubbleChart::Bubble &b : m_chart.bubbles(year())) {
        for (int row : {b.xRow, b.yRow, b.sizeRow}) {
            if (row >= 0)
                ids.insert(m_dataset.observations.sourceAt(row));
        }
    }
    return ids;
}

QString BubblePanel::emptyMessage() const
{
    return m_stack->message();
}

QString BubblePanel::missingText() const { return m_missing->text(); }

void BubblePanel::retranslateUi()
{
    m_xLabel->setText(tr("&Across:"));
    m_yLabel->setText(tr("&Up:"));
    m_sizeLabel->setText(tr("&Size:"));
    m_size->setNoneText(tr("None"));
    m_logX->setText(tr("Log scale"));
    m_logY->setText(tr("Log scale"));
    m_logX->setAccessibleName(tr("Logarithmic horizontal axis"));
    m_logY->setAccessibleName(tr("Logarithmic vertical axis"));
    m_size->setToolTip(tr("The indicator the bubbles' areas show, or none"));
    m_colourLabel->setText(tr("&Colour:"));
    m_colour->setItemText(0, tr("Country"));
    m_colour->setItemText(1, tr("Region"));
    m_colour->setToolTip(tr("Each bubble in its country's colour, or in its region's with a legend of the regions"));
}

void BubblePanel::fill()
{
    for (IndicatorPicker *p : {m_x, m_y, m_size})
        p->fill(m_dataset, m_query->index(), m_query->rows(), m_language);
}

void BubblePanel::rebuild()
{
    m_chart.build(m_dataset, m_query->index(), xIndicator(), yIndicator(), sizeIndicator(), m_query->rows());
    showYears(m_chart.years());
}

void BubblePanel::showYear()
{
    if (m_chart.isEmpty()) {
        QStringList names;
        for (const QString &id : {xIndicator(), yIndicator(), sizeIndicator()}) {
            if (!id.isEmpty())
                names << DisplayText::indicator(m_dataset, id, m_language);
        }
        m_missing->clear();
        m_stack->showMessage(tr("No country has values of %1 in the same year for this filter.")
                                 .arg(names.join(tr(" and "))));
        return;
    }
    const int year = m_player->year();
    const QStringList missing = m_chart.missing(year);
    m_missing->setText(missing.isEmpty() ? QString()
                                         : tr("%n countries without data in %1", nullptr, int(missing.size())).arg(year));
    m_missing->setToolTip(DisplayText::countries(m_dataset, missing, m_language));
    const ExplorerState::Selection &s = m_state->selection();
    m_canvas->showChart(&m_chart, year, s.kind == ExplorerState::Kind::Country ? s.id : QString(), logX(), logY(),
                        m_language);
    m_stack->showCanvas();
}

} // namespace gapscope
