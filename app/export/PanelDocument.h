#pragma once

#include "SlideTheme.h"
#include "domain/Dataset.h"
#include "view/SavedView.h"

#include <QRectF>
#include <QTextDocument>
#include <memory>

class QAbstractItemModel;
class QPainter;
class QPaintDevice;

namespace gapscope {

// The SWOT grid or the comparison matrix of a view as a document rather than a picture of its
// panel: every item in the theme's type, laid out for the page as tables, so that nothing is cut
// and there are no scroll bars. Its type gets smaller until it fits one page: as far as it must
// for a single picture; for pages by a third at most, beyond which it runs over as many pages as
// it needs at the theme's size, the table's header row repeated on each.
class PanelDocument
{
public:
    // What it is laid out from: the SWOT of `countries` (one, or two side by side), or the
    // comparison matrix `matrix` (rows dimensions, columns countries; cells split at blank lines).
    static std::unique_ptr<PanelDocument> swot(const Dataset &dataset, const SavedView &view,
                                               const QStringList &countries);
    static std::unique_ptr<PanelDocument> comparison(const QAbstractItemModel &matrix, const SavedView &view);

    enum class Mode { FitOnePage, Paginate };
    // Lays the document out on `device` for pages of `page` size, the body type starting at
    // `pixels`.
    void layout(QPaintDevice *device, const QSizeF &page, int pixels, Mode mode);
    int pageCount() const;
    // The body type's pixel size as laid out.
    int bodyPixels() const { return m_pixels; }
    // Paints page `page` (from 0) into `rect`, which has the page's size.
    void paint(QPainter *painter, const QRectF &rect, int page) const;

    // One laid-out piece of an item (a SWOT item, a heading, a matrix row label or assessment):
    // its text and where it is on its page, from the page's top left. An item split by a page
    // break has a piece on each page.
    struct Item
    {
        QString text;
        int page = 0;
        QRectF rect;
    };
    QList<Item> items() const;

private:
    PanelDocument(const SavedView &view);
    using Builder = std::function<void(QTextDocument *, int pixels)>;
    void build(int pixels);

    SavedView m_view;
    SlideTheme m_theme;
    Builder m_builder;
    std::unique_ptr<QTextDocument> m_document;
    QSizeF m_page;
    int m_pixels = 0;
};

} // namespace gapscope
