#include "GapPanel.h"

#include "ChartArea.h"
#include "GapChart.h"
#include "Settings.h"
#include "UpdateWhenShown.h"
#include "format/DisplayText.h"
#include "gap/GapCalculator.h"
#include "gap/GapSerializer.h"
#include "io/OutputWriter.h"
#include "gap/GapText.h"
#include "model/ExplorerState.h"
#include "model/GapTableModel.h"
#include "query/ObservationQuery.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace gapscope {

GapPanel::GapPanel(const ObservationQuery *query, ExplorerState *state, QWidget *parent)
    : ViewPanel(parent), m_dataset(query->dataset()), m_query(query), m_state(state)
{
    m_language = interfaceLanguage();
    m_indicatorLabel = new QLabel(this);
    m_indicator = new QComboBox(this);
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_indicator->setObjectName(QStringLiteral("gapIndicator"));
    m_leaderLabel = new QLabel(this);
    m_leader = new QComboBox(this);
    m_leader->setObjectName(QStringLiteral("gapLeader"));
    m_followerLabel = new QLabel(this);
    m_followerButton = new QToolButton(this);
    m_followerButton->setObjectName(QStringLiteral("gapFollowers"));
    m_followerButton->setPopupMode(QToolButton::InstantPopup);
    m_followerMenu = new QMenu(m_followerButton);
    m_followerButton->setMenu(m_followerMenu);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("gapMethod"));
    m_method->addItem(QString(), int(GapMethod::RunningMax));
    m_method->addItem(QString(), int(GapMethod::Values));
    m_indicatorLabel->setBuddy(m_indicator);
    m_leaderLabel->setBuddy(m_leader);
    m_followerLabel->setBuddy(m_followerButton);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_indicatorLabel);
    toolbar->addWidget(m_indicator, 1);
    toolbar->addWidget(m_leaderLabel);
    toolbar->addWidget(m_leader);
    toolbar->addWidget(m_followerLabel);
    toolbar->addWidget(m_followerButton);
    toolbar->addWidget(m_method);

    m_methodLabel = new QLabel(this);
    m_methodLabel->setObjectName(QStringLiteral("gapMethodLabel"));
    m_methodLabel->setWordWrap(true);

    m_area = new ChartArea(this);
    m_chart = m_area->chart();

    m_model = new GapTableModel(this);
    m_model->setLanguage(m_language);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_paragraph = new QLabel(this);
    m_paragraph->setObjectName(QStringLiteral("gapMethodParagraph"));
    m_paragraph->setWordWrap(true);
    m_paragraph->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_references = new QLabel(this);
    m_references->setObjectName(QStringLiteral("gapReferences"));
    m_references->setWordWrap(true);
    m_references->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Chart, table and the texts under it in a splitter, so that a short dock never lays them over
    // each other; the texts scroll when the dock is too short for them.
    auto *texts = new QWidget(this);
    auto *textLayout = new QVBoxLayout(texts);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_paragraph);
    textLayout->addWidget(m_references);
    textLayout->addStretch(1);
    auto *textScroll = new QScrollArea(this);
    textScroll->setWidgetResizable(true);
    textScroll->setFrameShape(QFrame::NoFrame);
    textScroll->setWidget(texts);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_area);
    split->addWidget(m_table);
    split->addWidget(textScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 1);
    split->setSizes({500, 300, 90});
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_area->setMinimumHeight(200);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 4);
    textScroll->setMinimumHeight(m_paragraph->fontMetrics().height() * 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(toolbar);
    layout->addWidget(m_methodLabel);
    layout->addWidget(split, 1);

    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_wantedIndicator = m_indicator->currentData().toString();
        m_chosenMethod.reset(); // each indicator starts on its own default
        fillCountries();
        rebuild();
        emit settingsChanged();
    });
    connect(m_leader, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_wantedLeader = m_leader->currentData().toString();
        fillCountries();
        rebuild();
        emit settingsChanged();
    });
    connect(m_method, &QComboBox::activated, this, [this](int index) {
        m_chosenMethod = GapMethod(m_method->itemData(index).toInt());
        rebuild();
        emit settingsChanged();
    });
    // The filter's rows changed: drawn anew now, or when next shown.
    m_update = new UpdateWhenShown(this, [this] {
        fillIndicators();
        fillCountries();
        rebuild();
    });
    connect(m_query, &ObservationQuery::changed, m_update, &UpdateWhenShown::request);
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("gapExportTableAction"));
    connect(m_exportAction, &QAction::triggered, this, &GapPanel::chooseExportFile);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_exportAction);
    retranslateUi();
    fillIndicators();
    fillCountries();
    rebuild();
}

void GapPanel::applyView(const SavedView &view)
{
    if (!view.indicator.isEmpty())
        setIndicator(view.indicator);
    if (!view.gapLeader.isEmpty())
        setLeader(view.gapLeader);
    if (!view.gapFollowers.isEmpty())
        setFollowers(view.gapFollowers);
    GapMethod method;
    if (gapMethodFromName(view.gapMethod, &method))
        setMethod(method);
}

void GapPanel::writeView(SavedView &view) const
{
    view.indicator = indicator();
    view.gapLeader = leader();
    view.gapFollowers = followers();
    view.gapFollowers.removeAll(view.gapLeader);
    if (m_chosenMethod)
        view.gapMethod = gapMethodName(*m_chosenMethod);
}

void GapPanel::restoreSettings()
{
    applyView(Settings::gapChoices());
}

void GapPanel::saveSettings() const
{
    SavedView view;
    writeView(view);
    view.gapFollowers = m_wantedFollowers;
    Settings::setGapChoices(view);
}

void GapPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        setLanguage(interfaceLanguage());
    }
    ViewPanel::changeEvent(event);
}

void GapPanel::setLanguage(Language lang)
{
    if (lang == m_language && m_model->language() == lang)
        return;
    m_language = lang;
    m_model->setLanguage(lang);
    // At once, also behind another tab: every text the window holds is in the new language. The
    // same indicators, countries and figures, named anew; nothing is measured again (which
    // indicators have a series took most of a language switch at a million observations).
    m_filling = true;
    for (int i = 0; i < m_indicator->count(); ++i)
        m_indicator->setItemText(i, DisplayText::indicator(m_dataset, m_indicator->itemData(i).toString(), lang));
    for (int i = 0; i < m_leader->count(); ++i)
        m_leader->setItemText(i, DisplayText::country(m_dataset, m_leader->itemData(i).toString(), lang));
    for (QAction *a : m_followerMenu->actions())
        a->setText(DisplayText::country(m_dataset, a->data().toString(), lang));
    m_filling = false;
    updateFollowerButton();
    showResults();
}

void GapPanel::retranslateUi()
{
    m_indicatorLabel->setText(tr("&Indicator:"));
    m_leaderLabel->setText(tr("&Leader:"));
    m_followerLabel->setText(tr("&Followers:"));
    m_indicator->setToolTip(tr("The indicator to measure the gap on"));
    m_leader->setToolTip(tr("The country the others are measured against"));
    m_followerButton->setToolTip(tr("The countries whose gap behind the leader is measured"));
    m_method->setToolTip(tr("How the series are read: the largest value to date (for frontier indicators such as "
                            "the largest training compute so far), or the values as observed"));
    m_method->setItemText(0, tr("Running maximum"));
    m_method->setItemText(1, tr("Values as observed"));
    m_table->setAccessibleName(tr("Gaps"));
    m_exportAction->setText(tr("Export gap table as CSV or JSON…"));
}

void GapPanel::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export gap table"), QStringLiteral("gap.csv"),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    if (!path.isEmpty() && !exportTable(path))
        QMessageBox::warning(this, tr("Export gap table"), m_error);
}

bool GapPanel::exportTable(const QString &path)
{
    const bool json = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    const QByteArray bytes = OutputWriter::write(
        json ? OutputWriter::Format::Json : OutputWriter::Format::Csv,
        GapSerializer::records(m_dataset, m_model->results(), m_language), GapSerializer::fields(), {});
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    m_error.clear();
    return true;
}

QString GapPanel::emptyMessage() const
{
    return m_area->message();
}

QStringList GapPanel::explanation() const
{
    QStringList texts{m_methodLabel->text(), m_paragraph->text()};
    if (!m_referenceRecords.isEmpty())
        texts.append(m_references->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    return texts;
}

QSet<QString> GapPanel::sourceIds() const
{
    const Filter &f = m_state->filter();
    const QString id = indicator();
    const QString lead = leader();
    const QStringList measured = followers();
    QSet<QString> ids;
    const ObservationTable &o = m_dataset.observations;
    for (qsizetype i = 0; i < o.size(); ++i) {
        if (o.indicatorAt(i) == id
            && (o.entityAt(i) == lead || (measured.contains(o.entityAt(i)) && f.acceptsYear(o.yearAt(i)))))
            ids.insert(o.sourceAt(i));
    }
    for (int record : m_referenceRecords)
        ids.insert(m_dataset.observations.sourceAt(record));
    return ids;
}

QString GapPanel::indicator() const
{
    return m_indicator->currentData().toString();
}

void GapPanel::setIndicator(const QString &id)
{
    const int index = m_indicator->findData(id);
    if (index >= 0)
        m_indicator->setCurrentIndex(index); // rebuilds through currentIndexChanged
    m_wantedIndicator = id;
}

QString GapPanel::leader() const
{
    return m_leader->currentData().toString();
}

void GapPanel::setLeader(const QString &code)
{
    m_wantedLeader = code;
    fillCountries();
    rebuild();
}

QStringList GapPanel::followers() const
{
    QStringList codes;
    for (QAction *a : m_followerMenu->actions()) {
        if (a->isChecked())
            codes.append(a->data().toString());
    }
    return codes;
}

void GapPanel::setFollowers(const QStringList &codes)
{
    m_wantedFollowers = codes;
    fillCountries();
    rebuild();
}

GapMethod GapPanel::method() const
{
    if (m_chosenMethod)
        return *m_chosenMethod;
    const Indicator *i = m_dataset.indicator(indicator());
    return i ? GapCalculator::defaultMethod(*i) : GapMethod::Values;
}

void GapPanel::setMethod(GapMethod method)
{
    m_chosenMethod = method;
    rebuild();
}

void GapPanel::fillIndicators()
{
    const Filter &f = m_state->filter();
    QStringList ids;
    for (const QString &id : GapCalculator::measurableIndicators(m_dataset)) {
        const Indicator *i = m_dataset.indicator(id);
        if (f.acceptsIndicator(id) && i && f.acceptsDimension(i->dimension))
            ids.append(id);
    }
    if (!ids.contains(m_wantedIndicator)) {
        // A frontier indicator (the largest training compute to date, a cumulative count), where a
        // time gap always has an answer; among them, or else among all, the one with the most
        // observations of the leader and followers: the longest series.
        qsizetype best = -1;
        QStringList frontier;
        for (const QString &id : std::as_const(ids)) {
            const Indicator *i = m_dataset.indicator(id);
            if (i && GapCalculator::defaultMethod(*i) == GapMethod::RunningMax)
                frontier.append(id);
        }
        for (const QString &id : std::as_const(frontier.isEmpty() ? ids : frontier)) {
            const ObservationTable &o = m_dataset.observations;
            qsizetype count = 0;
            for (qsizetype i = 0; i < o.size(); ++i) {
                count += o.indicatorAt(i) == id
                    && (o.entityAt(i) == m_wantedLeader || m_wantedFollowers.contains(o.entityAt(i)));
            }
            if (count > best) {
                best = count;
                m_wantedIndicator = id;
            }
        }
    }
    m_filling = true;
    m_indicator->clear();
    for (const QString &id : ids)
        m_indicator->addItem(DisplayText::indicator(m_dataset, id, m_language), id);
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(m_wantedIndicator)));
    m_filling = false;
}

void GapPanel::fillCountries()
{
    const QString id = indicator();
    QSet<QString> withData;
    const ObservationTable &rows = m_dataset.observations;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.indicatorAt(i) == id)
            withData.insert(rows.entityAt(i));
    }
    m_filling = true;
    m_leader->clear();
    m_followerMenu->clear();
    const Filter &f = m_state->filter();
    for (const Country &c : m_dataset.countries) {
        if (!withData.contains(c.code))
            continue;
        const QString name = DisplayText::country(m_dataset, c.code, m_language);
        m_leader->addItem(name, c.code);
        if (!f.acceptsCountry(c.code))
            continue;
        QAction *a = m_followerMenu->addAction(name);
        a->setData(c.code);
        a->setCheckable(true);
        a->setChecked(m_wantedFollowers.contains(c.code));
        connect(a, &QAction::toggled, this, [this, a](bool on) {
            const QString code = a->data().toString();
            m_wantedFollowers.removeAll(code);
            if (on)
                m_wantedFollowers.append(code);
            updateFollowerButton();
            rebuild();
            emit settingsChanged();
        });
    }
    m_leader->setCurrentIndex(std::max(0, m_leader->findData(m_wantedLeader)));
    for (QAction *a : m_followerMenu->actions())
        a->setEnabled(a->data().toString() != leader());
    m_filling = false;
    updateFollowerButton();
}

void GapPanel::updateFollowerButton()
{
    QStringList names;
    for (QAction *a : m_followerMenu->actions()) {
        if (a->isChecked() && a->data().toString() != leader())
            names.append(a->text());
    }
    m_followerButton->setText(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
}

void GapPanel::rebuild()
{
    if (m_filling)
        return;
    const Filter &f = m_state->filter();
    const GapMethod used = method();
    m_method->setCurrentIndex(m_method->findData(int(used)));
    const QString id = indicator();
    const QString lead = leader();
    QList<GapResult> results;
    QStringList followerCodes;
    for (const QString &code : followers()) {
        if (code == lead)
            continue;
        followerCodes.append(code);
        GapResult r = GapCalculator::compute(m_dataset, id, lead, code, used, f.yearFrom, f.yearTo);
        if (!r.points.isEmpty())
            results.append(r);
    }
    m_model->setResults(&m_dataset, results);
    m_referenceRecords = id.isEmpty() || lead != QLatin1String("USA")
        ? QList<int>()
        : GapCalculator::references(m_dataset, followerCodes, f.yearFrom, f.yearTo);
    showResults();
}

void GapPanel::showResults()
{
    if (m_filling)
        return;
    const QList<GapResult> &results = m_model->results();
    const QString id = indicator();
    const GapMethod used = method();
    if (results.isEmpty()) {
        const QStringList measured = followers();
        const bool noFollowers = std::all_of(measured.cbegin(), measured.cend(),
                                             [this](const QString &code) { return code == leader(); });
        m_chart->removeAllSeries();
        m_area->showMessage(id.isEmpty() ? tr("No indicator has a series of at least two dates in the filter.")
                         : noFollowers
                             ? tr("Pick one or more followers other than the leader.")
                             : tr("None of the followers has a value of this indicator in the filter's years."));
    } else {
        GapChart::draw(m_chart, m_dataset, results, m_referenceRecords, m_language);
        m_area->showChart();
    }
    const Indicator *shown = m_dataset.indicator(id);
    const bool isDefault = !m_chosenMethod || (shown && *m_chosenMethod == GapCalculator::defaultMethod(*shown));
    m_methodLabel->setText(isDefault ? tr("Method: %1, the default for this indicator.").arg(GapText::methodName(used))
                                     : tr("Method: %1, as chosen.").arg(GapText::methodName(used)));
    const GapPrecision precision = results.isEmpty() ? GapPrecision::Years : results.first().precision;
    m_paragraph->setText(GapText::methodParagraph(used, precision));
    QStringList refs;
    for (int record : std::as_const(m_referenceRecords))
        refs.append(QStringLiteral("■ ") + GapChart::referenceText(m_dataset, record, m_language));
    m_references->setText(refs.isEmpty() ? QString()
                                         : tr("Published estimates of the gap (marked ■ in the chart):") + QLatin1Char('\n')
                                 + refs.join(QLatin1Char('\n')));
    m_references->setVisible(!refs.isEmpty());
}

} // namespace gapscope
