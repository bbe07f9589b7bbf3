#include "TestSupport.h"
#include "map/EqualEarth.h"
#include "map/MapChoropleth.h"
#include "map/MapScale.h"
#include "map/TopoJsonReader.h"
#include "map/WorldShapes.h"
#include "query/ObservationQuery.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace gapscope;

// The map's parts without a window: the TopoJSON reader on the bundled shapes, the Equal Earth
// projection, and the colours of a choropleth on the bundled data.
class TestMap : public QObject
{
    Q_OBJECT

private slots:
    void readsTheBundledShapes();
    void refusesWhatIsNotATopology();
    void findsCountriesByTheirNumericCode();
    void projectionRoundTrips_data();
    void projectionRoundTrips();
    void projectionMatchesThePaper();
    void scaleClasses();
    void colouringOfKnownValues();
};

void TestMap::readsTheBundledShapes()
{
    TopoJsonReader reader;
    const auto shapes = reader.read(WorldShapes::bundledPath(), QStringLiteral("countries"));
    QVERIFY2(shapes, qPrintable(reader.errorString()));
    QCOMPARE(shapes->size(), 177); // as the file's README and world-atlas say
    QHash<QString, MapShape> byId;
    int withoutId = 0;
    for (const MapShape &s : *shapes) {
        if (s.id.isEmpty())
            ++withoutId;
        else
            byId.insert(s.id, s);
        for (const auto &polygon : s.polygons) {
            for (const QPolygonF &ring : polygon) {
                QVERIFY(ring.size() >= 4);
                QCOMPARE(ring.first(), ring.last()); // rings are closed
                for (const QPointF &p : ring) {
                    QVERIFY2(p.x() >= -180 && p.x() <= 180, qPrintable(s.name));
                    QVERIFY2(p.y() >= -90 && p.y() <= 90, qPrintable(s.name));
                }
            }
        }
    }
    QCOMPARE(withoutId, 3); // N. Cyprus, Somaliland, Kosovo
    // South Korea lies within 124–132° E and 33–39° N; the United States is several polygons
    // (Alaska, the lower 48 and others), Hawaii aside.
    const MapShape korea = byId.value(QStringLiteral("410"));
    QCOMPARE(korea.name, QStringLiteral("South Korea"));
    const QRectF k = korea.polygons.constFirst().constFirst().boundingRect();
    QVERIFY(k.left() > 124 && k.right() < 132 && k.top() > 33 && k.bottom() < 39);
    QVERIFY(byId.contains(QStringLiteral("156")));
    const MapShape usa = byId.value(QStringLiteral("840"));
    QVERIFY(usa.isMultiPolygon());
    QRectF u;
    for (const auto &polygon : usa.polygons)
        u |= polygon.constFirst().boundingRect();
    QVERIFY(u.left() < -165 && u.right() > -68 && u.top() < 25 && u.bottom() > 70);
    // Holes: Lesotho is a hole in South Africa.
    const MapShape southAfrica = byId.value(QStringLiteral("710"));
    QVERIFY(std::any_of(southAfrica.polygons.cbegin(), southAfrica.polygons.cend(),
                        [](const QList<QPolygonF> &p) { return p.size() == 2; }));
}

void TestMap::refusesWhatIsNotATopology()
{
    TopoJsonReader reader;
    QVERIFY(!reader.parse("{\"type\": \"FeatureCollection\"}", QStringLiteral("a.json"), QStringLiteral("countries")));
    QVERIFY(reader.errorString().contains(QLatin1String("Topology")));
    QVERIFY(!reader.parse("{\"type\": \"Topology\",\n \"objects\": [}", QStringLiteral("b.json"),
                          QStringLiteral("countries")));
    QCOMPARE(reader.parseError().file, QStringLiteral("b.json"));
    QCOMPARE(reader.parseError().line, 2);
    // An arc index beyond the arcs.
    const QByteArray badArc = R"({"type": "Topology", "arcs": [[[0, 0], [1, 0], [0, 1], [-1, -1]]],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "arcs": [[3]], "id": "1", "properties": {"name": "Nowhere"}}]}}})";
    QVERIFY(!reader.parse(badArc, QStringLiteral("c.json"), QStringLiteral("countries")));
    QVERIFY(reader.errorString().contains(QLatin1String("Nowhere")));
    // The same with arc 0 reads: delta-decoded (without a transform, positions are absolute).
    QByteArray good = badArc;
    good.replace("[[3]]", "[[0]]");
    const auto shapes = reader.parse(good, QStringLiteral("c.json"), QStringLiteral("countries"));
    QVERIFY(shapes);
    QCOMPARE(shapes->constFirst().polygons.constFirst().constFirst().at(1), QPointF(1, 0));
}

void TestMap::findsCountriesByTheirNumericCode()
{
    const Dataset d = test::bundledDataset();
    const auto world = WorldShapes::bundled(d);
    QVERIFY(world);
    QStringList countries;
    QStringList unnamed;
    for (const MapShape &s : world->shapes()) {
        if (s.country.isEmpty())
            unnamed << s.name;
        else
            countries << s.country;
    }
    for (const char *code : {"KOR", "CHN", "USA", "TWN", "PRK", "JPN", "DEU"})
        QVERIFY2(countries.contains(QLatin1String(code)), code);
    unnamed.sort();
    QCOMPARE(unnamed, (QStringList{"Kosovo", "N. Cyprus", "Somaliland"}));
    QVERIFY(!countries.contains(QStringLiteral("OWID_KOS")));
    // Seoul is in Korea's shape, Beijing in China's, on the projected map.
    QCOMPARE(world->shapeAt(WorldShapes::project({126.98, 37.57})), world->shapeOf(QStringLiteral("KOR")));
    QCOMPARE(world->shapeAt(WorldShapes::project({116.4, 39.9})), world->shapeOf(QStringLiteral("CHN")));
    QCOMPARE(world->shapeAt(WorldShapes::project({-30, 0})), -1); // the Atlantic
    QCOMPARE(world->shapeAt(WorldShapes::project({180.5, 0}) + QPointF(0.05, 0)), -1); // off the map

    // Rings across the antimeridian (Fiji, Russia's Chukotka) are drawn on both sides, never as a
    // band across the world: every drawn ring but Antarctica's is narrower than half the map.
    const double half = world->bounds().width() / 2;
    for (int i = 0; i < world->shapes().size(); ++i) {
        if (world->shapes().at(i).country == QLatin1String("ATA"))
            continue;
        for (const QPolygonF &ring : world->paths().at(i).toSubpathPolygons())
            QVERIFY2(ring.boundingRect().width() < half, qPrintable(world->shapes().at(i).name));
    }
    // Fiji's islands east of 180° are drawn on the map's eastern edge too (where the map is).
    const int fiji = world->shapeOf(QStringLiteral("FJI"));
    QVERIFY(fiji >= 0);
    QVERIFY(world->paths().at(fiji).boundingRect().right() > WorldShapes::project({179, -17}).x());
    QVERIFY(world->paths().at(fiji).boundingRect().left() < WorldShapes::project({-179, -17}).x());
}

void TestMap::projectionRoundTrips_data()
{
    QTest::addColumn<double>("longitude");
    QTest::addColumn<double>("latitude");
    QTest::newRow("origin") << 0.0 << 0.0;
    QTest::newRow("Seoul") << 126.978 << 37.5665;
    QTest::newRow("Washington") << -77.0369 << 38.9072;
    QTest::newRow("Cape Horn") << -67.2736 << -55.9797;
    QTest::newRow("near the date line") << 179.9 << -16.5;
    QTest::newRow("far north") << 45.0 << 85.0;
}

void TestMap::projectionRoundTrips()
{
    QFETCH(double, longitude);
    QFETCH(double, latitude);
    const QPointF back = EqualEarth::inverse(EqualEarth::forward(longitude, latitude));
    QVERIFY2(std::abs(back.x() - longitude) < 1e-6, qPrintable(QString::number(back.x(), 'g', 12)));
    QVERIFY2(std::abs(back.y() - latitude) < 1e-6, qPrintable(QString::number(back.y(), 'g', 12)));
}

void TestMap::projectionMatchesThePaper()
{
    // The paper's equations at the map's edges: x = 2√3·λ / (3·A1) on the equator at 180°, and
    // y = A1θ + A2θ³ + A3θ⁷ + A4θ⁹ with θ = π/3 at the pole; and the map is 2.05 times as wide as
    // high (the paper's ratio).
    const double A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
    const double pi = std::numbers::pi;
    QVERIFY(std::abs(EqualEarth::forward(180, 0).x() - 2 * std::sqrt(3.0) * pi / (3 * A1)) < 1e-12);
    const double t = pi / 3;
    QVERIFY(std::abs(EqualEarth::forward(0, 90).y()
                     - (A1 * t + A2 * std::pow(t, 3) + A3 * std::pow(t, 7) + A4 * std::pow(t, 9)))
            < 1e-12);
    QCOMPARE(QString::number(EqualEarth::halfWidth() / EqualEarth::halfHeight(), 'f', 2), QStringLiteral("2.05"));
    // Symmetric about both axes; the poles are lines (flat-polar).
    QCOMPARE(EqualEarth::forward(-100, -40), -EqualEarth::forward(100, 40));
    QVERIFY(EqualEarth::forward(90, 90).x() > 0);
    // Equal area: a 10° × 10° cell has the same area at the equator and at 60° N, as the
    // sphere's cells do (their area ∝ sin φ₂ − sin φ₁ times the width).
    auto area = [pi](double lat0) {
        const QPolygonF cell{EqualEarth::forward(0, lat0), EqualEarth::forward(10, lat0),
                             EqualEarth::forward(10, lat0 + 1e-3), EqualEarth::forward(0, lat0 + 1e-3)};
        double a = 0;
        for (int i = 0; i < 4; ++i)
            a += cell[i].x() * cell[(i + 1) % 4].y() - cell[(i + 1) % 4].x() * cell[i].y();
        return std::abs(a) / 2 / (std::sin((lat0 + 1e-3) * pi / 180) - std::sin(lat0 * pi / 180));
    };
    QVERIFY(std::abs(area(0) / area(60) - 1) < 1e-3);
}

void TestMap::scaleClasses()
{
    const MapScale linear = MapScale::fit({0, 3, 12, 47});
    QVERIFY(!linear.isLog());
    QCOMPARE(linear.bounds(), (QList<double>{0, 10, 20, 30, 40, 50}));
    QCOMPARE(linear.classOf(47), 4);
    QCOMPARE(linear.classOf(0), 0);
    QCOMPARE(linear.classOf(10), 1);
    QCOMPARE(linear.colourOf(47), linear.topColour());
    QVERIFY(linear.colour(0).lightness() > linear.topColour().lightness());

    // Five orders of magnitude: powers of ten.
    const MapScale log = MapScale::fit({2, 40, 3e3, 7e5, 0});
    QVERIFY(log.isLog());
    QCOMPARE(log.bounds(), (QList<double>{1, 10, 100, 1e3, 1e4, 1e5, 1e6}));
    QCOMPARE(log.classOf(0), 0);
    QCOMPARE(log.classOf(7e5), 5);
    // More decades than classes: every second one.
    QCOMPARE(MapScale::fit({1, 1e12}).bounds(), (QList<double>{1, 100, 1e4, 1e6, 1e8, 1e10, 1e12}));
    QCOMPARE(MapScale::fit({}).classCount(), 1);
}

void TestMap::colouringOfKnownValues()
{
    const Dataset d = test::bundledDataset();
    ObservationIndex index;
    index.build(d);
    Filter all; // every country and year
    const std::vector<int> rows = ObservationQuery::run(d, index, all);

    // Industrial robots: the five largest markets and the World.
    const QString robots = QStringLiteral("industrial_robots_installed");
    QVERIFY(d.indicator(robots));
    MapChoropleth map;
    map.build(d, index, robots, rows);
    QVERIFY(!map.isEmpty());
    const int year = map.lastYear();
    // The World is in the data but never drawn as a country.
    bool worldInData = false;
    for (int row : rows) {
        const Observation &o = d.observations.at(row);
        worldInData |= o.indicator == robots && o.country == QLatin1String("OWID_WRL") && o.year == year;
    }
    QVERIFY(worldInData);
    QVERIFY(!map.countries(year).contains(QStringLiteral("OWID_WRL")));
    QVERIFY(!map.value(QStringLiteral("OWID_WRL"), year));
    // The largest value of the countries (China's, from the file) gets the top colour.
    QString largest;
    double max = -1;
    for (const QString &c : map.countries(year)) {
        if (map.value(c, year)->value > max) {
            max = map.value(c, year)->value;
            largest = c;
        }
    }
    QCOMPARE(largest, QStringLiteral("CHN"));
    QCOMPARE(map.colour(largest, year), map.scale().topColour());
    // A country without a value is grey.
    QCOMPARE(map.colour(QStringLiteral("FRA"), year), MapScale::noData());
    QVERIFY(map.colour(QStringLiteral("KOR"), year) != MapScale::noData());

    // Private investment spans orders of magnitude: log classes, one scale for every year. The
    // largest value of any year (the United States') has the top colour; the scale's classes
    // reach it in the year it has it, not in another.
    MapChoropleth investment;
    investment.build(d, index, QStringLiteral("private_ai_investment"), rows);
    QVERIFY(investment.scale().isLog());
    QString top;
    int topYear = 0;
    max = -1;
    for (int y : investment.years()) {
        for (const QString &c : investment.countries(y)) {
            if (investment.value(c, y)->value > max) {
                max = investment.value(c, y)->value;
                top = c;
                topYear = y;
            }
        }
    }
    QCOMPARE(top, QStringLiteral("USA"));
    QCOMPARE(investment.colour(top, topYear), investment.scale().topColour());
    QCOMPARE(investment.scale().bounds().constLast(), std::pow(10.0, std::ceil(std::log10(max))));
}

QTEST_GUILESS_MAIN(TestMap)
#include "tst_map.moc"
