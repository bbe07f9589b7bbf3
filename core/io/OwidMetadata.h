#pragma once

#include "ParseError.h"
#include "domain/Source.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <optional>

namespace gapscope {

// The .metadata.json that Our World in Data ships beside a chart's CSV: for each value column its
// title, unit, short unit, description, citation and update date, and the chart's own page. What
// the file does not say stays empty: nothing is guessed (a licence, for one, is named only when
// the file names it).
class OwidMetadata
{
    Q_DECLARE_TR_FUNCTIONS(OwidMetadata)

public:
    struct Column
    {
        QString title; // titleShort, else titleLong
        QString unit;
        QString shortUnit;
        QString description; // descriptionShort, then the descriptionKey points
        QString citation; // citationLong, else citationShort, else the chart's
        QString lastUpdated; // YYYY-MM-DD
        QString licence;
    };

    // Reads `json` (from the file `displayName`); nothing when it is not OWID metadata, with
    // parseError() saying where and why.
    std::optional<OwidMetadata> parse(const QByteArray &json, const QString &displayName);
    const ParseError &parseError() const { return m_error; }

    QString chartTitle() const { return m_chartTitle; }
    QString chartUrl() const { return m_chartUrl; } // the chart's page, without its query
    // The column of that header, or null when the metadata does not describe it.
    const Column *column(const QString &header) const;
    qsizetype columnCount() const { return m_columns.size(); }
    // The source of a column's values as the metadata cites it: Our World in Data's chart, with
    // the citation, the chart's page, the update date and the licence when named. Its id is
    // stable ("owid-" and a hash of the citation and page), so a second import reuses it.
    Source source(const Column &column, const QString &importedFrom) const;

private:
    ParseError m_error;
    QString m_chartTitle;
    QString m_chartUrl;
    QHash<QString, Column> m_columns;
};

} // namespace gapscope
