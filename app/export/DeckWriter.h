#pragma once

#include "domain/Dataset.h"
#include "view/SavedView.h"

#include <QList>
#include <QObject>
#include <QString>

class QImage;

namespace gapscope {

class LanguageManager;
class SlideRenderer;

// Writes views as a 16:9 PowerPoint deck (.pptx, Office Open XML), one slide per view: the title,
// the subtitle stating the filter, the panel, and the sources in a footer and in the speaker
// notes. Charts and tables go in as high-resolution pictures; the comparison matrix and SWOT grids
// go in as native tables the presenter can edit. The file appears only when complete.
// DeckWriter lays out each slide; DrawingML writes its shapes, SlideTables its native tables,
// PresentationPackage the parts around them and ZipWriter the archive.
class DeckWriter : public QObject
{
    Q_OBJECT

public:
    DeckWriter(const Dataset &dataset, LanguageManager *languages, QObject *parent = nullptr);

    bool write(const QList<SavedView> &views, const QString &path);
    QString errorString() const { return m_error; }

    // The slide size in EMU (English Metric Units, 914400 per inch): 13.333 x 7.5 inches.
    static constexpr qint64 slideWidth = 12192000;
    static constexpr qint64 slideHeight = 6858000;

private:
    // The slide's shapes; *picture receives the panel when it goes in as a picture.
    QString slideShapes(SlideRenderer &renderer, const SavedView &view, QImage *picture) const;
    // The paragraphs of the slide's speaker notes.
    QString notes(SlideRenderer &renderer) const;

    const Dataset &m_dataset;
    LanguageManager *m_languages;
    QString m_error;
};

} // namespace gapscope
