#include "SlideTables.h"

#include "DrawingML.h"
#include "SlideTheme.h"
#include "TypeFitter.h"
#include "format/DisplayText.h"
#include "model/AssessmentMatrixModel.h"
#include "model/GapTableModel.h"
#include "model/SwotModel.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace gapscope {

SlideTables::SlideTables(const Dataset &dataset) : m_dataset(dataset)
{
}

QString SlideTables::comparison(const SavedView &view, qint64 x, qint64 y, qint64 cx, qint64 cy) const
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
    auto cellText = [&model](int r, int c) {
        return model.index(r, c).data().toString().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    };
    // The largest type at which the whole matrix fits the slide, as far as it can be estimated.
    auto heights = [&](int size) {
        QList<qint64> out{
            TypeFitter::textHeight({model.headerData(0, Qt::Horizontal).toString()}, columns.value(1), size)};
        for (int r = 0; r < model.rowCount(); ++r) {
            qint64 h = TypeFitter::textHeight({model.headerData(r, Qt::Vertical).toString()}, first, size);
            for (int c = 0; c < model.columnCount(); ++c)
                h = std::max(h, TypeFitter::textHeight(cellText(r, c), columns.value(c + 1), size));
            out << h;
        }
        return out;
    };
    QList<qint64> rowHeights;
    const int size = TypeFitter::fit(heights, cy, &rowHeights);
    const QColor head = theme.panel == theme.background ? QColor(0xe8, 0xeb, 0xef) : theme.panel.lighter(130);
    QList<std::pair<QString, qint64>> rows;
    QString header = DrawingML::cell({}, head, theme.text, size, view.language, true);
    for (int c = 0; c < model.columnCount(); ++c)
        header += DrawingML::cell({model.headerData(c, Qt::Horizontal).toString()}, head, theme.text, size,
                                  view.language, true);
    rows.append({header, rowHeights.value(0)});
    for (int r = 0; r < model.rowCount(); ++r) {
        QString row = DrawingML::cell({model.headerData(r, Qt::Vertical).toString()}, head, theme.text, size,
                                      view.language, true);
        for (int c = 0; c < model.columnCount(); ++c)
            row += DrawingML::cell(cellText(r, c), theme.panel, theme.text, size, view.language, false);
        rows.append({row, rowHeights.value(r + 1)});
    }
    return DrawingML::table(7, QCoreApplication::translate("gapscope::DeckWriter", "Comparison"), x, y, cx, cy,
                            columns, rows);
}

QString SlideTables::swot(const QStringList &countries, const SavedView &view, qint64 x, qint64 y, qint64 cx,
                          qint64 cy) const
{
    const SlideTheme theme = SlideTheme::of(view.theme);
    const qint64 gap = countries.size() > 1 ? 228600 : 0;
    const qint64 width = (cx - gap * (countries.size() - 1)) / std::max<qsizetype>(1, countries.size());
    QString frames;
    int id = 20;
    for (qsizetype i = 0; i < countries.size(); ++i) {
        SwotModel model;
        model.setLanguage(view.language);
        model.setDataset(&m_dataset);
        Filter own = view.filter;
        own.countries = {countries[i]};
        model.setFilter(own);
        QStringList cells[4];
        for (int q = 0; q < 4; ++q) {
            const QModelIndex parent = model.quadrantIndex(SwotModel::quadrants[q]);
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QString text = model.index(r, SwotModel::TextColumn, parent).data().toString();
                const QString dim = model.index(r, SwotModel::DimensionColumn, parent).data().toString();
                cells[q] << QStringLiteral("%1 [%2]").arg(text, dim);
            }
        }
        const bool labelled = countries.size() > 1;
        const qint64 top = labelled ? 365760 : 0;
        auto heights = [&](int size) {
            QList<qint64> out;
            for (int row = 0; row < 2; ++row) {
                out << TypeFitter::textHeight({QStringLiteral("S")}, width / 2, size + 200);
                out << std::max(TypeFitter::textHeight(cells[row * 2], width / 2, size),
                                TypeFitter::textHeight(cells[row * 2 + 1], width / 2, size));
            }
            return out;
        };
        QList<qint64> rowHeights;
        const int size = TypeFitter::fit(heights, cy - top, &rowHeights);
        // What room is left goes to the items, so that the grid fills the slide.
        const qint64 spare = (cy - top) - std::accumulate(rowHeights.cbegin(), rowHeights.cend(), qint64(0));
        if (spare > 0) {
            rowHeights[1] += spare / 2;
            rowHeights[3] += spare / 2;
        }
        static const QColor tints[4] = {QColor(0xe3, 0xf1, 0xe6), QColor(0xfb, 0xe5, 0xe3), QColor(0xe3, 0xed, 0xf9),
                                        QColor(0xfd, 0xf1, 0xdc)};
        QList<std::pair<QString, qint64>> rows;
        const QString name = DisplayText::country(m_dataset, countries[i], view.language);
        for (int row = 0; row < 2; ++row) {
            QString heads;
            QString bodies;
            for (int col = 0; col < 2; ++col) {
                const int q = row * 2 + col;
                const QColor fill = view.theme == SavedView::Theme::Dark ? theme.panel : tints[q];
                heads += DrawingML::cell({QStringLiteral("%1 (%2)").arg(DisplayText::quadrant(SwotModel::quadrants[q]))
                                              .arg(cells[q].size())},
                                         fill, theme.text, size + 200, view.language, true);
                bodies += DrawingML::cell(cells[q], fill, theme.text, size, view.language, false);
            }
            rows.append({heads, rowHeights[row * 2]});
            rows.append({bodies, rowHeights[row * 2 + 1]});
        }
        const qint64 left = x + i * (width + gap);
        if (labelled)
            frames += DrawingML::textBox(
                id++, name, left, y, width, 320040,
                DrawingML::paragraph(DrawingML::run(name, 1600, theme.text, view.language, true)));
        frames += DrawingML::table(id++, QCoreApplication::translate("gapscope::DeckWriter", "SWOT of %1").arg(name),
                                   left, y + top, width, cy - top, {width / 2, width / 2}, rows);
    }
    return frames;
}

QString SlideTables::gap(const GapTableModel &model, const SavedView &view, qint64 x, qint64 y, qint64 cx,
                         qint64 cy) const
{
    const SlideTheme theme = SlideTheme::of(view.theme);
    const QList<int> shown{GapTableModel::FollowerColumn, GapTableModel::DateColumn,
                           GapTableModel::FollowerValueColumn, GapTableModel::ShareColumn,
                           GapTableModel::TimeGapColumn};
    static constexpr double widths[] = {0.19, 0.2, 0.25, 0.15, 0.21};
    QList<qint64> columns;
    for (double w : widths)
        columns << qint64(cx * w);
    const QList<int> rowsShown = model.summaryRows(3);
    auto text = [&model](int row, int column) { return QStringList{model.index(row, column).data().toString()}; };
    auto heights = [&](int size) {
        QList<qint64> out;
        qint64 head = 0;
        for (qsizetype c = 0; c < shown.size(); ++c)
            head = std::max(head, TypeFitter::textHeight({model.headerData(shown[c], Qt::Horizontal).toString()},
                                                         columns[c], size));
        out << head;
        for (int row : rowsShown) {
            qint64 h = 0;
            for (qsizetype c = 0; c < shown.size(); ++c)
                h = std::max(h, TypeFitter::textHeight(text(row, shown[c]), columns[c], size));
            out << h;
        }
        return out;
    };
    QList<qint64> rowHeights;
    const int size = TypeFitter::fit(heights, cy, &rowHeights, 1800);
    const qint64 height = std::accumulate(rowHeights.cbegin(), rowHeights.cend(), qint64(0));
    const QColor head = theme.panel == theme.background ? QColor(0xe8, 0xeb, 0xef) : theme.panel.lighter(130);
    QList<std::pair<QString, qint64>> rows;
    QString header;
    for (int column : shown)
        header += DrawingML::cell({model.headerData(column, Qt::Horizontal).toString()}, head, theme.text, size,
                                  view.language, true);
    rows.append({header, rowHeights.value(0)});
    for (qsizetype r = 0; r < rowsShown.size(); ++r) {
        QString row;
        for (int column : shown)
            row += DrawingML::cell(text(rowsShown[r], column), theme.panel, theme.text, size, view.language,
                                   column == GapTableModel::FollowerColumn);
        rows.append({row, rowHeights.value(r + 1)});
    }
    return DrawingML::table(8, QCoreApplication::translate("gapscope::DeckWriter", "Gaps"), x, y, cx, height, columns,
                            rows);
}

} // namespace gapscope
