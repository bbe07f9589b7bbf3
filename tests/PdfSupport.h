#pragma once

#include "export/SlideRenderer.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

namespace gapscope::test {

// Text compared without white space or hyphens: where lines break, pdftotext puts new lines
// and joins hyphenated words.
inline QString squeezed(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\s\\-]+"));
    return QString(text).remove(breaks);
}

// Lays `renderer` (paginated) out and paints it on a PDF as ExportWriter does, over as many
// pages as it needs, so that it tells where its texts went; returns the pages.
inline int paintOnPdf(SlideRenderer &renderer)
{
    const SavedView &v = renderer.view();
    renderer.setPaginated(true);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(v.dpi);
    pdf.setPageSize(QPageSize(QSizeF(v.size) * 72.0 / v.dpi, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&pdf);
    const int pages = renderer.pageCount(&pdf);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            pdf.newPage();
        renderer.paint(&painter, page);
    }
    return pages;
}

// A laid-out item as failure messages name it: its text's start, its box and its page.
inline QString describe(const PanelDocument::Item &item)
{
    return QStringLiteral("%1 at %2,%3 %4x%5 on page %6")
        .arg(item.text.left(40))
        .arg(item.rect.x())
        .arg(item.rect.y())
        .arg(item.rect.width())
        .arg(item.rect.height())
        .arg(item.page);
}

} // namespace gapscope::test
