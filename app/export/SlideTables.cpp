#include "SlideTables.h"

#include "DrawingML.h"
#include "SlideTablePager.h"
#include "SlideTheme.h"
#include "TypeFitter.h"
#include "format/DisplayText.h"
#include "model/AssessmentMatrixModel.h"
#include "model/GapTableModel.h"
#include "model/ObservationTableModel.h"
#include "model/SwotModel.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace gapscope {

namespace {

QColor headerFill(const SlideTheme &theme)
{
    return theme.panel == theme.background ? QColor(0xe8, 0xeb, 0xef) : theme.panel.lighter(130);
}

QString tableName(const char *text)
{
    return QCoreApplication::translate("gapscope::DeckWriter", text);
}

// The pager's pages as tables at (x, y), `cx` wide.
QList<SlideTables::Slide> tables(const SlideTablePager &pager, int id, const QString &name, qint64 x, qint64 y,
                                 qint64 cx, qint64 cy, const QList<qint64> &columns)
{
    QList<SlideTables::Slide> out;
    for (const SlideTablePager::Page &page : pager.pages(cy))
        out.append(SlideTables::Slide{DrawingML::table(id, name, x, y, cx, page.height, columns, page.rows), page.notes});
    return out;
}

const QColor swotTints[4] = {QColor(0xe3, 0xf1, 0xe6), QColor(0xfb, 0xe5, 0xe3), QColor(0xe3, 0xed, 0xf9),
                             QColor(0xfd, 0xf1, 0xdc)};

} // namespace

SlideTables::SlideTables(const Dataset &dataset) : m_dataset(dataset)
{
}

QList<SlideTables::Slide> SlideTables::comparison(const SavedView &view, qint64 x, qint64 y, qint64 cx,
                                                  qint64 cy) const
{
    AssessmentMatrixModel model;
    model.setLanguage(view.language);
    model.setDataset(&m_dataset);
    model.setFilter(view.filter);
    const SlideTheme theme = SlideTheme::of(view.theme);
    const qint64 first = cx / 6;
    const int countries = std::max(1, model.columnCount());
    QList<qint64> columns{first};
    for (int c = 0; c < model.columnCount(); ++c)
        columns << (cx - first) / countries;
    const QColor head = headerFill(theme);
    SlideTablePager pager(columns, theme.text, view.language);
    SlideTablePager::Row header{SlideTablePager::Cell{{}, head, true}};
    for (int c = 0; c < model.columnCount(); ++c)
        header.append(SlideTablePager::Cell{{model.headerData(c, Qt::Horizontal).toString()}, head, true});
    pager.setHeader(header);
    for (int r = 0; r < model.rowCount(); ++r) {
        SlideTablePager::Row row{SlideTablePager::Cell{{model.headerData(r, Qt::Vertical).toString()}, head, true}};
        for (int c = 0; c < model.columnCount(); ++c)
            row.append(SlideTablePager::Cell{model.index(r, c).data().toString().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts),
                        theme.panel, false});
        pager.addRow(row);
    }
    return tables(pager, 7, tableName(QT_TRANSLATE_NOOP("gapscope::DeckWriter", "Comparison")), x, y, cx, cy, columns);
}

QString SlideTables::swotGrids(const QList<QList<QStringList>> &cells, const QStringList &countries,
                               const SavedView &view, qint64 x, qint64 y, qint64 cx, qint64 cy) const
{
    const SlideTheme theme = SlideTheme::of(view.theme);
    const qint64 gap = countries.size() > 1 ? 228600 : 0;
    const qint64 width = (cx - gap * (countries.size() - 1)) / std::max<qsizetype>(1, countries.size());
    const bool labelled = countries.size() > 1;
    const qint64 top = labelled ? 365760 : 0;
    const qint64 budget = (cy - top) * SlideTablePager::fillPercent / 100;
    auto heights = [&](const QList<QStringList> &quadrants, int size) {
        QList<qint64> out;
        for (int row = 0; row < 2; ++row) {
            out << TypeFitter::textHeight({QStringLiteral("S")}, width / 2, size + 200);
            out << std::max(TypeFitter::textHeight(quadrants[row * 2], width / 2, size),
                            TypeFitter::textHeight(quadrants[row * 2 + 1], width / 2, size));
        }
        return out;
    };
    // One size for every grid: the largest at which the fullest fits.
    int size = 1800;
    for (; size >= SlideTablePager::minimumSize; size -= 100) {
        bool fits = true;
        for (const QList<QStringList> &quadrants : cells) {
            const QList<qint64> h = heights(quadrants, size);
            fits = fits && std::accumulate(h.cbegin(), h.cend(), qint64(0)) <= budget;
        }
        if (fits)
            break;
    }
    if (size < SlideTablePager::minimumSize)
        return {};
    QString frames;
    int id = 20;
    for (qsizetype i = 0; i < countries.size(); ++i) {
        QList<qint64> rowHeights = heights(cells[i], size);
        // What room is left goes to the items, so that the grid fills the slide.
        const qint64 spare = budget - std::accumulate(rowHeights.cbegin(), rowHeights.cend(), qint64(0));
        if (spare > 0) {
            rowHeights[1] += spare / 2;
            rowHeights[3] += spare / 2;
        }
        QList<std::pair<QString, qint64>> rows;
        const QString name = DisplayText::country(m_dataset, countries[i], view.language);
        for (int row = 0; row < 2; ++row) {
            QString heads;
            QString bodies;
            for (int col = 0; col < 2; ++col) {
                const int q = row * 2 + col;
                const QColor fill = view.theme == SavedView::Theme::Dark ? theme.panel : swotTints[q];
                heads += DrawingML::cell({QStringLiteral("%1 (%2)").arg(DisplayText::quadrant(SwotModel::quadrants[q]))
                                              .arg(cells[i][q].size())},
                                         fill, theme.text, size + 200, view.language, true);
                bodies += DrawingML::cell(cells[i][q], fill, theme.text, size, view.language, false);
            }
            rows.append({heads, rowHeights[row * 2]});
            rows.append({bodies, rowHeights[row * 2 + 1]});
        }
        const qint64 left = x + i * (width + gap);
        if (labelled)
            frames += DrawingML::textBox(
                id++, name, left, y, width, 320040,
                DrawingML::paragraph(DrawingML::run(name, 1600, theme.text, view.language, true)));
        frames += DrawingML::table(id++, tableName(QT_TRANSLATE_NOOP("gapscope::DeckWriter", "SWOT of %1")).arg(name), left, y + top, width,
                                   std::accumulate(rowHeights.cbegin(), rowHeights.cend(), qint64(0)),
                                   {width / 2, width / 2}, rows);
    }
    return frames;
}

QList<SlideTables::Slide> SlideTables::swot(const QStringList &countries, const SavedView &view, qint64 x, qint64 y,
                                            qint64 cx, qint64 cy) const
{
    QList<QList<QStringList>> cells; // per country, per quadrant, the items
    for (const QString &country : countries) {
        SwotModel model;
        model.setLanguage(view.language);
        model.setDataset(&m_dataset);
        Filter own = view.filter;
        own.countries = {country};
        model.setFilter(own);
        QList<QStringList> quadrants(4);
        for (int q = 0; q < 4; ++q) {
            const QModelIndex parent = model.quadrantIndex(SwotModel::quadrants[q]);
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QString text = model.index(r, SwotModel::TextColumn, parent).data().toString();
                const QString dim = model.index(r, SwotModel::DimensionColumn, parent).data().toString();
                quadrants[q] << QStringLiteral("%1 [%2]").arg(text, dim);
            }
        }
        cells.append(quadrants);
    }
    if (const QString grids = swotGrids(cells, countries, view, x, y, cx, cy); !grids.isEmpty())
        return {Slide{grids, {}}};

    // Too much for one slide: a quadrant pair per slide, side by side, an item per row.
    const SlideTheme theme = SlideTheme::of(view.theme);
    const QList<qint64> columns{cx / 2, cx - cx / 2};
    QList<Slide> out;
    for (qsizetype i = 0; i < countries.size(); ++i) {
        const QString name = DisplayText::country(m_dataset, countries[i], view.language);
        for (int pair = 0; pair < 2; ++pair) {
            SlideTablePager pager(columns, theme.text, view.language);
            SlideTablePager::Row header;
            QColor fills[2];
            for (int col = 0; col < 2; ++col) {
                const int q = pair * 2 + col;
                fills[col] = view.theme == SavedView::Theme::Dark ? theme.panel : swotTints[q];
                QString head = QStringLiteral("%1 (%2)").arg(DisplayText::quadrant(SwotModel::quadrants[q]))
                                   .arg(cells[i][q].size());
                if (countries.size() > 1)
                    head = name + QStringLiteral(" · ") + head;
                header.append(SlideTablePager::Cell{{head}, fills[col], true});
            }
            pager.setHeader(header);
            const QStringList &left = cells[i][pair * 2];
            const QStringList &right = cells[i][pair * 2 + 1];
            for (qsizetype r = 0; r < std::max(left.size(), right.size()); ++r) {
                SlideTablePager::Row row;
                row.append(SlideTablePager::Cell{r < left.size() ? QStringList{left[r]} : QStringList(), fills[0], false});
                row.append(SlideTablePager::Cell{r < right.size() ? QStringList{right[r]} : QStringList(), fills[1], false});
                pager.addRow(row);
            }
            out += tables(pager, 20, tableName(QT_TRANSLATE_NOOP("gapscope::DeckWriter", "SWOT of %1")).arg(name), x, y, cx, cy, columns);
        }
    }
    return out;
}

QList<SlideTables::Slide> SlideTables::observations(const QAbstractItemModel &model, const SavedView &view, qint64 x,
                                                    qint64 y, qint64 cx, qint64 cy, int maxSlides, int *rows) const
{
    const SlideTheme theme = SlideTheme::of(view.theme);
    const QList<int> shown{ObservationTableModel::CountryColumn, ObservationTableModel::IndicatorColumn,
                           ObservationTableModel::YearColumn,    ObservationTableModel::ValueColumn,
                           ObservationTableModel::UnitColumn,    ObservationTableModel::KindColumn};
    static constexpr double widths[] = {0.14, 0.38, 0.12, 0.12, 0.13, 0.11};
    QList<qint64> columns;
    for (double w : widths)
        columns << qint64(cx * w);
    const QColor head = headerFill(theme);
    SlideTablePager pager(columns, theme.text, view.language);
    pager.setSizes(1400, SlideTablePager::minimumSize);
    SlideTablePager::Row header;
    for (int column : shown)
        header.append(SlideTablePager::Cell{{model.headerData(column, Qt::Horizontal).toString()}, head, true});
    pager.setHeader(header);
    // No more rows than the slides can hold at the least size.
    const int most = int(std::min<qint64>(model.rowCount(), qint64(maxSlides) * (cy / TypeFitter::lineHeight(1200))));
    for (int r = 0; r < most; ++r) {
        SlideTablePager::Row cells;
        for (int column : shown)
            cells.append(SlideTablePager::Cell{{model.index(r, column).data().toString()}, theme.panel, false});
        pager.addRow(cells);
    }
    const QList<SlideTablePager::Page> pages = pager.pages(cy).mid(0, maxSlides);
    *rows = 0;
    QList<Slide> out;
    for (const SlideTablePager::Page &page : pages) {
        *rows += int(page.rows.size()) - 1;
        out.append(Slide{DrawingML::table(9, tableName(QT_TRANSLATE_NOOP("gapscope::DeckWriter", "Observations")), x, y,
                                          cx, page.height, columns, page.rows),
                         page.notes});
    }
    return out;
}

QList<SlideTables::Slide> SlideTables::gap(const GapTableModel &model, const SavedView &view, qint64 x, qint64 y,
                                           qint64 cx, qint64 cy) const
{
    const SlideTheme theme = SlideTheme::of(view.theme);
    const QList<int> shown{GapTableModel::FollowerColumn, GapTableModel::DateColumn,
                           GapTableModel::FollowerValueColumn, GapTableModel::ShareColumn,
                           GapTableModel::TimeGapColumn};
    static constexpr double widths[] = {0.19, 0.2, 0.25, 0.15, 0.21};
    QList<qint64> columns;
    for (double w : widths)
        columns << qint64(cx * w);
    const QColor head = headerFill(theme);
    SlideTablePager pager(columns, theme.text, view.language);
    SlideTablePager::Row header;
    for (int column : shown)
        header.append(SlideTablePager::Cell{{model.headerData(column, Qt::Horizontal).toString()}, head, true});
    pager.setHeader(header);
    for (int row : model.summaryRows(3)) {
        SlideTablePager::Row cells;
        for (int column : shown)
            cells.append(SlideTablePager::Cell{{model.index(row, column).data().toString()}, theme.panel,
                          column == GapTableModel::FollowerColumn});
        pager.addRow(cells);
    }
    return tables(pager, 8, tableName(QT_TRANSLATE_NOOP("gapscope::DeckWriter", "Gaps")), x, y, cx, cy, columns);
}

} // namespace gapscope
