#pragma once

#include "domain/Record.h"
#include "model/ExplorerState.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace gapscope {

// What a form shows for each kind of record (but observations, which have their own dialog):
// the fields, their kind of input, and the record as a map of values and back. Kinds are the
// RecordKind values.
class RecordFields
{
    Q_DECLARE_TR_FUNCTIONS(RecordFields)

public:
    enum class Input { Id, Text, LongText, Plain, Country, Dimension, Dimensions, Actor, Source, Choice, Year, Date, OpenWeights, Quadrant };
    struct Field
    {
        Field(const QString &k, const QString &l, Input i, bool r = true, const QStringList &c = {})
            : key(k), label(l), input(i), required(r), choices(c)
        {
        }
        QString key;
        QString label;
        Input input;
        bool required = true;
        QStringList choices; // Choice: the values
    };


    static QList<Field> fields(RecordKind kind);
    static QString kindName(RecordKind kind);
    // A new, empty record of `kind` with a fresh id.
    static Record blank(RecordKind kind);
    // Text fields are QStringList{en, ko}; lists are QStringList; numbers are int.
    static QVariantMap toMap(const Record &r);
    // `original`, where one is edited, gives the fields the dialog does not show.
    static Record fromMap(RecordKind kind, const QVariantMap &values, const Record *original = nullptr);
    // Why the values cannot be saved, or nothing.
    static QString problem(RecordKind kind, const QVariantMap &values);
    // The country a new record starts with: the one selected, else the first filtered of the
    // focus countries (Korea, the United States, China), else the first filtered, else Korea.
    static QString defaultCountry(const Dataset &d, const ExplorerState &state);
    // The display text of a Choice value of a record of `kind`.
    static QString choiceText(RecordKind kind, const QString &value);
};

} // namespace gapscope
