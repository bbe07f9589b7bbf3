#pragma once

#include "ParseError.h"
#include "domain/Country.h"

#include <optional>

namespace gapscope {

// Reads the ISO 3166-1 country catalogue of the iso-codes project (Debian's iso-codes package):
// its JSON list of countries and its Korean gettext catalogue. Each entry becomes a Country whose
// code is the alpha-3 code, whose English name is the common name (else the short name), whose
// Korean name is that name's translation (else the short name's), and whose alternative names are every English name of
// the entry (short, official, common) and their Korean translations. It has no region or colour:
// the catalogue gives none.
class CountryCatalogueReader
{
    Q_DECLARE_TR_FUNCTIONS(CountryCatalogueReader)

public:
    // The countries of `jsonPath` named in English and, through `koreanMoPath`, in Korean;
    // nothing when either file cannot be read, with parseError() and errorString() saying why.
    std::optional<QList<Country>> read(const QString &jsonPath, const QString &koreanMoPath);
    const ParseError &parseError() const { return m_error; }
    QString errorString() const { return m_error.toString(); }

    // Completes the hand-curated `countries` from the `catalogue`: each curated country keeps
    // its names, region and colour and gains its ISO numeric code and alternative names; the
    // catalogue's other countries are appended in its order.
    static void merge(QList<Country> &countries, const QList<Country> &catalogue);

private:
    bool fail(const QString &file, const QString &message);

    ParseError m_error;
};

} // namespace gapscope
