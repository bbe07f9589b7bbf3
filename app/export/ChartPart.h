#pragma once

#include "NativeChart.h"
#include "SlideTheme.h"
#include "io/WorkbookWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gapscope {

// A native chart of a deck as its package holds it: the DrawingML chart part (c:chartSpace with a
// line, bar or scatter chart, its series with their colours, dashes and pale or hollow points, the category
// and value axes with their titles and number formats, the legend) whose series read their
// names, categories and values from an embedded Excel workbook (written with libxlsxwriter), so
// that PowerPoint's "Edit data" and LibreOffice's chart editing open them. The formulas and the
// caches the chart keeps of them agree with the workbook.
class ChartPart
{
    Q_DECLARE_TR_FUNCTIONS(ChartPart)

public:
    // The id by which the chart part refers to its workbook.
    static QString workbookRelationship() { return QStringLiteral("rId1"); }

    // False when the workbook cannot be written, with errorString() saying why. `textSize`:
    // the axes' and legend's type, in hundredths of a point.
    bool build(const NativeChart &chart, const SlideTheme &theme, Language lang, int textSize);
    QString errorString() const { return m_error; }

    QByteArray xml() const { return m_xml; }
    QByteArray workbook() const { return m_workbook; }

private:
    bool buildScatter(const NativeChart &chart, const SlideTheme &theme, Language lang, int textSize);
    // Writes `sheet` as the chart's workbook; false with m_error when it cannot.
    bool embed(const WorkbookWriter::Sheet &sheet, const QString &title);
    // The chart space around `plot` (its series and axes), with the legend in type `text`.
    // `legendEntries`: c:legendEntry elements (the entries left out of the legend).
    void finish(const QString &plot, const QString &text, Language lang, const QString &blanks,
                const QString &legendEntries = QString());

    QByteArray m_xml;
    QByteArray m_workbook;
    QString m_error;
};

} // namespace gapscope
