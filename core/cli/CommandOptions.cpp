#include "CommandOptions.h"

#include "store/Store.h"

#include <QIODevice>

namespace gapscope {

CommandOptions::CommandOptions(const QString &description, QIODevice *out, QIODevice *err, const QString &usagePattern)
    : m_out(out), m_err(err), m_usagePattern(usagePattern.isEmpty() ? tr("gapscope: %1") : usagePattern)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

QCommandLineOption CommandOptions::dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), tr("Open the workspace file PATH."), tr("PATH"));
}

QCommandLineOption CommandOptions::formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), tr("Output format: table, csv or json."), tr("FORMAT"));
}

QCommandLineOption CommandOptions::langOption()
{
    return QCommandLineOption(QStringLiteral("lang"), tr("Language of the texts: en or ko."), tr("LANG"));
}

std::optional<int> CommandOptions::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out->write(m_parser.helpText().toUtf8());
        return 0;
    }
    return std::nullopt;
}

int CommandOptions::usageError(const QString &message) const
{
    writeLine(m_err, m_usagePattern.arg(message));
    return usageExit;
}

std::optional<OutputWriter::Format> CommandOptions::format(OutputWriter::Format fallback) const
{
    const QString name = m_parser.value(QStringLiteral("format"));
    OutputWriter::Format format = fallback;
    if (m_parser.isSet(QStringLiteral("format")) && !OutputWriter::formatFromName(name, &format)) {
        usageError(tr("unknown format \"%1\": use table, csv or json").arg(name));
        return std::nullopt;
    }
    return format;
}

std::optional<Language> CommandOptions::language() const
{
    const QString code = m_parser.value(QStringLiteral("lang"));
    Language lang = Language::English;
    if (m_parser.isSet(QStringLiteral("lang")) && !languageFromCode(code, &lang)) {
        usageError(tr("unknown language \"%1\": use en or ko").arg(code));
        return std::nullopt;
    }
    return lang;
}

QString CommandOptions::workspacePath() const
{
    return m_parser.isSet(QStringLiteral("db")) ? m_parser.value(QStringLiteral("db")) : Store::defaultWorkspacePath();
}

void writeLine(QIODevice *device, const QString &text)
{
    device->write((text + QLatin1Char('\n')).toUtf8());
}

} // namespace gapscope
