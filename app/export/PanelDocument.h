#pragma once

#include "PictureTable.h"
#include "SlideTheme.h"
#include "domain/Dataset.h"
#include "view/SavedView.h"

#include <QRectF>
#include <memory>

class QAbstractItemModel;
class QPainter;
class QPaintDevice;

namespace gapscope {

class GapTableModel;

// The SWOT grid, the comparison matrix, the observations table or the Gap panel's table of a view
// as a table for the pages of a picture rather than a picture of its panel: every item, nothing
// cut and no scroll bars. For pages its type never shrinks: the table runs over as many pages as it
// needs, split between rows, its header row repeated on each (PictureTable). For a single picture
// (the clipboard) the type gets as small as it must to fit one.
class PanelDocument
{
public:
    // What it is laid out from: the SWOT of `countries` (one, or two side by side), the
    // comparison matrix `matrix` (rows dimensions, columns countries; cells split at blank lines),
    // the observations table `table` (every column and row, as the panel has them) or the gaps
    // `gaps` (every row, as the Gap panel's table shows them).
    static std::unique_ptr<PanelDocument> swot(const Dataset &dataset, const SavedView &view,
                                               const QStringList &countries);
    static std::unique_ptr<PanelDocument> comparison(const QAbstractItemModel &matrix, const SavedView &view);
    static std::unique_ptr<PanelDocument> observations(const QAbstractItemModel &table, const SavedView &view);
    static std::unique_ptr<PanelDocument> gaps(const GapTableModel &gaps, const SavedView &view);

    enum class Mode { FitOnePage, Paginate };
    // Lays the document out on `device` for pages of `page` size, the body type at `pixels`
    // (Paginate) or at most `pixels` (FitOnePage).
    void layout(QPaintDevice *device, const QSizeF &page, int pixels, Mode mode);
    int pageCount() const;
    // The rows of a table, and those on its first page as laid out.
    int rowCount() const;
    int rowsOnFirstPage() const;
    // The body type's pixel size as laid out.
    int bodyPixels() const { return m_pixels; }
    // Paints page `page` (from 0) into `rect`, which has the page's size.
    void paint(QPainter *painter, const QRectF &rect, int page) const;

    // One laid-out piece of an item (a SWOT item, a heading, a cell's paragraph): its text and
    // where it is on its page, from the page's top left. An item split by a page break has a
    // piece on each page.
    using Item = PictureTable::Item;
    QList<Item> items() const;

private:
    explicit PanelDocument(const SavedView &view);

    SavedView m_view;
    SlideTheme m_theme;
    std::unique_ptr<PictureTable> m_table;
    QSizeF m_page;
    int m_pixels = 0;
};

} // namespace gapscope
