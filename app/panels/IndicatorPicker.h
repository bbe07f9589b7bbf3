#pragma once

#include "domain/Language.h"

#include <QComboBox>
#include <vector>

namespace gapscope {

class Dataset;
class ObservationIndex;

// A list of the indicators that have observations among a panel's rows, most observations first,
// named in the language. The indicator wanted (picked by the user or set) stays listed even when
// the rows leave it without data, so that a panel can say why it is empty instead of jumping to
// another indicator; refilling keeps it current.
class IndicatorPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit IndicatorPicker(QWidget *parent = nullptr);

    QString indicator() const { return currentData().toString(); }
    // Shows `id` when it is listed, and keeps wanting it.
    void setIndicator(const QString &id);
    // With a text, the list starts with an item of that text for no indicator (indicator() empty),
    // which is what it shows until an indicator is set or picked. Takes effect at the next fill().
    void setNoneText(const QString &text) { m_none = text; }
    // Lists the indicators with data among `rows` of `dataset` (`index` is built from it).
    void fill(const Dataset &dataset, const ObservationIndex &index, const std::vector<int> &rows, Language lang);

signals:
    // Another indicator is shown, picked or set (not while the list is refilled).
    void indicatorPicked(const QString &id);

private:
    QString m_wanted;
    QString m_none;
    bool m_filling = false;
};

} // namespace gapscope
