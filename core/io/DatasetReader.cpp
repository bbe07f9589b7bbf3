#include "DatasetReader.h"

#include "store/DatasetValidator.h"
#include "io/DatePrecisionCheck.h"
#include "derive/DerivedIndicators.h"
#include "derive/EntityFacts.h"
#include "io/CountryCatalogueReader.h"
#include "io/EpochClusterReader.h"
#include "io/EpochModelReader.h"
#include "io/EpochRecords.h"
#include "io/OwidCsvReader.h"
#include "io/TextFileReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gapscope {

namespace {

// Reads typed fields out of one JSON record and remembers the first field of the wrong type.
class FieldReader
{
public:
    explicit FieldReader(const QJsonObject &o) : m_o(o) { }

    QString string(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            wrong(key);
        return v.toString();
    }
    LocalizedText text(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject()) {
            wrong(key);
            return {};
        }
        const QJsonObject t = v.toObject();
        if ((t.contains(QLatin1String("en")) && !t.value(QLatin1String("en")).isString())
            || (t.contains(QLatin1String("ko")) && !t.value(QLatin1String("ko")).isString()))
            wrong(key);
        return {t.value(QLatin1String("en")).toString(), t.value(QLatin1String("ko")).toString()};
    }
    int integer(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            wrong(key);
        return v.toInt();
    }
    double number(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isDouble()) {
            wrong(key);
            return 0;
        }
        return v.toDouble();
    }
    std::optional<bool> optionalBool(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isBool())
            wrong(key);
        return v.toBool();
    }
    QStringList strings(const char *key)
    {
        QStringList out;
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            wrong(key);
            return out;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                wrong(key);
            out.append(item.toString());
        }
        return out;
    }
    QString badField() const { return m_bad; }
    // A field of the right type whose value is none of those allowed.
    void wrongValue(const char *key) { wrong(key); }

private:
    void wrong(const char *key)
    {
        if (m_bad.isEmpty())
            m_bad = QLatin1String(key);
    }
    QJsonObject m_o;
    QString m_bad;
};

} // namespace

QString DatasetReader::bundledPath()
{
    return QStringLiteral(":/dataset/gapscope.json");
}

QString DatasetReader::bundledVersion()
{
    // Read from the embedded file when building (core/CMakeLists.txt).
    return QStringLiteral(GAPSCOPE_BUNDLED_DATASET_VERSION);
}

bool DatasetReader::fail(const QString &message, const QString &needle)
{
    m_error = {QFileInfo(m_path).fileName(), 0, 0, message};
    if (!needle.isEmpty()) {
        // Point at the record: the first place its id appears as a JSON string.
        const qsizetype at = m_text.indexOf(QLatin1Char('"') + needle + QLatin1Char('"'));
        if (at >= 0) {
            const QStringView before = QStringView(m_text).left(at);
            m_error.line = int(before.count(QLatin1Char('\n'))) + 1;
            m_error.column = int(at - (before.lastIndexOf(QLatin1Char('\n')) + 1)) + 1;
        }
    }
    return false;
}

bool DatasetReader::readEpochModels(const QJsonValue &section, Dataset &d)
{
    const QJsonObject o = section.toObject();
    FieldReader f(o);
    const QString notable = f.string("notable");
    const QString largeScale = f.string("large_scale");
    const QString organisations = f.string("organisations");
    EpochRecords::Options options;
    options.source = f.string("source");
    const QStringList derived = f.strings("derived");
    if (!section.isObject() || notable.isEmpty() || largeScale.isEmpty() || options.source.isEmpty()
        || !f.badField().isEmpty() || !o.value(QLatin1String("links")).isObject())
        return fail(tr("\"epoch_models\" must name its \"notable\" and \"large_scale\" files, its \"source\","
                       " its \"links\" and its \"derived\" indicators"),
                    QStringLiteral("epoch_models"));
    const QJsonObject links = o.value(QLatin1String("links")).toObject();
    for (auto it = links.begin(); it != links.end(); ++it)
        options.links.insert(it.key(), it.value().toString());

    const QDir dir = QFileInfo(m_path).dir();
    QString texts[2];
    const QString files[2] = {notable, largeScale};
    for (int i = 0; i < 2; ++i) {
        TextFileReader reader;
        const auto text = reader.readUtf8(dir.filePath(files[i]), files[i]);
        if (!text) {
            m_error = reader.parseError();
            return false;
        }
        texts[i] = *text;
    }
    if (!organisations.isEmpty()) {
        TextFileReader reader;
        const auto text = reader.readUtf8(dir.filePath(organisations), organisations);
        if (!text) {
            m_error = reader.parseError();
            return false;
        }
        QJsonParseError jsonError;
        const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &jsonError);
        if (jsonError.error != QJsonParseError::NoError) {
            m_error = ParseError::fromJson(organisations, text->toUtf8(), jsonError);
            return false;
        }
        for (const QJsonValue &v : doc.array()) {
            FieldReader org(v.toObject());
            options.organisations.append({org.string("epoch"), org.string("ko"), org.string("actor")});
        }
    }
    const CountryNameIndex countries(d.countries);
    EpochModelReader reader(countries);
    const auto models = reader.read(texts[0], notable, texts[1], largeScale);
    if (!models) {
        m_error = reader.parseError();
        return false;
    }
    EpochRecords records;
    if (!records.add(d, *models, options))
        return fail(records.errorString(), QStringLiteral("epoch_models"));
    for (const QString &id : derived) {
        const Indicator *indicator = d.indicator(id);
        if (!indicator || !DerivedIndicators::recipes().contains(id))
            return fail(tr("\"epoch_models\" derives \"%1\", which is no known indicator with a recipe").arg(id),
                        id);
        d.observations.append(DerivedIndicators::compute(id, d.models, options.source, indicator->description));
    }
    return readFacts(o, EntityFacts::modelRecipes(), QStringLiteral("epoch_models"), d,
                     [&d](const QString &id) { return EntityFacts::fromModels(id, d.models); });
}

bool DatasetReader::readFacts(const QJsonObject &section, const QStringList &recipes, const QString &name, Dataset &d,
                              const std::function<QList<Observation>(const QString &)> &compute)
{
    FieldReader f(section);
    const QStringList facts = f.strings("facts");
    if (!f.badField().isEmpty())
        return fail(tr("\"%1\": \"facts\" must list indicator ids").arg(name), name);
    for (const QString &id : facts) {
        if (!d.indicator(id) || !recipes.contains(id))
            return fail(tr("\"%1\" gives the facts \"%2\", which is no known indicator with a recipe").arg(name, id), id);
        d.observations.append(compute(id));
    }
    return true;
}

bool DatasetReader::readEpochClusters(const QJsonValue &section, Dataset &d)
{
    FieldReader f(section.toObject());
    const QString file = f.string("file");
    const QString source = f.string("source");
    const QString derived = f.string("derived");
    const Indicator *indicator = d.indicator(derived);
    if (!section.isObject() || file.isEmpty() || !d.source(source) || !indicator || !f.badField().isEmpty())
        return fail(tr("\"epoch_clusters\" must name its \"file\", a known \"source\" and the \"derived\" indicator"),
                    QStringLiteral("epoch_clusters"));
    TextFileReader textReader;
    const auto text = textReader.readUtf8(QFileInfo(m_path).dir().filePath(file), file);
    if (!text) {
        m_error = textReader.parseError();
        return false;
    }
    const CountryNameIndex countries(d.countries);
    EpochClusterReader reader(countries);
    const auto read = reader.read(*text, file);
    if (!read) {
        m_error = reader.parseError();
        return false;
    }
    d.observations.append(EpochClusterReader::h100eOperational(*read, derived, source, indicator->description));
    d.clusters = EpochClusterReader::records(*read, d.actors, source);
    return readFacts(section.toObject(), EntityFacts::clusterRecipes(), QStringLiteral("epoch_clusters"), d,
                     [&d](const QString &id) { return EntityFacts::fromClusters(id, d.clusters); });
}

std::optional<Dataset> DatasetReader::read(const QString &path)
{
    m_path = path;
    m_error = {};
    const QString displayName = QFileInfo(path).fileName();
    TextFileReader reader;
    auto text = reader.readUtf8(path, displayName);
    if (!text) {
        m_error = reader.parseError();
        return std::nullopt;
    }
    m_text = *text;

    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_text.toUtf8(), &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        m_error = ParseError::fromJson(displayName, m_text.toUtf8(), jsonError);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(tr("the dataset is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toInt() != 1) {
        fail(tr("unsupported dataset format %1 (this GapScope reads format 1)")
                 .arg(root.value(QLatin1String("format")).toVariant().toString()));
        return std::nullopt;
    }

    Dataset d;
    d.version = root.value(QLatin1String("version")).toString();

    QSet<QString> derivePrecision; // indicators stating no date precision
    bool ok = true;
    // Calls `parse` for every object of the array `key`; stops at the first record with a field
    // of the wrong type.
    auto each = [&](const char *key, auto parse) {
        if (!ok)
            return;
        const QJsonValue v = root.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isArray()) {
            ok = fail(tr("\"%1\" must be an array").arg(QLatin1String(key)));
            return;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size() && ok; ++i) {
            if (!array.at(i).isObject()) {
                ok = fail(tr("%1[%2] is not an object").arg(QLatin1String(key)).arg(i));
                return;
            }
            FieldReader f(array.at(i).toObject());
            const QString id = parse(f);
            if (!f.badField().isEmpty())
                ok = fail(tr("%1[%2] (\"%3\"): the field \"%4\" has the wrong type")
                              .arg(QLatin1String(key))
                              .arg(i)
                              .arg(id, f.badField()),
                          id);
        }
    };

    each("sources", [&](FieldReader &f) {
        Source s{f.string("id"),  f.text("title"), f.string("publisher"), f.string("document"), f.string("section"),
                 f.string("url"), f.string("date"), f.string("licence"),  f.text("note")};
        d.sources.append(s);
        return s.id;
    });
    each("units", [&](FieldReader &f) {
        Unit u{f.string("id"), f.text("name"), f.string("symbol"), f.text("pattern")};
        d.units.append(u);
        return u.id;
    });
    each("countries", [&](FieldReader &f) {
        Country c{f.string("code"), f.text("name"), f.text("region"), f.string("color"), {}, {}};
        d.countries.append(c);
        return c.code;
    });
    each("regions", [&](FieldReader &f) {
        Region r{f.string("code"), f.text("name"), f.strings("members"), f.strings("names"), f.string("source")};
        d.regions.append(r);
        return r.code;
    });
    each("dimensions", [&](FieldReader &f) {
        Dimension dim{f.string("id"), f.text("label"), f.text("description")};
        d.dimensions.append(dim);
        return dim.id;
    });
    each("actors", [&](FieldReader &f) {
        Actor a{f.string("id"),        f.text("name"),        f.string("country"), f.string("kind"),
                f.strings("dimensions"), f.text("description"), f.string("source")};
        d.actors.append(a);
        return a.id;
    });
    each("models", [&](FieldReader &f) {
        AiModel m;
        m.id = f.string("id");
        m.name = f.text("name");
        m.developer = f.string("developer");
        m.country = f.string("country");
        m.released = f.string("released");
        m.openWeights = f.optionalBool("open_weights");
        m.description = f.text("description");
        m.source = f.string("source");
        d.models.append(m);
        return m.id;
    });
    each("indicators", [&](FieldReader &f) {
        Indicator i{f.string("id"), f.text("name"), f.string("unit"), f.string("dimension"), f.text("description")};
        // An indicator states its date precision, or takes the finest date of its figures.
        const QString precision = f.string("date_precision");
        if (precision.isEmpty())
            derivePrecision.insert(i.id);
        else if (const auto p = datePrecisionFromId(precision))
            i.datePrecision = *p;
        else
            f.wrongValue("date_precision");
        d.indicators.append(i);
        return i.id;
    });
    each("observations", [&](FieldReader &f) {
        Observation o{f.string("id"),     f.string("indicator"), f.string("country"),
                      f.integer("year"),  f.integer("month"),    f.number("value"),
                      f.string("kind"),   f.string("source"),    f.text("note")};
        d.observations.append(o);
        return o.id;
    });
    each("assessments", [&](FieldReader &f) {
        Assessment a{f.string("id"), f.string("country"), f.string("dimension"), f.integer("year"),
                     f.string("kind"), f.text("text"),     f.text("attribution"),  f.string("source")};
        d.assessments.append(a);
        return a.id;
    });
    each("swot", [&](FieldReader &f) {
        const QString quadrant = f.string("quadrant");
        SwotItem s{f.string("id"),        f.string("country"), quadrant.size() == 1 ? quadrant.at(0) : QChar(),
                   f.text("text"),        f.string("dimension"), f.integer("year"), f.string("source")};
        d.swot.append(s);
        return s.id;
    });
    each("events", [&](FieldReader &f) {
        Event e{f.string("id"), f.string("date"), f.string("country"), f.string("kind"), f.text("text"),
                f.string("source")};
        d.events.append(e);
        return e.id;
    });
    if (!ok)
        return std::nullopt;

    // The country catalogue: every ISO 3166-1 country with its other names, beside the JSON.
    const QJsonValue catalogue = root.value(QLatin1String("country_catalogue"));
    if (!catalogue.isUndefined()) {
        FieldReader f(catalogue.toObject());
        const QString file = f.string("file");
        const QString korean = f.string("ko");
        if (!catalogue.isObject() || file.isEmpty() || korean.isEmpty() || !f.badField().isEmpty()) {
            fail(tr("\"country_catalogue\" must name its \"file\" and its Korean catalogue \"ko\""),
                 QStringLiteral("country_catalogue"));
            return std::nullopt;
        }
        const QDir dir = QFileInfo(path).dir();
        CountryCatalogueReader catalogueReader;
        const auto countries = catalogueReader.read(dir.filePath(file), dir.filePath(korean));
        if (!countries) {
            m_error = catalogueReader.parseError();
            return std::nullopt;
        }
        CountryCatalogueReader::merge(d.countries, *countries);
    }
    d.reindex();

    // Epoch AI's models, from its unedited CSV files beside the JSON, and what is derived from them.
    const QJsonValue epoch = root.value(QLatin1String("epoch_models"));
    if (!epoch.isUndefined() && !readEpochModels(epoch, d))
        return std::nullopt;
    const QJsonValue clusters = root.value(QLatin1String("epoch_clusters"));
    if (!clusters.isUndefined() && !readEpochClusters(clusters, d))
        return std::nullopt;

    // Series: observations kept as CSV files beside the JSON, in their publisher's layout.
    const QJsonArray series = root.value(QLatin1String("series")).toArray();
    QHash<QString, QString> regionCodes; // the names regions go by in files -> their codes
    for (const Region &r : std::as_const(d.regions)) {
        for (const QString &name : r.alternativeNames)
            regionCodes.insert(name, r.code);
    }
    for (const QJsonValue &v : series) {
        FieldReader f(v.toObject());
        const QString file = f.string("file");
        const QString layout = f.string("layout");
        if (layout != QLatin1String("owid")) {
            fail(tr("the series \"%1\" has an unknown layout \"%2\"").arg(file, layout), file);
            return std::nullopt;
        }
        OwidCsvReader::Options options{f.string("column"), f.string("indicator"), f.string("kind"), f.string("source"),
                                       [&d](const QString &code) { return d.country(code) || d.region(code); },
                                       f.strings("skip_entities"), regionCodes};
        const QString csvPath = QFileInfo(path).dir().filePath(file);
        TextFileReader csvReader;
        auto csvText = csvReader.readUtf8(csvPath, file);
        if (!csvText) {
            m_error = csvReader.parseError();
            return std::nullopt;
        }
        OwidCsvReader owid;
        auto observations = owid.read(*csvText, file, options);
        if (!observations) {
            m_error = owid.parseError();
            return std::nullopt;
        }
        d.observations.append(*observations);
    }

    // An indicator stating no date precision takes the finest date of its figures: the bundled
    // ones follow the data they are built from (Epoch AI's days, Our World in Data's years).
    QList<Indicator> finest = d.indicators;
    DatePrecisionCheck::deriveAll(finest, d.observations);
    for (qsizetype i = 0; i < d.indicators.size(); ++i) {
        if (derivePrecision.contains(d.indicators.at(i).id))
            d.indicators[i].datePrecision = finest.at(i).datePrecision;
    }

    const auto problems = DatasetValidator::validate(d);
    if (!problems.isEmpty()) {
        fail(problems.constFirst().message, problems.constFirst().recordId);
        return std::nullopt;
    }
    return d;
}

} // namespace gapscope
