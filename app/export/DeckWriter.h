#pragma once

#include "PresentationPackage.h"
#include "domain/Dataset.h"
#include "view/SavedView.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

namespace gapscope {

class LanguageManager;
class ObservationIndex;
class SlideRenderer;

// Writes views as a PowerPoint deck (.pptx, Office Open XML), 16:9 or 4:3 after the first view's
// size, one slide per view or more: the title, the subtitle stating the filter, the panel, and
// the sources in a footer and in the speaker notes. Charts and the models scatter go in as native
// charts with their data in an embedded workbook (ChartPart), or as pictures if asked; maps and the other plots as
// high-resolution pictures; the comparison matrix, the SWOT grids and the gap's figures as native tables the
// presenter can edit, in type an audience can read (tables 12 pt or more, footer 9 pt or more): a
// table too long for one slide continues on the next ("Comparison (2/3)"), its header repeated,
// and a footer too long for two lines leaves its sources to the notes. The file appears only when
// complete. DeckWriter lays out each slide; DrawingML writes its shapes, SlideTables its native
// tables, PresentationPackage the parts around them and ZipWriter the archive.
class DeckWriter : public QObject
{
    Q_OBJECT

public:
    DeckWriter(const Dataset &dataset, LanguageManager *languages, QObject *parent = nullptr);

    // How a chart view goes into the deck: as a native chart the presenter can restyle and
    // correct (PowerPoint's "Edit data", LibreOffice's chart editing), or as a picture; so does a
    // models scatter. Maps, bubble charts, the gap's chart and a models scatter of more countries
    // than its legend can name (NativeChart::scatterCountries) are pictures either way.
    enum class ChartsAs { Native, Picture };
    void setChartsAs(ChartsAs as) { m_chartsAs = as; }
    // Draws the views through `index`, as ExportWriter::setIndex() does.
    void setIndex(const ObservationIndex *index) { m_index = index; }
    ChartsAs chartsAs() const { return m_chartsAs; }

    bool write(const QList<SavedView> &views, const QString &path);
    QString errorString() const { return m_error; }

    // The slide size in EMU (English Metric Units, 914400 per inch): 13.333 x 7.5 inches (16:9)
    // or 10 x 7.5 inches (4:3), for views whose size is nearer 4:3 than 16:9.
    static QSize slideSize(const QSize &viewSize);
    static constexpr qint64 slideHeight = 6858000;

    // Type sizes in hundredths of a point: the footer's, and the least of any other text.
    static constexpr int footerSize = 900;

private:
    // What goes between a slide's subtitle and its footer.
    struct Body
    {
        QString shapes;
        QStringList notes; // whole texts of cells shortened on the slide
        QImage picture;
        PresentationPackage::Chart chart; // a native chart's parts, or none
    };
    // The panel's slides (one but for a long table), in the box (x, y, cx, cy).
    // Empty, with m_error saying why, when a native chart's workbook cannot be written.
    QList<Body> bodies(SlideRenderer &renderer, const SavedView &view, qint64 x, qint64 y, qint64 cx, qint64 cy);
    // The title, subtitle and footer of page `page` of `pages`; *bodyTop receives where the body starts.
    QString frame(SlideRenderer &renderer, const SavedView &view, int page, int pages, qint64 *bodyTop) const;
    struct Footer
    {
        QString text; // the sources, or a pointer to the notes
        int size = footerSize;
        qint64 height = 0; // with the producer's line
    };
    Footer footerOf(SlideRenderer &renderer, const SavedView &view) const;
    // The paragraphs of the slide's speaker notes.
    QString notes(SlideRenderer &renderer, const QStringList &shortened) const;

    const Dataset &m_dataset;
    const ObservationIndex *m_index = nullptr;
    LanguageManager *m_languages;
    qint64 m_slideWidth = 12192000;
    ChartsAs m_chartsAs = ChartsAs::Native;
    QString m_error;
};

} // namespace gapscope
