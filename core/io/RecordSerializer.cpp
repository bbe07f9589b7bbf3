#include "RecordSerializer.h"

#include "format/DisplayText.h"
#include "format/EpochVocabulary.h"
#include "format/ValueFormatter.h"

#include <QJsonArray>

#include <functional>

namespace gapscope {

namespace {

// Adds a text in both languages beside the one shown (`key` in the chosen language): key_en and
// key_ko, so that a script reads both from one run.
QJsonObject &withBoth(QJsonObject &o, const QString &key, const std::function<QString(Language)> &text)
{
    o.insert(key + QLatin1String("_en"), text(Language::English));
    o.insert(key + QLatin1String("_ko"), text(Language::Korean));
    return o;
}

QJsonObject &withBoth(QJsonObject &o, const QString &key, const LocalizedText &text)
{
    return withBoth(o, key, [&text](Language lang) { return text.text(lang); });
}

} // namespace

QJsonObject RecordSerializer::sourceRecord(const Source &s) const
{
    QJsonObject o{{"id", s.id},           {"title", s.title.text(m_lang)}, {"publisher", s.publisher},
                  {"document", s.document}, {"section", s.section},         {"url", s.url},
                  {"date", s.date},       {"licence", s.licence},          {"note", s.note.text(m_lang)}};
    withBoth(o, QStringLiteral("title"), s.title);
    return withBoth(o, QStringLiteral("note"), s.note);
}

QJsonObject RecordSerializer::source(const QString &id) const
{
    const Source *s = m_d.source(id);
    return s ? sourceRecord(*s) : QJsonObject{{"id", id}};
}

QJsonObject RecordSerializer::country(const Country &c) const
{
    QJsonObject o{{"code", c.code},
                  {"name", c.name.text(m_lang)},
                  {"region", c.region.text(m_lang)},
                  {"color", c.color},
                  {"numeric", c.numeric},
                  {"alternative_names", QJsonArray::fromStringList(c.alternativeNames)}};
    withBoth(o, QStringLiteral("name"), c.name);
    return withBoth(o, QStringLiteral("region"), c.region);
}

QJsonObject RecordSerializer::region(const Region &r) const
{
    QJsonObject o{{"code", r.code},
                  {"name", r.name.text(m_lang)},
                  {"members", QJsonArray::fromStringList(r.members)},
                  {"member_names", DisplayText::countries(m_d, r.members, m_lang)},
                  {"alternative_names", QJsonArray::fromStringList(r.alternativeNames)},
                  {"source", source(r.source)}};
    withBoth(o, QStringLiteral("name"), r.name);
    return withBoth(o, QStringLiteral("member_names"),
                    [this, &r](Language lang) { return DisplayText::countries(m_d, r.members, lang); });
}

QJsonObject RecordSerializer::entity(const QString &id) const
{
    const auto kind = m_d.entityKind(id);
    const QStringList countries = m_d.entityCountries(id);
    const LocalizedText name = m_d.entityName(id);
    QJsonObject o{{"id", id},
                  {"kind", kind ? entityKindId(*kind) : QString()},
                  {"kind_text", DisplayText::entityKindOf(m_d, id, m_lang)},
                  {"name", name.text(m_lang)},
                  {"countries", QJsonArray::fromStringList(countries)},
                  {"country_names", DisplayText::countries(m_d, countries, m_lang)}};
    withBoth(o, QStringLiteral("name"), name);
    // An entity of a kind the user named carries that kind's name in both languages.
    if (const OtherEntity *e = m_d.otherEntity(id)) {
        withBoth(o, QStringLiteral("kind_text"), e->kind);
        o.insert(QStringLiteral("source"), source(e->source));
    }
    return withBoth(o, QStringLiteral("country_names"),
                    [this, &countries](Language lang) { return DisplayText::countries(m_d, countries, lang); });
}

QJsonObject RecordSerializer::dimension(const Dimension &dim) const
{
    QJsonObject o{{"id", dim.id}, {"label", dim.label.text(m_lang)}, {"description", dim.description.text(m_lang)}};
    withBoth(o, QStringLiteral("label"), dim.label);
    return withBoth(o, QStringLiteral("description"), dim.description);
}

QJsonObject RecordSerializer::indicator(const Indicator &i) const
{
    QJsonObject o{{"id", i.id},
                  {"name", i.name.text(m_lang)},
                  {"unit", i.unit},
                  {"unit_name", DisplayText::unit(m_d, i.unit, m_lang)},
                  {"dimension", i.dimension},
                  {"description", i.description.text(m_lang)},
                  {"date_precision", datePrecisionId(i.datePrecision)}};
    withBoth(o, QStringLiteral("name"), i.name);
    withBoth(o, QStringLiteral("unit_name"), [this, &i](Language lang) { return DisplayText::unit(m_d, i.unit, lang); });
    return withBoth(o, QStringLiteral("description"), i.description);
}

QJsonObject RecordSerializer::actor(const Actor &a) const
{
    QJsonObject o{{"id", a.id},
                  {"name", a.name.text(m_lang)},
                  {"country", a.country},
                  {"kind", a.kind},
                  {"dimensions", QJsonArray::fromStringList(a.dimensions)},
                  {"description", a.description.text(m_lang)},
                  {"source", source(a.source)}};
    withBoth(o, QStringLiteral("name"), a.name);
    return withBoth(o, QStringLiteral("description"), a.description);
}

QJsonObject RecordSerializer::model(const AiModel &m) const
{
    QJsonObject o{{"id", m.id},
                  {"name", m.name.text(m_lang)},
                  {"developer", m.developer},
                  {"developer_name", DisplayText::actor(m_d, m.developer, m_lang)},
                  {"country", m.country},
                  {"released", m.released},
                  {"open_weights", m.openWeights ? QJsonValue(*m.openWeights) : QJsonValue(QJsonValue::Null)},
                  {"description", m.description.text(m_lang)},
                  {"source", source(m.source)}};
    withBoth(o, QStringLiteral("name"), m.name);
    withBoth(o, QStringLiteral("developer_name"),
             [this, &m](Language lang) { return DisplayText::actor(m_d, m.developer, lang); });
    withBoth(o, QStringLiteral("description"), m.description);
    // What Epoch AI's database says of the model (null or empty where it does not have it).
    const auto number = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    const Source *epoch = m_d.source(m.epochSource);
    o.insert(QStringLiteral("epoch_name"), m.epochName);
    o.insert(QStringLiteral("organisations"), QJsonArray::fromStringList(m.organisations));
    o.insert(QStringLiteral("countries"), QJsonArray::fromStringList(m.countries));
    o.insert(QStringLiteral("published"), m.published);
    o.insert(QStringLiteral("domain"), m.domain);
    o.insert(QStringLiteral("task"), m.task);
    o.insert(QStringLiteral("parameters"), number(m.parameters));
    o.insert(QStringLiteral("training_compute_flop"), number(m.trainingCompute));
    o.insert(QStringLiteral("training_cost_usd_2023"), number(m.trainingCost));
    o.insert(QStringLiteral("accessibility"), m.accessibility);
    o.insert(QStringLiteral("frontier"), m.frontier);
    o.insert(QStringLiteral("notable"), m.notable);
    o.insert(QStringLiteral("large_scale"), m.largeScale);
    o.insert(QStringLiteral("link"), m.link);
    o.insert(QStringLiteral("confidence"), m.confidence);
    o.insert(QStringLiteral("epoch_source"), m.epochSource);
    o.insert(QStringLiteral("epoch_source_title"), epoch ? epoch->title.text(m_lang) : QString());
    o.insert(QStringLiteral("epoch_source_licence"), epoch ? epoch->licence : QString());
    return o;
}

QJsonObject RecordSerializer::observation(const Observation &o) const
{
    const Indicator *i = m_d.indicator(o.indicator);
    const Unit *unit = i ? m_d.unit(i->unit) : nullptr;
    // "country" is the entity where it is a country or a region, else the countries the entity
    // counts for (an AI model's), comma-separated.
    const auto kind = m_d.entityKind(o.country);
    const bool place = isCountryOrRegion(kind);
    const QStringList countries = place ? QStringList{o.country} : m_d.entityCountries(o.country);
    const auto countryNames = [this, &countries](Language lang) { return DisplayText::countries(m_d, countries, lang); };
    QJsonObject json{{"id", o.id},
                     {"indicator", o.indicator},
                     {"indicator_name", DisplayText::indicator(m_d, o.indicator, m_lang)},
                     {"entity", o.country},
                     {"entity_kind", kind ? entityKindId(*kind) : QString()},
                     {"entity_name", m_d.entityName(o.country).text(m_lang)},
                     {"country", countries.join(QLatin1Char(','))},
                     {"country_name", countryNames(m_lang)},
                     {"date", DisplayText::isoPeriod(o.year, o.month, o.day)},
                     {"date_text", DisplayText::period(o.year, o.month, o.day, m_lang)},
                     {"year", o.year},
                     {"month", o.month > 0 ? QJsonValue(o.month) : QJsonValue(QJsonValue::Null)},
                     {"day", o.day > 0 ? QJsonValue(o.day) : QJsonValue(QJsonValue::Null)},
                     {"value", o.value},
                     {"unit", i ? i->unit : QString()},
                     {"value_text", ValueFormatter::withUnit(o.value, unit, m_lang)},
                     {"kind", o.kind},
                     {"note", o.note.text(m_lang)},
                     {"source", source(o.source)}};
    withBoth(json, QStringLiteral("indicator_name"),
             [this, &o](Language lang) { return DisplayText::indicator(m_d, o.indicator, lang); });
    withBoth(json, QStringLiteral("entity_name"), m_d.entityName(o.country));
    withBoth(json, QStringLiteral("country_name"), countryNames);
    withBoth(json, QStringLiteral("date_text"),
             [&o](Language lang) { return DisplayText::period(o.year, o.month, o.day, lang); });
    withBoth(json, QStringLiteral("value_text"),
             [&o, unit](Language lang) { return ValueFormatter::withUnit(o.value, unit, lang); });
    return withBoth(json, QStringLiteral("note"), o.note);
}

QJsonObject RecordSerializer::assessment(const Assessment &a) const
{
    QJsonObject o{{"id", a.id},
                  {"country", a.country},
                  {"dimension", a.dimension},
                  {"year", a.year},
                  {"kind", a.kind},
                  {"text", a.text.text(m_lang)},
                  {"attribution", a.attribution.text(m_lang)},
                  {"source", source(a.source)}};
    withBoth(o, QStringLiteral("text"), a.text);
    return withBoth(o, QStringLiteral("attribution"), a.attribution);
}

QJsonObject RecordSerializer::swot(const SwotItem &s) const
{
    QJsonObject o{{"id", s.id},           {"country", s.country}, {"quadrant", QString(s.quadrant)},
                  {"text", s.text.text(m_lang)}, {"dimension", s.dimension}, {"year", s.year},
                  {"source", source(s.source)}};
    return withBoth(o, QStringLiteral("text"), s.text);
}

QJsonObject RecordSerializer::event(const Event &e) const
{
    QJsonObject o{{"id", e.id},     {"date", e.date}, {"country", e.country}, {"kind", e.kind},
                  {"text", e.text.text(m_lang)}, {"source", source(e.source)}};
    return withBoth(o, QStringLiteral("text"), e.text);
}

QJsonObject RecordSerializer::cluster(const ComputeCluster &c) const
{
    const auto number = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    const auto h100e = [&c](Language lang) {
        return c.h100Equivalents ? ValueFormatter::number(*c.h100Equivalents, lang) : QString();
    };
    const auto term = [](const QString &value) {
        return [value](Language lang) { return EpochVocabulary::text(value, lang); };
    };
    QJsonObject o{{"id", c.id},
                  {"name", c.name.text(m_lang)},
                  {"owners", QJsonArray::fromStringList(c.owners)},
                  {"owner_names", DisplayText::actors(m_d, c.owners, m_lang)},
                  {"country", c.country},
                  {"country_name", DisplayText::country(m_d, c.country, m_lang)},
                  {"status", c.status},
                  {"status_text", EpochVocabulary::text(c.status, m_lang)},
                  {"first_operational", c.firstOperational},
                  {"decommissioned", c.decommissioned},
                  {"h100_equivalents", number(c.h100Equivalents)},
                  {"h100_equivalents_text", h100e(m_lang)},
                  {"power_mw", number(c.powerMw)},
                  {"sector", c.sector},
                  {"sector_text", EpochVocabulary::text(c.sector, m_lang)},
                  {"certainty", c.certainty},
                  {"certainty_text", EpochVocabulary::text(c.certainty, m_lang)},
                  {"include_in_standard_analysis", c.includeInStandardAnalysis},
                  {"exclude", c.exclude},
                  {"link", c.link},
                  {"source", source(c.source)}};
    withBoth(o, QStringLiteral("name"), c.name);
    withBoth(o, QStringLiteral("owner_names"), [this, &c](Language lang) { return DisplayText::actors(m_d, c.owners, lang); });
    withBoth(o, QStringLiteral("country_name"),
             [this, &c](Language lang) { return DisplayText::country(m_d, c.country, lang); });
    withBoth(o, QStringLiteral("h100_equivalents_text"), h100e);
    withBoth(o, QStringLiteral("status_text"), term(c.status));
    withBoth(o, QStringLiteral("sector_text"), term(c.sector));
    return withBoth(o, QStringLiteral("certainty_text"), term(c.certainty));
}

QStringList RecordSerializer::fields(const QString &kind)
{
    static const QStringList sourceFields{"source_id",      "source_title", "source_publisher", "source_document",
                                          "source_section", "source_url",   "source_date",      "source_licence",
                                          "source_note"};
    if (kind == QLatin1String("countries"))
        return {"code", "name", "region", "color", "numeric", "alternative_names"};
    if (kind == QLatin1String("regions"))
        return QStringList{"code", "name", "members", "member_names", "alternative_names"} + sourceFields;
    if (kind == QLatin1String("entities"))
        return {"id", "kind", "kind_text", "name", "countries", "country_names"};
    if (kind == QLatin1String("dimensions"))
        return {"id", "label", "description"};
    if (kind == QLatin1String("indicators"))
        return {"id", "name", "unit", "unit_name", "dimension", "description", "date_precision"};
    if (kind == QLatin1String("sources")) {
        QStringList f;
        for (const QString &s : sourceFields)
            f.append(s.mid(7));
        return f;
    }
    if (kind == QLatin1String("actors"))
        return QStringList{"id", "name", "country", "kind", "dimensions", "description"} + sourceFields;
    if (kind == QLatin1String("models"))
        return QStringList{"id",           "name",          "developer",   "developer_name", "country",
                           "released",     "open_weights",  "description", "epoch_name",     "organisations",
                           "countries",    "published",     "domain",        "task",        "parameters",     "training_compute_flop",
                           "training_cost_usd_2023", "accessibility", "frontier", "notable", "large_scale",
                           "link",         "confidence",    "epoch_source_title", "epoch_source_licence"}
            + sourceFields;
    if (kind == QLatin1String("clusters"))
        return QStringList{"id",        "name",          "owners",           "owner_names",  "country",
                           "country_name", "status",     "status_text",      "first_operational", "decommissioned",
                           "h100_equivalents", "h100_equivalents_text", "power_mw", "sector",         "sector_text",  "certainty",
                           "certainty_text", "include_in_standard_analysis", "exclude", "link"}
            + sourceFields;
    if (kind == QLatin1String("observations"))
        return QStringList{"id",          "indicator",   "indicator_name", "entity", "entity_kind", "entity_name",
                           "country",     "country_name", "date",         "date_text", "year",     "month",
                           "day",         "value",       "unit",           "value_text", "kind",    "note"}
            + sourceFields;
    if (kind == QLatin1String("assessments"))
        return QStringList{"id", "country", "dimension", "year", "kind", "text", "attribution"} + sourceFields;
    if (kind == QLatin1String("swot"))
        return QStringList{"id", "country", "quadrant", "text", "dimension", "year"} + sourceFields;
    if (kind == QLatin1String("events"))
        return QStringList{"id", "date", "country", "kind", "text"} + sourceFields;
    return {};
}

QStringList RecordSerializer::tableFields(const QString &kind)
{
    if (kind == QLatin1String("countries"))
        return {"code", "name", "region"};
    if (kind == QLatin1String("regions"))
        return {"code", "name", "member_names", "source_title"};
    if (kind == QLatin1String("entities"))
        return {"id", "kind_text", "name", "country_names"};
    if (kind == QLatin1String("dimensions"))
        return {"id", "label"};
    if (kind == QLatin1String("indicators"))
        return {"id", "name", "unit_name", "dimension"};
    if (kind == QLatin1String("sources"))
        return {"id", "title", "section", "date", "licence"};
    if (kind == QLatin1String("actors"))
        return {"id", "name", "country", "kind", "source_title"};
    if (kind == QLatin1String("models"))
        return {"id", "name", "developer_name", "country", "released", "open_weights", "source_title"};
    if (kind == QLatin1String("clusters"))
        return {"id", "name", "country", "status_text", "first_operational", "h100_equivalents_text", "source_title"};
    if (kind == QLatin1String("observations"))
        return {"entity", "indicator", "date", "value_text", "kind", "source_title", "source_date"};
    if (kind == QLatin1String("assessments"))
        return {"country", "dimension", "kind", "text", "source_title"};
    if (kind == QLatin1String("swot"))
        return {"country", "quadrant", "text", "source_title"};
    if (kind == QLatin1String("events"))
        return {"date", "country", "kind", "text", "source_title"};
    return {};
}

QString RecordSerializer::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {"id", QT_TR_NOOP("Id")},
        {"code", QT_TR_NOOP("Code")},
        {"name", QT_TR_NOOP("Name")},
        {"region", QT_TR_NOOP("Region")},
        {"members", QT_TR_NOOP("Members")},
        {"member_names", QT_TR_NOOP("Members")},
        {"entity", QT_TR_NOOP("Entity")},
        {"entity_kind", QT_TR_NOOP("Kind of entity")},
        {"entity_name", QT_TR_NOOP("Entity")},
        {"kind_text", QT_TR_NOOP("Kind")},
        {"country_names", QT_TR_NOOP("Countries")},
        {"date_text", QT_TR_NOOP("Date")},
        {"day", QT_TR_NOOP("Day")},
        {"color", QT_TR_NOOP("Colour")},
        {"numeric", QT_TR_NOOP("ISO numeric code")},
        {"alternative_names", QT_TR_NOOP("Alternative names")},
        {"label", QT_TR_NOOP("Label")},
        {"description", QT_TR_NOOP("Description")},
        {"unit", QT_TR_NOOP("Unit")},
        {"unit_name", QT_TR_NOOP("Unit name")},
        {"dimension", QT_TR_NOOP("Dimension")},
        {"dimensions", QT_TR_NOOP("Dimensions")},
        {"country", QT_TR_NOOP("Country")},
        {"country_name", QT_TR_NOOP("Country name")},
        {"kind", QT_TR_NOOP("Kind")},
        {"developer", QT_TR_NOOP("Developer")},
        {"developer_name", QT_TR_NOOP("Developer name")},
        {"released", QT_TR_NOOP("Released")},
        {"open_weights", QT_TR_NOOP("Open weights")},
        {"indicator", QT_TR_NOOP("Indicator")},
        {"indicator_name", QT_TR_NOOP("Indicator name")},
        {"year", QT_TR_NOOP("Year")},
        {"month", QT_TR_NOOP("Month")},
        {"date_precision", QT_TR_NOOP("Date precision")},
        {"value", QT_TR_NOOP("Value")},
        {"value_text", QT_TR_NOOP("Value (formatted)")},
        {"note", QT_TR_NOOP("Note")},
        {"text", QT_TR_NOOP("Text")},
        {"attribution", QT_TR_NOOP("Attribution")},
        {"quadrant", QT_TR_NOOP("Quadrant")},
        {"date", QT_TR_NOOP("Date")},
        {"title", QT_TR_NOOP("Title")},
        {"publisher", QT_TR_NOOP("Publisher")},
        {"document", QT_TR_NOOP("Document")},
        {"section", QT_TR_NOOP("Section")},
        {"url", QT_TR_NOOP("URL")},
        {"licence", QT_TR_NOOP("Licence")},
        {"source_id", QT_TR_NOOP("Source id")},
        {"source_title", QT_TR_NOOP("Source")},
        {"source_publisher", QT_TR_NOOP("Publisher")},
        {"source_document", QT_TR_NOOP("Document")},
        {"source_section", QT_TR_NOOP("Section")},
        {"source_url", QT_TR_NOOP("URL")},
        {"source_date", QT_TR_NOOP("Source date")},
        {"source_licence", QT_TR_NOOP("Licence")},
        {"source_note", QT_TR_NOOP("Source note")},
        {"follower_name", QT_TR_NOOP("Follower")},
        {"leader_value_text", QT_TR_NOOP("Leader's value")},
        {"follower_value_text", QT_TR_NOOP("Follower's value")},
        {"share_text", QT_TR_NOOP("Share of leader")},
        {"difference_text", QT_TR_NOOP("Difference")},
        {"time_gap_text", QT_TR_NOOP("Time gap")},
        {"epoch_name", QT_TR_NOOP("Name in Epoch AI's data")},
        {"organisations", QT_TR_NOOP("Organisations")},
        {"countries", QT_TR_NOOP("Countries")},
        {"published", QT_TR_NOOP("Published")},
        {"domain", QT_TR_NOOP("Domain")},
        {"task", QT_TR_NOOP("Task")},
        {"parameters", QT_TR_NOOP("Parameters")},
        {"training_compute_flop", QT_TR_NOOP("Training compute (FLOP)")},
        {"training_cost_usd_2023", QT_TR_NOOP("Training compute cost (2023 USD)")},
        {"accessibility", QT_TR_NOOP("Accessibility")},
        {"frontier", QT_TR_NOOP("Frontier model")},
        {"notable", QT_TR_NOOP("Notable")},
        {"large_scale", QT_TR_NOOP("Large-scale")},
        {"link", QT_TR_NOOP("Link")},
        {"confidence", QT_TR_NOOP("Confidence")},
        {"epoch_source_title", QT_TR_NOOP("Epoch AI source")},
        {"epoch_source_licence", QT_TR_NOOP("Epoch AI licence")},
        {"owners", QT_TR_NOOP("Owners")},
        {"owner_names", QT_TR_NOOP("Owner names")},
        {"status", QT_TR_NOOP("Status")},
        {"status_text", QT_TR_NOOP("Status")},
        {"first_operational", QT_TR_NOOP("First operational")},
        {"decommissioned", QT_TR_NOOP("Decommissioned")},
        {"h100_equivalents", QT_TR_NOOP("H100 equivalents")},
        {"h100_equivalents_text", QT_TR_NOOP("H100 equivalents (formatted)")},
        {"power_mw", QT_TR_NOOP("Power (MW)")},
        {"sector", QT_TR_NOOP("Sector")},
        {"sector_text", QT_TR_NOOP("Sector")},
        {"certainty", QT_TR_NOOP("Certainty")},
        {"certainty_text", QT_TR_NOOP("Certainty")},
        {"include_in_standard_analysis", QT_TR_NOOP("In Epoch's standard analysis")},
        {"exclude", QT_TR_NOOP("Excluded by Epoch")},
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : tr(*it);
}

} // namespace gapscope
