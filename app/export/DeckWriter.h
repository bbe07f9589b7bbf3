#pragma once

#include "domain/Dataset.h"
#include "view/SavedView.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

namespace gapscope {

class LanguageManager;
class SlideRenderer;

// Writes views as a 16:9 PowerPoint deck (.pptx, Office Open XML), one slide per view: the title,
// the subtitle stating the filter, the panel, and the sources in a footer and in the speaker
// notes. Charts and tables go in as high-resolution pictures; the comparison matrix and SWOT grids
// go in as native tables the presenter can edit. The file is zipped with libzip and appears only
// when complete.
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
    struct Part
    {
        QString name;
        QByteArray data;
    };
    QByteArray slideXml(int number, SlideRenderer &renderer, const SavedView &view, QList<Part> *media);
    QByteArray comparisonTable(const SavedView &view, qint64 x, qint64 y, qint64 cx, qint64 cy) const;
    QByteArray swotTables(const QStringList &countries, const SavedView &view, qint64 x, qint64 y, qint64 cx,
                          qint64 cy) const;
    QByteArray notesXml(SlideRenderer &renderer) const;

    const Dataset &m_dataset;
    LanguageManager *m_languages;
    QString m_error;
    int m_shapeId = 2;
};

} // namespace gapscope
