#include "CountryColors.h"
#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "FilterListSupport.h"
#include "TestSupport.h"
#include "edit/ObservationDialog.h"
#include "format/DisplayText.h"
#include "edit/RecordDialog.h"
#include "model/AssessmentMatrixModel.h"
#include "model/EventTableModel.h"
#include "model/ObservationTableModel.h"
#include "model/Roles.h"
#include "panels/ChartPanel.h"
#include "panels/CheckListPopup.h"
#include "panels/ComparisonPanel.h"
#include "panels/FilterBar.h"
#include "panels/RecordTablePanel.h"
#include "panels/StickyHeaderView.h"
#include "panels/SwotPanel.h"
#include "panels/TimelineView.h"

#include <QCategoryAxis>
#include <QDir>
#include <QGraphicsScene>
#include <QPainter>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QStyledItemDelegate>
#include <QTest>
#include <QToolButton>
#include <cmath>

using namespace gapscope;

namespace {

// CIELAB of an sRGB colour as seen with normal vision or, through Machado et al. (2009) at full
// severity, with deuteranopia or protanopia.
enum class Vision { Normal, Deuteranopia, Protanopia };

struct Lab
{
    double l, a, b;
};

Lab toLab(const QColor &c, Vision vision)
{
    const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    double rgb[3] = {linear(c.redF()), linear(c.greenF()), linear(c.blueF())};
    static const double deutan[3][3] = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
    static const double protan[3][3] = {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
    if (vision != Vision::Normal) {
        const auto &m = vision == Vision::Deuteranopia ? deutan : protan;
        double out[3];
        for (int i = 0; i < 3; ++i)
            out[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
        std::copy(out, out + 3, rgb);
    }
    const double x = (0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]) / 0.95047;
    const double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
    const double z = (0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]) / 1.08883;
    const auto f = [](double t) { return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double radians(double d) { return d * M_PI / 180; }

// CIEDE2000 colour difference (Sharma, Wu and Dalal 2005).
double ciede2000(const Lab &p, const Lab &q)
{
    const double c1 = std::hypot(p.a, p.b), c2 = std::hypot(q.a, q.b), cMean = (c1 + c2) / 2;
    const double g = 0.5 * (1 - std::sqrt(std::pow(cMean, 7) / (std::pow(cMean, 7) + std::pow(25.0, 7))));
    const double a1 = (1 + g) * p.a, a2 = (1 + g) * q.a;
    const double c1p = std::hypot(a1, p.b), c2p = std::hypot(a2, q.b);
    const auto hue = [](double b, double a) {
        const double h = std::atan2(b, a) * 180 / M_PI;
        return h < 0 ? h + 360 : h;
    };
    const double h1 = hue(p.b, a1), h2 = hue(q.b, a2);
    double dh = 0;
    if (c1p * c2p != 0) {
        dh = h2 - h1;
        if (dh > 180)
            dh -= 360;
        else if (dh < -180)
            dh += 360;
    }
    const double dL = q.l - p.l, dC = c2p - c1p, dH = 2 * std::sqrt(c1p * c2p) * std::sin(radians(dh) / 2);
    const double lMean = (p.l + q.l) / 2, cpMean = (c1p + c2p) / 2;
    double hMean = h1 + h2;
    if (c1p * c2p != 0)
        hMean = std::abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : (h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2);
    const double t = 1 - 0.17 * std::cos(radians(hMean - 30)) + 0.24 * std::cos(radians(2 * hMean))
        + 0.32 * std::cos(radians(3 * hMean + 6)) - 0.20 * std::cos(radians(4 * hMean - 63));
    const double dTheta = 30 * std::exp(-std::pow((hMean - 275) / 25, 2));
    const double rc = 2 * std::sqrt(std::pow(cpMean, 7) / (std::pow(cpMean, 7) + std::pow(25.0, 7)));
    const double sl = 1 + 0.015 * std::pow(lMean - 50, 2) / std::sqrt(20 + std::pow(lMean - 50, 2));
    const double sc = 1 + 0.045 * cpMean, sh = 1 + 0.015 * cpMean * t;
    const double rt = -std::sin(radians(2 * dTheta)) * rc;
    return std::sqrt(std::pow(dL / sl, 2) + std::pow(dC / sc, 2) + std::pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh));
}

// The smallest difference between two colours for normal, deuteranope and protanope eyes.
double worstDifference(const QColor &a, const QColor &b, Vision *worst = nullptr)
{
    double least = 1e9;
    for (const Vision v : {Vision::Normal, Vision::Deuteranopia, Vision::Protanopia}) {
        // Normal vision is held to a higher standard below; here every kind counts alike.
        const double d = ciede2000(toLab(a, v), toLab(b, v));
        if (d < least) {
            least = d;
            if (worst)
                *worst = v;
        }
    }
    return least;
}

int darkPixels(const QImage &image, const QRect &area)
{
    int n = 0;
    for (int y = std::max(0, area.top()); y <= std::min(image.height() - 1, area.bottom()); ++y) {
        for (int x = std::max(0, area.left()); x <= std::min(image.width() - 1, area.right()); ++x)
            n += qGray(image.pixel(x, y)) < 110;
    }
    return n;
}

Dataset bundled()
{
    DatasetReader reader;
    auto d = reader.read(DatasetReader::bundledPath());
    if (!d)
        qFatal("the bundled dataset does not load");
    d->reindex();
    return *d;
}

} // namespace

// What users hit first (the issue of that name), replayed through the real widgets.
class TestPanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyTableMessageReadsRight();
    void narrowingTheYearsBlamesTheYears();
    void swotSaysWhyDuringPlayback();
    void searchBlamesTheSearch();
    void dimensionBlamesTheDimension();
    void logScaleLabelsInTheUnit_data();
    void logScaleLabelsInTheUnit();
    void countryColoursStayApart();
    void comparisonLabelsStayInSight();
    void tableColumnsFitTheirText();
    void timelineLabelsUseTheFreeSpace();
    void languageMenuItemIsWhole();
    void addObservationForm();
    void addOrganisationFormHidesTheId();

private:
    void setYears(int from, int to);
    QAction *editMenuAction(const QString &text) const;

    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
};

void TestPanels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName("gapscope-panels-tests");
}

void TestPanels::init()
{
    QSettings().clear();
    m_languages = new LanguageManager;
    new InterfaceFont(m_languages, m_languages); // as the program does
    m_languages->setLanguage(Language::English);
    m_window = new MainWindow(test::miniDataset(), "mini.gapscope", m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestPanels::cleanup()
{
    delete m_window;
    delete m_languages;
    m_window = nullptr;
}


void TestPanels::setYears(int from, int to)
{
    // Typed into the year fields, as a user does.
    for (const auto &[box, year] : {std::pair{m_window->filterBar()->fromYear(), from}, std::pair{m_window->filterBar()->toYear(), to}}) {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QString::number(year));
        QTest::keyClick(box, Qt::Key_Enter);
    }
    QCOMPARE(m_window->filterBar()->fromYear()->value(), from);
    QCOMPARE(m_window->filterBar()->toYear()->value(), to);
}

QAction *TestPanels::editMenuAction(const QString &text) const
{
    for (QAction *top : m_window->menuBar()->actions()) {
        if (!top->menu() || !top->menu()->actions().contains(m_window->editAction()))
            continue;
        for (QAction *a : top->menu()->actions()) {
            if (a->text() == text)
                return a;
            if (a->menu()) {
                for (QAction *sub : a->menu()->actions()) {
                    if (sub->text() == text)
                        return sub;
                }
            }
        }
    }
    return nullptr;
}

void TestPanels::emptyTableMessageReadsRight()
{
    test::toggleListItem(m_window->filterBar()->dimensionList(), "Language strength");
    QTest::keyClicks(m_window->filterBar()->searchField(), "zzz");
    QCOMPARE(m_window->tablePanel()->view()->model()->rowCount(), 0);
    const QString message = m_window->tablePanel()->emptyMessage();
    // The middle dot and the quotes as written, not their UTF-8 bytes read as Latin-1 ("Â·", "â").
    QVERIFY2(message.startsWith(QStringLiteral("No observations for China, South Korea, United States · Language strength · “zzz”.")),
             qPrintable(message));
    QVERIFY2(!message.contains(QChar(0xc2)) && !message.contains(QChar(0xe2)), qPrintable(message));
}

void TestPanels::narrowingTheYearsBlamesTheYears()
{
    setYears(2018, 2023);
    // The sources assess the countries as of 2026: the years empty the comparison, not the countries.
    const QString comparison = m_window->comparisonPanel()->emptyMessage();
    QVERIFY2(comparison.contains("The years 2018–2023 leave none: widen them."), qPrintable(comparison));
    QVERIFY2(!comparison.contains("countries") && !comparison.contains("dimension"), qPrintable(comparison));
    const QString swot = m_window->swotPanel()->emptyMessage();
    QVERIFY2(swot.startsWith("No SWOT items of South Korea for this filter. The years 2018–2023 leave none"), qPrintable(swot));
    QVERIFY2(m_window->timeline()->emptyMessage().contains("The years 2018–2023 leave none"),
             qPrintable(m_window->timeline()->emptyMessage()));
    QVERIFY(m_window->tablePanel()->emptyMessage().isEmpty()); // 18 observations in those years

    m_languages->setLanguage(Language::Korean);
    QCoreApplication::processEvents(); // the language change reaches the widgets
    const QString korean = m_window->comparisonPanel()->emptyMessage();
    QVERIFY2(korean.contains(QStringLiteral("2018–2023")) && korean.contains(QStringLiteral("연도")), qPrintable(korean));
}

void TestPanels::swotSaysWhyDuringPlayback()
{
    setYears(2024, 2025);
    QCOMPARE(m_window->swotPanel()->itemCount("KOR", 'S'), 1);
    QVERIFY(m_window->swotPanel()->emptyMessage().isEmpty());
    // Play starts at the first year, when Korea's SWOT (of 2026) has no item yet: the panel says so.
    QTest::mouseClick(m_window->filterBar()->playButton(), Qt::LeftButton);
    QCOMPARE(m_window->filterBar()->toYear()->value(), 2024);
    const QString message = m_window->swotPanel()->emptyMessage();
    QVERIFY2(message.contains("The years 2024–2024 leave none: widen them."), qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->filterBar()->playButton()->isChecked(), 10000);
    QCOMPARE(m_window->swotPanel()->itemCount("KOR", 'S'), 1);
    QVERIFY(m_window->swotPanel()->emptyMessage().isEmpty());
}

void TestPanels::searchBlamesTheSearch()
{
    QTest::keyClicks(m_window->filterBar()->searchField(), "HBM");
    for (const QString &message : {m_window->timeline()->emptyMessage(), m_window->eventPanel()->emptyMessage(),
                                   m_window->comparisonPanel()->emptyMessage(), m_window->swotPanel()->emptyMessage(),
                                   m_window->tablePanel()->emptyMessage()}) {
        QVERIFY2(message.contains("None match the search “HBM”: change or clear it."), qPrintable(message));
        QVERIFY2(!message.contains("years") && !message.contains("add countries"), qPrintable(message));
    }
}

void TestPanels::dimensionBlamesTheDimension()
{
    test::toggleListItem(m_window->filterBar()->dimensionList(), "Language strength");
    for (const QString &message : {m_window->chartPanel()->emptyMessage(), m_window->tablePanel()->emptyMessage(),
                                   m_window->comparisonPanel()->emptyMessage()}) {
        QVERIFY2(message.contains("None are about Language strength: change or clear the dimension filter."),
                 qPrintable(message));
        QVERIFY2(!message.contains("years") && !message.contains("add countries"), qPrintable(message));
    }
    // Korea's SWOT has its language strength.
    QVERIFY(m_window->swotPanel()->emptyMessage().isEmpty());
}

void TestPanels::logScaleLabelsInTheUnit_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("unit");
    QTest::newRow("English") << Language::English << QStringList{"100 million", "1 billion", "10 billion", "100 billion"}
                             << "constant 2021 US dollars";
    QTest::newRow("Korean") << Language::Korean
                            << QStringList{QStringLiteral("1억"), QStringLiteral("10억"), QStringLiteral("100억"), QStringLiteral("1,000억")}
                            << "";
}

void TestPanels::logScaleLabelsInTheUnit()
{
    QFETCH(Language, language);
    QFETCH(QStringList, labels);
    QFETCH(QString, unit);
    m_languages->setLanguage(language);
    ChartPanel *chart = m_window->chartPanel();
    auto *log = chart->findChild<QCheckBox *>();
    QVERIFY(log && log->isEnabled());
    QTest::mouseClick(log, Qt::LeftButton);
    QVERIFY(chart->logScale());
    const QList<QAbstractAxis *> axes = chart->chart()->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    auto *axis = qobject_cast<QCategoryAxis *>(axes.first());
    QVERIFY(axis);
    const QStringList shown = axis->categoriesLabels();
    for (const QString &label : labels)
        QVERIFY2(shown.contains(label), qPrintable(shown.join(" | ")));
    for (const QString &label : shown)
        QVERIFY2(!label.contains("e+"), qPrintable(label));
    // The title keeps the unit; the labels carry the multiple.
    const QString expected = DisplayText::unit(m_window->dataset(), "USD_2021", language);
    QVERIFY(!expected.isEmpty());
    if (!unit.isEmpty())
        QCOMPARE(expected, unit);
    QCOMPARE(axis->titleText(), expected);
}

void TestPanels::countryColoursStayApart()
{
    const Dataset d = bundled();
    // The countries shown together at first, the pair users reported, and the palette in the order
    // countries take it: apart for normal sight, deuteranopes and protanopes.
    QList<QStringList> together = {QStringList(m_window->state()->filter().countries.cbegin(), m_window->state()->filter().countries.cend()),
                                   {"DEU", "KOR"}};
    // No country takes the colour of a focus country.
    for (const Country &c : d.countries) {
        for (const QString &focus : CountryColors::focusCountries()) {
            if (c.code != focus)
                together.append({c.code, focus});
        }
    }
    for (const QStringList &codes : together) {
        for (qsizetype i = 0; i < codes.size(); ++i) {
            for (qsizetype j = i + 1; j < codes.size(); ++j) {
                const QColor a = CountryColors::color(d, codes[i]), b = CountryColors::color(d, codes[j]);
                const double normal = ciede2000(toLab(a, Vision::Normal), toLab(b, Vision::Normal));
                QVERIFY2(normal > 15, qPrintable(QStringLiteral("%1 %2 %3 %4: %5").arg(codes[i], a.name(), codes[j], b.name()).arg(normal)));
                const double worst = worstDifference(a, b);
                QVERIFY2(worst > 10, qPrintable(QStringLiteral("%1 %2 / %3 %4: %5").arg(codes[i], a.name(), codes[j], b.name()).arg(worst)));
            }
        }
    }
    const QList<QColor> &palette = CountryColors::palette();
    QVERIFY(palette.size() >= 8);
    for (qsizetype i = 0; i < palette.size(); ++i) {
        for (qsizetype j = i + 1; j < palette.size(); ++j) {
            QVERIFY2(ciede2000(toLab(palette[i], Vision::Normal), toLab(palette[j], Vision::Normal)) > 15,
                     qPrintable(palette[i].name() + " " + palette[j].name()));
            QVERIFY2(worstDifference(palette[i], palette[j]) > 10, qPrintable(palette[i].name() + " " + palette[j].name()));
        }
    }
    // Neighbours in the country lists differ, and the focus countries keep their colours.
    for (qsizetype i = 1; i < d.countries.size(); ++i) {
        const QColor a = CountryColors::color(d, d.countries[i - 1].code), b = CountryColors::color(d, d.countries[i].code);
        QVERIFY2(worstDifference(a, b) > 10, qPrintable(d.countries[i - 1].code + " " + d.countries[i].code));
    }
    QCOMPARE(CountryColors::color(d, "USA"), palette[0]);
    QCOMPARE(CountryColors::color(d, "CHN"), palette[1]);
    QCOMPARE(CountryColors::color(d, "KOR"), palette[2]);
    QCOMPARE(CountryColors::color(m_window->dataset(), "KOR"), palette[2]);
}

void TestPanels::comparisonLabelsStayInSight()
{
    const Dataset d = bundled();
    ExplorerState state;
    AssessmentMatrixModel model;
    model.setDataset(&d);
    ComparisonPanel panel(&model, &state);
    panel.resize(720, 320);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTableView *view = panel.view();
    QHeaderView *rows = view->verticalHeader();
    int tall = -1;
    for (int r = 0; r < model.rowCount() && tall < 0; ++r) {
        if (rows->sectionSize(r) > 120 && rows->sectionPosition(r) > 200)
            tall = r;
    }
    QVERIFY2(tall >= 0, "no tall row to scroll");
    const int height = view->viewport()->height();
    // The row's top 40 pixels at the bottom of the view, then its bottom 40 pixels at the top.
    for (const int offset : {rows->sectionPosition(tall) - (height - 40), rows->sectionPosition(tall) + rows->sectionSize(tall) - 40}) {
        view->verticalScrollBar()->setValue(offset);
        QCoreApplication::processEvents();
        const int top = rows->sectionViewportPosition(tall);
        const QRect visible = QRect(0, top, rows->viewport()->width(), rows->sectionSize(tall)).intersected(rows->viewport()->rect());
        QVERIFY2(visible.height() <= 41 && visible.height() >= 30, qPrintable(QString::number(visible.height())));
        const QImage shot = rows->viewport()->grab().toImage();
        QVERIFY2(darkPixels(shot, visible.adjusted(2, 2, -2, -2)) > 20,
                 qPrintable(QStringLiteral("row %1 has no label in sight at offset %2").arg(tall).arg(offset)));
    }
}

void TestPanels::tableColumnsFitTheirText()
{
    QTableView *view = m_window->tablePanel()->view();
    QHeaderView *header = view->horizontalHeader();
    const auto cellFits = [view, header](int row, int column) {
        const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
        return view->fontMetrics().horizontalAdvance(view->model()->index(row, column).data().toString()) + margin
            <= header->sectionSize(column);
    };
    for (const Language lang : {Language::English, Language::Korean}) {
        m_languages->setLanguage(lang);
        QCoreApplication::processEvents();
        const int margin = view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int c = 0; c < header->count(); ++c) {
            const QString text = view->model()->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(header->fontMetrics().horizontalAdvance(text) + 2 * margin <= header->sectionSize(c),
                     qPrintable(QStringLiteral("%1: %2 px").arg(text).arg(header->sectionSize(c))));
        }
        // The name users found cut, "Private investment in AI", is whole in the window as it opens.
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data(IndicatorRole).toString() == QLatin1String("private_ai_investment"))
                QVERIFY2(cellFits(r, ObservationTableModel::IndicatorColumn), qPrintable(QString::number(header->sectionSize(1))));
        }
        m_window->tablePanel()->grab().save(QStringLiteral("%1/table-%2.png").arg(QDir::tempPath(), languageCode(lang)));
    }
    // Where the view has room for everything, every cell is whole.
    m_window->resize(2400, 900);
    m_window->resizeDocks({m_window->findChild<QDockWidget *>("TableDock")}, {1900}, Qt::Horizontal);
    QTRY_VERIFY(view->viewport()->width() > 1500);
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        for (int c = 0; c < header->count(); ++c)
            QVERIFY2(cellFits(r, c), qPrintable(view->model()->index(r, c).data().toString()));
    }

    // A new width shares out the widths measured: no text is measured again (the start-up's
    // many resizes measured the whole table each time) until the rows change.
    struct CountingDelegate : QStyledItemDelegate
    {
        using QStyledItemDelegate::QStyledItemDelegate;
        QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
        {
            ++measured;
            return QStyledItemDelegate::sizeHint(option, index);
        }
        mutable int measured = 0;
    };
    auto *counting = new CountingDelegate(view);
    view->setItemDelegate(counting);
    const int wide = header->sectionSize(header->count() - 1);
    m_window->resizeDocks({m_window->findChild<QDockWidget *>("TableDock")}, {1200}, Qt::Horizontal);
    QTRY_VERIFY(view->viewport()->width() < 1300);
    QTRY_VERIFY(header->sectionSize(header->count() - 1) < wide);
    QCOMPARE(counting->measured, 0);
    Filter fewer = m_window->state()->filter();
    fewer.countries = {QStringLiteral("KOR")};
    m_window->state()->setFilter(fewer);
    QTRY_VERIFY(counting->measured > 0);
}

void TestPanels::timelineLabelsUseTheFreeSpace()
{
    const Dataset d = bundled();
    EventTableModel events;
    events.setDataset(&d);
    TimelineView timeline(&events);
    timeline.resize(1400, 200);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    const QList<TimelineView::Label> labels = timeline.labels();
    QVERIFY(labels.size() >= 4);
    const QFontMetrics fm(timeline.font());
    bool sawLong = false;
    for (const TimelineView::Label &l : labels) {
        const Event *e = nullptr;
        for (const Event &x : d.events) {
            if (x.id == l.event)
                e = &x;
        }
        QVERIFY(e);
        const double full = fm.horizontalAdvance(e->text.en) + 4;
        if (l.text == e->text.en) {
            sawLong |= full > 300;
            continue;
        }
        // Shortened: then the whole text would run into another label or off the view.
        const QRectF whole = l.toTheRight ? QRectF(l.rect.left(), l.rect.top(), full, l.rect.height())
                                          : QRectF(l.rect.right() - full, l.rect.top(), full, l.rect.height());
        bool blocked = whole.right() > timeline.width() - 8 || whole.left() < 120;
        for (const TimelineView::Label &other : labels)
            blocked |= other.event != l.event && whole.intersects(other.rect.adjusted(-7, 0, 7, 0));
        QVERIFY2(blocked, qPrintable(QStringLiteral("“%1” shortened with room to spare").arg(l.text)));
    }
    QVERIFY2(sawLong, "no long label was drawn whole");
    timeline.grab().save(QDir::tempPath() + "/timeline.png");
}

void TestPanels::languageMenuItemIsWhole()
{
    m_languages->setLanguage(Language::Korean);
    QMenu *menu = nullptr;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(m_window->bothNamesAction()))
            menu = top->menu();
    }
    QVERIFY(menu);
    QCOMPARE(m_window->bothNamesAction()->text(), QStringLiteral("이름을 두 언어로 함께 표시(&B)"));
    menu->popup(m_window->mapToGlobal(QPoint(100, 30)));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    const QRect item = menu->actionGeometry(m_window->bothNamesAction());
    const QImage shown = menu->grab(item).toImage();
    // The same item in a menu with room to spare: drawn alike where the text is, when not cut.
    const int width = menu->width();
    menu->setMinimumWidth(width + 200);
    QCoreApplication::processEvents();
    const QImage roomy = menu->grab(QRect(item.topLeft(), QSize(item.width(), item.height()))).toImage();
    shown.save(QDir::tempPath() + "/language-menu-item.png");
    QCOMPARE(shown.copy(0, 0, item.width() - 12, item.height()), roomy.copy(0, 0, item.width() - 12, item.height()));
    menu->hide();
}

void TestPanels::addObservationForm()
{
    for (const Language lang : {Language::English, Language::Korean}) {
        m_languages->setLanguage(lang);
        QAction *add = editMenuAction(lang == Language::English ? "&Add observation…" : QStringLiteral("관측값 추가(&A)…"));
        QVERIFY(add);
        add->trigger();
        auto *dialog = m_window->findChild<ObservationDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // A label showing an "&" shows it as a mnemonic of its field, never as a character.
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->text().contains('&'))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        // Korea, of the filtered focus countries, rather than the first country of the alphabet.
        QCOMPARE(dialog->entityPicker()->currentData().toString(), QStringLiteral("KOR"));
        dialog->grab().save(QStringLiteral("%1/add-observation-%2.png").arg(QDir::tempPath(), languageCode(lang)));
        dialog->reject();
        delete dialog;
    }
    // With China alone in the filter, a new observation is China's.
    test::toggleListItem(m_window->filterBar()->countryList(), QStringLiteral("미국"));
    test::toggleListItem(m_window->filterBar()->countryList(), QStringLiteral("대한민국"));
    QCOMPARE(m_window->state()->filter().countries, QSet<QString>{"CHN"});
    editMenuAction(QStringLiteral("관측값 추가(&A)…"))->trigger();
    auto *dialog = m_window->findChild<ObservationDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->entityPicker()->currentData().toString(), QStringLiteral("CHN"));
    dialog->reject();
    delete dialog;
}

void TestPanels::addOrganisationFormHidesTheId()
{
    QAction *add = editMenuAction("&Organisation…");
    QVERIFY(add);
    add->trigger();
    auto *dialog = m_window->findChild<RecordDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->input("id"));
    QVERIFY2(!dialog->input("id")->isVisible(), "a new organisation shows its generated id");
    QVERIFY(dialog->record().index() == 2 && recordId(dialog->record()).startsWith("user-"));
    QCOMPARE(qobject_cast<QComboBox *>(dialog->input("country"))->currentData().toString(), QStringLiteral("KOR"));
    dialog->grab().save(QDir::tempPath() + "/add-organisation.png");
    dialog->reject();
    delete dialog;

    // Editing one shows its id, read-only.
    const QString naver = m_window->dataset().actors.constFirst().id;
    m_window->state()->select(ExplorerState::Kind::Actor, naver);
    m_window->editAction()->trigger();
    dialog = m_window->findChild<RecordDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *id = qobject_cast<QLineEdit *>(dialog->input("id"));
    QVERIFY(id && id->isVisible() && id->isReadOnly());
    QCOMPARE(id->text(), naver);
    dialog->reject();
    delete dialog;
}

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
