#include "EventPreview.h"

#include "format/DisplayText.h"
#include "io/ImportFormat.h"

#include <QTableWidget>

namespace gapscope {

QString EventPreview::status(const ImportBatch &batch, ImportLayout asked)
{
    QString status = tr("%n event(s) to add", nullptr, int(batch.events.size()));
    if (!batch.sources.isEmpty())
        status += QStringLiteral(" \u00b7 ") + tr("%n new source(s)", nullptr, int(batch.sources.size()));
    if (batch.skippedRows)
        status += QStringLiteral(" \u00b7 ") + tr("%n row(s) skipped: %1", nullptr, batch.skippedRows)
                                                    .arg(batch.skippedCountries.join(QLatin1String(", ")));
    status += QStringLiteral(" \u00b7 ") + ImportFormat::formatDescription(batch) + QStringLiteral(" \u00b7 ")
        + ImportFormat::layoutDescription(batch, asked);
    status += QLatin1Char('\n') + ImportFormat::eventCounts(batch).join(QStringLiteral(" \u00b7 ")) + QStringLiteral(" \u00b7 ")
        + ImportFormat::dateRange(batch);
    return status;
}

void EventPreview::fill(QTableWidget *table, const Dataset &dataset, const ImportBatch &batch, Language lang, int rows)
{
    const QStringList headers{tr("Date"), tr("Country"), tr("Kind"), tr("Event"), tr("Source")};
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    const int count = int(std::min<qsizetype>(rows, batch.events.size()));
    table->setRowCount(count);
    for (int r = 0; r < count; ++r) {
        const Event &e = batch.events.at(r);
        QString source = e.source;
        if (const Source *s = dataset.source(e.source))
            source = s->title.text(lang);
        for (const Source &s : batch.sources) {
            if (s.id == e.source)
                source = s.title.text(lang);
        }
        const QStringList cells{DisplayText::date(e.date, lang), dataset.entityName(e.country).text(lang),
                                DisplayText::eventKind(e.kind), e.text.text(lang), source};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    table->resizeColumnsToContents();
}

} // namespace gapscope
