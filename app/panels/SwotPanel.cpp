#include "SwotPanel.h"

#include "CountryColors.h"
#include "format/DisplayText.h"
#include "model/Roles.h"
#include "model/SwotModel.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gapscope {

SwotPanel::SwotPanel(const Dataset &dataset, ExplorerState *state, QWidget *parent)
    : QWidget(parent), m_dataset(dataset), m_state(state)
{
    auto *content = new QWidget;
    m_grids = new QHBoxLayout(content);
    m_grids->setContentsMargins(4, 4, 4, 4);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);
    connect(m_state, &ExplorerState::filterChanged, this, &SwotPanel::rebuild);
    rebuild();
}

void SwotPanel::setLanguage(Language lang)
{
    if (lang == m_language)
        return;
    m_language = lang;
    rebuild();
}

void SwotPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

int SwotPanel::itemCount(const QString &country, QChar quadrant) const
{
    const qsizetype i = m_countries.indexOf(country);
    if (i < 0)
        return 0;
    return m_models.at(i)->rowCount(m_models.at(i)->quadrantIndex(quadrant));
}

QString SwotPanel::emptyMessage() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

void SwotPanel::rebuild()
{
    while (QLayoutItem *item = m_grids->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    qDeleteAll(m_models);
    m_models.clear();
    m_countries.clear();

    const Filter &f = m_state->filter();
    // The countries that have SWOT items: those filtered, or every one when none is.
    for (const Country &c : m_dataset.countries) {
        if (!f.acceptsCountry(c.code))
            continue;
        for (const SwotItem &s : m_dataset.swot) {
            if (s.country == c.code) {
                m_countries.append(c.code);
                break;
            }
        }
    }
    // Korea first: the SWOT the articles are about.
    if (m_countries.removeOne(QStringLiteral("KOR")))
        m_countries.prepend(QStringLiteral("KOR"));

    for (const QString &code : m_countries) {
        auto *model = new SwotModel(this);
        model->setLanguage(m_language);
        model->setDataset(&m_dataset);
        Filter own = f;
        own.countries = {code};
        model->setFilter(own);
        m_models.append(model);

        auto *box = new QGroupBox(DisplayText::country(m_dataset, code, m_language));
        box->setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; color: %1; }")
                               .arg(CountryColors::color(m_dataset, code).darker(140).name()));
        auto *grid = new QGridLayout(box);
        for (int q = 0; q < 4; ++q) {
            const QChar quadrant = SwotModel::quadrants[q];
            auto *cell = new QVBoxLayout;
            auto *title = new QLabel(QStringLiteral("<b>%1</b> (%2)")
                                         .arg(DisplayText::quadrant(quadrant))
                                         .arg(model->rowCount(model->quadrantIndex(quadrant))));
            auto *list = new QListView;
            list->setModel(model);
            list->setRootIndex(model->quadrantIndex(quadrant));
            list->setWordWrap(true);
            list->setAlternatingRowColors(true);
            list->setAccessibleName(tr("%1 of %2").arg(DisplayText::quadrant(quadrant),
                                                       DisplayText::country(m_dataset, code, m_language)));
            connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
                if (i.isValid())
                    m_state->select(ExplorerState::Kind::Swot, i.data(IdRole).toString());
            });
            cell->addWidget(title);
            cell->addWidget(list);
            grid->addLayout(cell, q / 2, q % 2);
        }
        m_grids->addWidget(box, 1);
    }
    const bool empty = m_countries.isEmpty();
    m_empty->setVisible(empty);
    if (empty)
        m_empty->setText(tr("No SWOT analysis for the filtered countries. The sources give one for Korea, "
                            "and strengths and constraints for the United States and China."));
}

} // namespace gapscope
