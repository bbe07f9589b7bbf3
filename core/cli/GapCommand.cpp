#include "GapCommand.h"

#include "CommandLineTool.h"
#include "CommandOptions.h"
#include "FilterParser.h"
#include "gap/GapCalculator.h"
#include "gap/GapSerializer.h"
#include "gap/GapText.h"
#include "io/OutputWriter.h"

#include <QIODevice>

namespace gapscope {

int GapCommand::run(const QStringList &arguments, QIODevice *out, QIODevice *err)
{
    CommandOptions options(
        tr("How far followers are behind a leader on one indicator, at each of their dates: the size gap (share "
           "of the leader's value, and difference) and the time gap (how long before, the leader reached that "
           "level)."),
        out, err);
    const QCommandLineOption indicatorOption(QStringLiteral("indicator"), tr("The indicator (required)."), tr("ID"));
    const QCommandLineOption leaderOption(QStringLiteral("leader"), tr("The leading country (default USA)."),
                                          tr("CODE"));
    const QCommandLineOption followerOption(QStringLiteral("follower"),
                                            tr("The following countries (default CHN,KOR)."), tr("CODES"));
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("Only the follower's years FROM:TO."),
                                        tr("FROM:TO"));
    const QCommandLineOption methodOption(
        QStringLiteral("method"),
        tr("frontier (running maximum, the default for frontier indicators) or values (as observed)."),
        tr("METHOD"));
    QCommandLineParser &parser = options.parser();
    parser.addOptions({CommandOptions::dbOption(), indicatorOption, leaderOption, followerOption, yearOption, methodOption,
                       CommandOptions::formatOption(), CommandOptions::langOption()});

    if (const std::optional<int> exit = options.parse(arguments))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return options.usageError(
            tr("gap takes no further arguments: %1").arg(parser.positionalArguments().mid(1).join(QLatin1Char(' '))));
    if (!parser.isSet(indicatorOption))
        return options.usageError(tr("gap needs --indicator ID (gapscope list indicators shows them)"));
    const auto format = options.format(OutputWriter::Format::Csv);
    if (!format)
        return CommandOptions::usageExit;
    const auto lang = options.language();
    if (!lang)
        return CommandOptions::usageExit;
    std::optional<GapMethod> method;
    if (parser.isSet(methodOption)) {
        GapMethod m = GapMethod::Values;
        if (!gapMethodFromName(parser.value(methodOption), &m))
            return options.usageError(tr("unknown method \"%1\": use frontier or values").arg(parser.value(methodOption)));
        method = m;
    }

    const auto loaded = CommandLineTool::openWorkspace(options.workspacePath(), err);
    if (!loaded)
        return 1;
    const Dataset &d = *loaded;

    FilterParser filters(d);
    const QString indicatorId = parser.value(indicatorOption).trimmed();
    const QString leaderCode = parser.isSet(leaderOption) ? parser.value(leaderOption) : QStringLiteral("USA");
    const QString followerCodes = parser.isSet(followerOption) ? parser.value(followerOption) : QStringLiteral("CHN,KOR");
    if (!filters.setIndicators(indicatorId) || !filters.setCountries(leaderCode)
        || (parser.isSet(yearOption) && !filters.setYears(parser.value(yearOption))))
        return options.usageError(filters.errorString());
    if (filters.filter().indicators.size() != 1 || filters.filter().countries.size() != 1)
        return options.usageError(tr("gap takes one indicator and one leader"));
    const QString indicator = *filters.filter().indicators.cbegin();
    const QString leader = *filters.filter().countries.cbegin();
    const int yearFrom = filters.filter().yearFrom;
    const int yearTo = filters.filter().yearTo;
    auto followerList = filters.countryCodes(followerCodes);
    if (!followerList)
        return options.usageError(filters.errorString());
    QStringList followers = *followerList;
    followers.removeAll(leader);
    if (followers.isEmpty())
        return options.usageError(tr("--follower needs a country other than the leader"));

    const Indicator *i = d.indicator(indicator);
    const GapMethod used = method.value_or(GapCalculator::defaultMethod(*i));
    QList<GapResult> results;
    GapPrecision precision = GapPrecision::Years;
    for (const QString &follower : followers) {
        results.append(GapCalculator::compute(d, indicator, leader, follower, used, yearFrom, yearTo));
        if (results.last().precision == GapPrecision::Months)
            precision = GapPrecision::Months;
    }
    out->write(OutputWriter::write(*format, GapSerializer::records(d, results, *lang), GapSerializer::fields(),
                                   GapSerializer::tableFields()));
    if (*format == OutputWriter::Format::Table)
        writeLine(out, QLatin1Char('\n') + GapText::methodParagraph(used, precision));
    return 0;
}

} // namespace gapscope
