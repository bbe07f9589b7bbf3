#pragma once

#include "DeckSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>

namespace gapscope::test {

// A deck as an audience sees it: rendered by LibreOffice Impress (soffice, headless, with a
// profile of its own) to PDF, whose words poppler's pdftotext -bbox places on each page. The same
// rules as the independent check (shared/tools/slide-check.py), on a page scaled to 540 pt high:
// every word of the slide's text is on the page (at most 1% of its letters missing, none off the
// page); above the footer zone (the bottom 15%) no word box under 11 pt and 90% at least 14 pt
// (about 12 pt type); in the footer zone none under 9 pt (about 8 pt type).
struct RenderedSlide
{
    QString problem; // empty when the slide is readable
    QString summary; // what was measured
};

// XML's and HTML's escapes undone.
inline QString unescapeXml(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&apos;"), QLatin1String("'"));
    return text.replace(QLatin1String("&amp;"), QLatin1String("&"));
}

inline QString slideCheckTool(const char *name)
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

// The slides' texts (every a:t, split into words), in slide order.
inline QList<QStringList> deckWords(const QHash<QString, QByteArray> &parts)
{
    QList<QStringList> out;
    for (int n = 1; parts.contains(QStringLiteral("ppt/slides/slide%1.xml").arg(n)); ++n) {
        const QString xml = QString::fromUtf8(parts.value(QStringLiteral("ppt/slides/slide%1.xml").arg(n)));
        static const QRegularExpression text(QStringLiteral("<a:t>([^<]*)</a:t>"));
        QStringList words;
        for (auto it = text.globalMatch(xml); it.hasNext();) {
            words += unescapeXml(it.next().captured(1)).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        }
        out.append(words);
    }
    return out;
}

// Renders the deck `path` and measures each slide; `error` says why nothing could be measured
// (soffice or pdftotext missing: install the packages of packaging/debian-deps.txt).
inline QList<RenderedSlide> renderAndMeasure(const QString &path, QString *error)
{
    const QString soffice = slideCheckTool("soffice");
    const QString pdftotext = slideCheckTool("pdftotext");
    if (soffice.isEmpty() || pdftotext.isEmpty()) {
        *error = QStringLiteral("soffice (libreoffice-impress-nogui) and pdftotext (poppler-utils) are needed to "
                                "render decks: install packaging/debian-deps.txt");
        return {};
    }
    QString problem;
    const QHash<QString, QByteArray> parts = zipParts(path, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    QTemporaryDir dir;
    QProcess convert;
    convert.setProcessChannelMode(QProcess::MergedChannels);
    convert.start(soffice, {QStringLiteral("--headless"),
                            QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(dir.filePath("profile")).toString(),
                            QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path(),
                            path});
    if (!convert.waitForFinished(240000)) {
        convert.kill();
        *error = QStringLiteral("soffice did not finish converting ") + path;
        return {};
    }
    const QString pdf = dir.filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".pdf"));
    if (!QFileInfo::exists(pdf)) {
        *error = QStringLiteral("LibreOffice could not open the deck: ") + QString::fromLocal8Bit(convert.readAll());
        return {};
    }
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    text.waitForFinished(60000);
    const QString bbox = QString::fromUtf8(text.readAllStandardOutput());

    struct Word
    {
        double x0, y0, x1, y1;
        QString text;
    };
    struct Page
    {
        double width = 0, height = 0;
        QList<Word> words;
    };
    QList<Page> pages;
    static const QRegularExpression pageHead(QStringLiteral("^width=\"([\\d.]+)\" height=\"([\\d.]+)\""));
    static const QRegularExpression wordTag(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    const QStringList chunks = bbox.split(QStringLiteral("<page "));
    for (qsizetype i = 1; i < chunks.size(); ++i) {
        Page page;
        const auto head = pageHead.match(chunks[i]);
        page.width = head.captured(1).toDouble();
        page.height = head.captured(2).toDouble();
        for (auto it = wordTag.globalMatch(chunks[i]); it.hasNext();) {
            const auto m = it.next();
            page.words.append({m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
                               m.captured(4).toDouble(), unescapeXml(m.captured(5))});
        }
        pages.append(page);
    }

    auto letters = [](const QStringList &words) {
        QHash<QChar, int> count;
        for (const QString &w : words) {
            for (const QChar c : w) {
                if (c.isLetterOrNumber())
                    ++count[c];
            }
        }
        return count;
    };
    QList<RenderedSlide> out;
    const QList<QStringList> slides = deckWords(parts);
    for (qsizetype i = 0; i < slides.size(); ++i) {
        RenderedSlide slide;
        if (i >= pages.size()) {
            slide.problem = QStringLiteral("not rendered");
            out.append(slide);
            continue;
        }
        const Page &page = pages[i];
        const double scale = 540.0 / page.height;
        QList<double> body;
        QList<double> foot;
        QStringList rendered;
        int outside = 0;
        for (const Word &w : page.words) {
            if (w.text.trimmed().isEmpty())
                continue;
            (w.y1 <= 0.85 * page.height ? body : foot).append((w.y1 - w.y0) * scale);
            rendered << w.text;
            outside += w.x0 < -0.5 || w.y0 < -0.5 || w.x1 > page.width + 0.5 || w.y1 > page.height + 0.5;
        }
        std::sort(body.begin(), body.end());
        std::sort(foot.begin(), foot.end());
        const QHash<QChar, int> wanted = letters(slides[i]);
        const QHash<QChar, int> got = letters(rendered);
        int lost = 0;
        int total = 0;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            total += it.value();
            lost += std::max(0, it.value() - got.value(it.key()));
        }
        const double smallest = body.isEmpty() ? 0 : body.first();
        const double tenth = body.isEmpty() ? 0 : body.at(body.size() / 10);
        const double footer = foot.isEmpty() ? 99 : foot.first();
        slide.summary = QStringLiteral("slide %1: body smallest %2 pt, 10th percentile %3 pt, footer smallest %4 pt, "
                                       "%5 of %6 letters missing, %7 words off the page")
                            .arg(i + 1)
                            .arg(smallest, 0, 'f', 1)
                            .arg(tenth, 0, 'f', 1)
                            .arg(footer, 0, 'f', 1)
                            .arg(lost)
                            .arg(total)
                            .arg(outside);
        if (body.isEmpty() || smallest < 11 || tenth < 14 || footer < 9 || outside > 0
            || lost > 0.01 * std::max(1, total))
            slide.problem = slide.summary;
        out.append(slide);
    }
    return out;
}

} // namespace gapscope::test
