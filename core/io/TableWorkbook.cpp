#include "TableWorkbook.h"

#include "domain/EntityKind.h"
#include "format/DisplayText.h"
#include "model/AssessmentMatrixModel.h"
#include "model/GapTableModel.h"
#include "model/Roles.h"
#include "model/SwotModel.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace gapscope {

namespace {

using Cell = WorkbookWriter::Cell;

Cell text(const QString &value)
{
    return {value, {}};
}

// A partial date (YYYY, YYYY-MM or YYYY-MM-DD) as a date in a format showing only what is known;
// text when it is none of these.
Cell partialDate(const QString &partial)
{
    static const char *const layouts[][2] = {{"yyyy-MM-dd", "yyyy-mm-dd"}, {"yyyy-MM", "yyyy-mm"}, {"yyyy", "yyyy"}};
    for (const auto &[layout, excel] : layouts) {
        const QDate d = QDate::fromString(partial, QLatin1String(layout));
        if (d.isValid())
            return {d, QLatin1String(excel)};
    }
    return text(partial);
}

// A model of the dataset's records the filter accepts, in the language.
template <class Model>
void show(Model &model, const Dataset &dataset, Language lang, const Filter &filter)
{
    model.setLanguage(lang);
    model.setDataset(&dataset);
    model.setFilter(filter);
}

} // namespace

TableWorkbook::TableWorkbook(const Dataset &dataset, Language lang) : m_dataset(dataset), m_lang(lang)
{
}

QString TableWorkbook::numberFormat(const Unit *unit, Language lang, double value)
{
    QString number = QStringLiteral("#,##0");
    if (value != 0 && (std::abs(value) >= 1e15 || std::abs(value) < 1e-3))
        number = QStringLiteral("0.00E+00");
    else if (value != std::round(value))
        number = std::abs(value) < 1 ? QStringLiteral("#,##0.000") : QStringLiteral("#,##0.00");
    const QString pattern = unit ? unit->pattern.text(lang) : QString();
    const qsizetype at = pattern.indexOf(QLatin1String("%1"));
    if (at < 0)
        return number;
    auto quoted = [](QString s) {
        return s.isEmpty() ? s : QLatin1Char('"') + s.replace(QLatin1Char('"'), QString()) + QLatin1Char('"');
    };
    return quoted(pattern.left(at)) + number + quoted(pattern.mid(at + 2));
}

void TableWorkbook::cite(const QString &sourceId)
{
    if (!sourceId.isEmpty())
        m_sources.insert(sourceId);
}

void TableWorkbook::addObservations(const QList<int> &records)
{
    WorkbookWriter::Sheet sheet;
    sheet.name = tr("Observations");
    // "Entity" where figures of organisations, AI models or clusters are among the rows.
    bool entities = false;
    for (int i : records)
        entities = entities || !isCountryOrRegion(m_dataset.entityKind(m_dataset.observations.entityAt(i)));
    sheet.header = {entities ? tr("Entity") : tr("Country"), tr("Indicator"), tr("Date"), tr("Year"), tr("Value"), tr("Unit"), tr("Kind"),
                    tr("Source"), tr("Note")};
    sheet.widths = {18, 40, 11, 7, 20, 16, 12, 40, 40};
    sheet.frozenColumns = 2;
    for (int i : records) {
        const Observation &o = m_dataset.observations.at(i);
        const Indicator *indicator = m_dataset.indicator(o.indicator);
        const QString unitId = indicator ? indicator->unit : QString();
        const Unit *unit = m_dataset.unit(unitId);
        const Cell date = o.day > 0     ? Cell{QDate(o.year, o.month, o.day), QStringLiteral("yyyy-mm-dd")}
                          : o.month > 0 ? Cell{QDate(o.year, o.month, 1), QStringLiteral("yyyy-mm")}
                                        : Cell{QDate(o.year, 1, 1), QStringLiteral("yyyy")};
        sheet.rows.append(QList<Cell>{text(DisplayText::country(m_dataset, o.country, m_lang)),
                           text(DisplayText::indicator(m_dataset, o.indicator, m_lang)), date, Cell{o.year, {}},
                           Cell{o.value, numberFormat(unit, m_lang, o.value)},
                           text(DisplayText::unit(m_dataset, unitId, m_lang)),
                           text(DisplayText::observationKind(o.kind)),
                           text(DisplayText::source(m_dataset, o.source, m_lang)), text(o.note.text(m_lang))});
        cite(o.source);
    }
    m_tables.append(sheet);
}

void TableWorkbook::addComparison(const Filter &filter)
{
    AssessmentMatrixModel model;
    show(model, m_dataset, m_lang, filter);
    WorkbookWriter::Sheet sheet;
    sheet.name = tr("Comparison");
    sheet.header = {tr("Dimension")};
    sheet.widths = {22};
    sheet.frozenColumns = 1;
    for (int c = 0; c < model.columnCount(); ++c) {
        sheet.header << model.headerData(c, Qt::Horizontal).toString();
        sheet.widths << 60;
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        QList<Cell> row{text(model.headerData(r, Qt::Vertical).toString())};
        for (int c = 0; c < model.columnCount(); ++c)
            row << text(model.index(r, c).data().toString());
        sheet.rows.append(row);
    }
    // The sources of the assessments in the cells.
    QSet<QString> shown;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            for (const QString &id : model.index(r, c).data(IdRole).toStringList())
                shown.insert(id);
        }
    }
    for (const Assessment &a : m_dataset.assessments) {
        if (shown.contains(a.id))
            cite(a.source);
    }
    m_tables.append(sheet);
}

void TableWorkbook::addSwot(const Filter &filter)
{
    SwotModel model;
    show(model, m_dataset, m_lang, filter);
    WorkbookWriter::Sheet sheet;
    sheet.name = tr("SWOT");
    sheet.header = {tr("Quadrant")};
    sheet.widths = {14, 70, 16, 20, 7, 40};
    sheet.frozenColumns = 1;
    for (int c = 0; c < SwotModel::ColumnCount; ++c)
        sheet.header << model.headerData(c, Qt::Horizontal).toString();
    for (QChar q : SwotModel::quadrants) {
        const QModelIndex parent = model.quadrantIndex(q);
        for (int r = 0; r < model.rowCount(parent); ++r) {
            QList<Cell> row{text(DisplayText::quadrant(q))};
            for (int c = 0; c < SwotModel::ColumnCount; ++c) {
                const QModelIndex index = model.index(r, c, parent);
                row << (c == SwotModel::YearColumn ? Cell{index.data(YearRole).toInt(), {}} : text(index.data().toString()));
            }
            cite(model.index(r, 0, parent).data(SourceRole).toString());
            sheet.rows.append(row);
        }
    }
    m_tables.append(sheet);
}

void TableWorkbook::addGap(const GapTableModel &model)
{
    WorkbookWriter::Sheet sheet;
    sheet.name = tr("Gap");
    sheet.widths = {16, 11, 22, 22, 12, 22, 14, 40};
    sheet.frozenColumns = 1;
    for (int c = 0; c < GapTableModel::ColumnCount; ++c)
        sheet.header << model.headerData(c, Qt::Horizontal).toString();
    sheet.header << tr("Source");
    for (int r = 0; r < model.rowCount(); ++r) {
        const GapResult &result = model.resultAt(r);
        const Indicator *indicator = m_dataset.indicator(result.indicator);
        const Unit *unit = indicator ? m_dataset.unit(indicator->unit) : nullptr;
        const GapPoint &point = model.pointAt(r);
        QList<Cell> row;
        for (int c = 0; c < GapTableModel::ColumnCount; ++c) {
            const QModelIndex index = model.index(r, c);
            const QVariant value = index.data(ValueRole);
            switch (c) {
            case GapTableModel::DateColumn:
                row << (point.month > 0 ? Cell{QDate(point.year, point.month, 1), QStringLiteral("yyyy-mm")}
                                        : Cell{QDate(point.year, 1, 1), QStringLiteral("yyyy")});
                break;
            case GapTableModel::LeaderColumn:
            case GapTableModel::FollowerValueColumn:
            case GapTableModel::DifferenceColumn:
                row << (value.isValid() ? Cell{value.toDouble(), numberFormat(unit, m_lang, value.toDouble())}
                                        : text(index.data().toString()));
                break;
            case GapTableModel::ShareColumn:
                row << (value.isValid() ? Cell{value.toDouble(), QStringLiteral("0.0%")} : text(QString()));
                break;
            case GapTableModel::TimeGapColumn:
                row << (value.isValid() ? Cell{value.toDouble(), QStringLiteral("0.0")} : text(index.data().toString()));
                break;
            default:
                row << text(index.data().toString());
            }
        }
        const QString source = model.index(r, 0).data(SourceRole).toString();
        row << text(source.isEmpty() ? QString() : DisplayText::source(m_dataset, source, m_lang));
        cite(source);
        sheet.rows.append(row);
    }
    m_tables.append(sheet);
}

WorkbookWriter::Sheet TableWorkbook::sourcesSheet() const
{
    WorkbookWriter::Sheet sheet;
    sheet.name = tr("Sources");
    sheet.header = {tr("Source"), tr("Publisher"), tr("Document"), tr("Section"), tr("Address"), tr("Date"),
                    tr("Licence"), tr("Note")};
    sheet.widths = {50, 24, 40, 20, 40, 11, 16, 40};
    sheet.frozenColumns = 1;
    // In the dataset's order.
    for (const Source &s : m_dataset.sources) {
        if (!m_sources.contains(s.id))
            continue;
        sheet.rows.append(QList<Cell>{text(s.title.text(m_lang)), text(s.publisher), text(s.document), text(s.section),
                           text(s.url), partialDate(s.date), text(s.licence), text(s.note.text(m_lang))});
    }
    return sheet;
}

QList<WorkbookWriter::Sheet> TableWorkbook::sheets() const
{
    QList<WorkbookWriter::Sheet> out = m_tables;
    out.insert(std::min<qsizetype>(1, out.size()), sourcesSheet());
    return out;
}

bool TableWorkbook::write(const QString &path)
{
    WorkbookWriter writer;
    const QList<WorkbookWriter::Sheet> all = sheets();
    const bool ok = writer.write(path, all, all.constFirst().name);
    m_error = writer.errorString();
    return ok;
}

} // namespace gapscope
