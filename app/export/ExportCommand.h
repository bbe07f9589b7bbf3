#pragma once

#include <QCoreApplication>

class QIODevice;

namespace gapscope {

class LanguageManager;

// `gapscope export`: writes a view to PNG, SVG, PDF or PowerPoint without a display, from a
// .gapview file, from options, or both (options override the file). Exit code 0 on success,
// 2 on bad options (nothing written), 1 when the workspace cannot be opened or the file cannot
// be written.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static bool isCommand(const QString &argument) { return argument == QLatin1String("export"); }

    explicit ExportCommand(LanguageManager *languages) : m_languages(languages) { }
    // `arguments` as in QCoreApplication::arguments(): program name, "export", options.
    int run(const QStringList &arguments, QIODevice *out, QIODevice *err);

private:
    LanguageManager *m_languages;
};

} // namespace gapscope
