#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace gapscope {

// One setting kept between runs: its key and its default, declared once (Tiled's Preference<T>).
template<typename T>
class Preference
{
public:
    Preference(const char *key, T defaultValue = T()) : m_key(QLatin1String(key)), m_default(std::move(defaultValue)) { }

    T get() const { return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    bool isSet() const { return QSettings().contains(m_key); }

private:
    QString m_key;
    T m_default;
};

} // namespace gapscope
