#include "CountryColors.h"

#include <QHash>

namespace gapscope {

const QList<QColor> &CountryColors::palette()
{
    static const QList<QColor> colors = {
        QColor(0x00, 0x72, 0xb2), // blue: United States
        QColor(0xd5, 0x5e, 0x00), // vermillion: China
        QColor(0x00, 0x9e, 0x73), // bluish green: South Korea
        QColor(0x88, 0x22, 0x55), // wine
        QColor(0x33, 0xbb, 0xee), // sky blue
        QColor(0xe6, 0x9f, 0x00), // orange
        QColor(0xcc, 0x79, 0xa7), // reddish purple
        QColor(0x8c, 0x56, 0x4b), // brown
        QColor(0x33, 0x22, 0x88), // indigo
    };
    return colors;
}

const QStringList &CountryColors::focusCountries()
{
    static const QStringList codes = {QStringLiteral("USA"), QStringLiteral("CHN"), QStringLiteral("KOR")};
    return codes;
}

QColor CountryColors::color(const Dataset &d, const QString &code)
{
    const QList<QColor> &colors = palette();
    const qsizetype focus = focusCountries().indexOf(code);
    if (focus >= 0)
        return colors.at(focus);
    const qsizetype others = colors.size() - focusCountries().size();
    qsizetype turn = -1;
    if (const Country *c = d.country(code)) {
        // The country's place among the non-focus countries of the dataset.
        turn = 0;
        for (const Country &other : d.countries) {
            if (&other == c)
                break;
            if (!focusCountries().contains(other.code))
                ++turn;
        }
    } else {
        turn = qsizetype(qHash(code, 0x5eedu) % size_t(others));
    }
    return colors.at(focusCountries().size() + turn % others);
}

} // namespace gapscope
