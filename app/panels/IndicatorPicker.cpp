#include "IndicatorPicker.h"

#include "format/DisplayText.h"
#include "query/IndicatorSeries.h"

namespace gapscope {

IndicatorPicker::IndicatorPicker(QWidget *parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_wanted = indicator();
        emit indicatorPicked(m_wanted);
    });
}

void IndicatorPicker::setIndicator(const QString &id)
{
    m_wanted = id;
    const int index = findData(id);
    if (index >= 0)
        setCurrentIndex(index);
}

void IndicatorPicker::fill(const Dataset &dataset, const ObservationIndex &index, const std::vector<int> &rows,
                           Language lang)
{
    m_filling = true;
    const QString wanted = m_wanted.isEmpty() && m_none.isEmpty() ? indicator() : m_wanted;
    clear();
    if (!m_none.isEmpty())
        addItem(m_none, QString());
    QStringList ids = IndicatorSeries::indicatorsWithData(index, rows);
    if (!wanted.isEmpty() && !ids.contains(wanted) && dataset.indicator(wanted))
        ids.prepend(wanted);
    for (const QString &id : std::as_const(ids))
        addItem(DisplayText::indicator(dataset, id, lang), id);
    const int at = findData(wanted);
    setCurrentIndex(at >= 0 ? at : 0);
    if (m_wanted.isEmpty() && m_none.isEmpty())
        m_wanted = indicator();
    m_filling = false;
}

} // namespace gapscope
