#include "InterfaceFont.h"

#include "LanguageManager.h"

#include <QApplication>
#include <QFontDatabase>

namespace gapscope {

InterfaceFont::InterfaceFont(LanguageManager *languages, QObject *parent) : QObject(parent)
{
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        m_base = QApplication::font(); // the platform's, before any language was set
    apply(languages->language());
    connect(languages, &LanguageManager::languageChanged, this, &InterfaceFont::apply);
}

QFont InterfaceFont::forLanguage(Language lang, const QFont &base)
{
    // Noto Sans CJK where it is installed; Nanum, the project's declared font package, otherwise.
    const QStringList korean{QStringLiteral("Noto Sans CJK KR"), QStringLiteral("NanumBarunGothic"),
                             QStringLiteral("NanumGothic")};
    QStringList families;
    for (const QString &family : korean) {
        if (QFontDatabase::hasFamily(family))
            families.append(family);
    }
    if (lang == Language::Korean)
        families.append(base.family());
    else
        families.prepend(base.family());
    QFont font = base;
    font.setFamilies(families);
    return font;
}

void InterfaceFont::apply(Language lang)
{
    // Only an application with widgets has a font to set (the command line's has none).
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        QApplication::setFont(forLanguage(lang, m_base));
}

} // namespace gapscope
