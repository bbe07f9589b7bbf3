#include "RecordDialog.h"

#include "format/DisplayText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gapscope {

namespace {

// Two inputs side by side, English then Korean.
class TextPair : public QWidget
{
public:
    TextPair(bool longText, QWidget *parent) : QWidget(parent)
    {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        for (int i = 0; i < 2; ++i) {
            QWidget *edit = longText ? static_cast<QWidget *>(new QPlainTextEdit(this)) : new QLineEdit(this);
            if (auto *plain = qobject_cast<QPlainTextEdit *>(edit)) {
                plain->setTabChangesFocus(true);
                plain->setFixedHeight(plain->fontMetrics().lineSpacing() * 4 + 12);
            }
            const QString language = i == 0 ? RecordFields::tr("English") : RecordFields::tr("Korean");
            edit->setAccessibleName(language);
            if (auto *line = qobject_cast<QLineEdit *>(edit))
                line->setPlaceholderText(language);
            else
                static_cast<QPlainTextEdit *>(edit)->setPlaceholderText(language);
            layout->addWidget(edit);
            m_edits[i] = edit;
        }
        static_cast<void>(m_edits);
    }
    QStringList texts() const
    {
        QStringList out;
        for (QWidget *e : m_edits)
            out << (qobject_cast<QLineEdit *>(e) ? static_cast<QLineEdit *>(e)->text() : static_cast<QPlainTextEdit *>(e)->toPlainText());
        return out;
    }
    void setTexts(const QStringList &texts)
    {
        for (int i = 0; i < 2; ++i) {
            if (auto *line = qobject_cast<QLineEdit *>(m_edits[i]))
                line->setText(texts.value(i));
            else
                static_cast<QPlainTextEdit *>(m_edits[i])->setPlainText(texts.value(i));
        }
    }
    QWidget *m_edits[2] = {};
};

} // namespace

RecordDialog::RecordDialog(const Dataset &dataset, RecordKind kind, const Record *original, Language lang, QWidget *parent)
    : QDialog(parent), m_dataset(dataset), m_kind(kind), m_original(original ? std::optional<Record>(*original) : std::nullopt), m_language(lang)
{
    setObjectName(QStringLiteral("RecordDialog"));
    setWindowTitle(original ? tr("Edit %1").arg(RecordFields::kindName(kind)) : tr("Add %1").arg(RecordFields::kindName(kind)));
    auto *form = new QFormLayout;
    for (const RecordFields::Field &f : RecordFields::fields(kind)) {
        QWidget *input = nullptr;
        auto combo = [this](bool optional) {
            auto *c = new QComboBox(this);
            if (optional)
                c->addItem(tr("(none)"), QString());
            return c;
        };
        switch (f.input) {
        case RecordFields::Input::Id: {
            auto *line = new QLineEdit(this);
            line->setReadOnly(true);
            input = line;
            break;
        }
        case RecordFields::Input::Text:
        case RecordFields::Input::LongText:
            input = new TextPair(f.input == RecordFields::Input::LongText, this);
            break;
        case RecordFields::Input::Plain:
        case RecordFields::Input::Date:
            input = new QLineEdit(this);
            if (f.input == RecordFields::Input::Date)
                static_cast<QLineEdit *>(input)->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
            break;
        case RecordFields::Input::Country: {
            auto *c = combo(false);
            for (const Country &x : dataset.countries)
                c->addItem(x.name.text(lang), x.code);
            input = c;
            break;
        }
        case RecordFields::Input::Dimension: {
            auto *c = combo(false);
            for (const Dimension &x : dataset.dimensions)
                c->addItem(x.label.text(lang), x.id);
            input = c;
            break;
        }
        case RecordFields::Input::Actor: {
            auto *c = combo(false);
            for (const Actor &x : dataset.actors)
                c->addItem(x.name.text(lang), x.id);
            input = c;
            break;
        }
        case RecordFields::Input::Source: {
            auto *c = combo(true);
            c->setItemText(0, tr("(choose a source)"));
            for (const Source &x : dataset.sources)
                c->addItem(DisplayText::source(dataset, x.id, lang), x.id);
            input = c;
            break;
        }
        case RecordFields::Input::Choice: {
            auto *c = combo(false);
            for (const QString &v : f.choices)
                c->addItem(RecordFields::choiceText(kind, v), v);
            input = c;
            break;
        }
        case RecordFields::Input::OpenWeights: {
            auto *c = combo(false);
            c->addItem(DisplayText::openWeights(std::nullopt), QString());
            c->addItem(DisplayText::openWeights(true), QStringLiteral("true"));
            c->addItem(DisplayText::openWeights(false), QStringLiteral("false"));
            input = c;
            break;
        }
        case RecordFields::Input::Quadrant: {
            auto *c = combo(false);
            for (const char q : {'S', 'W', 'O', 'T'})
                c->addItem(DisplayText::quadrant(QChar(q)), QString(QChar(q)));
            input = c;
            break;
        }
        case RecordFields::Input::Year: {
            auto *spin = new QSpinBox(this);
            spin->setRange(1800, 2200);
            input = spin;
            break;
        }
        case RecordFields::Input::Dimensions: {
            auto *list = new QListWidget(this);
            for (const Dimension &x : dataset.dimensions) {
                auto *item = new QListWidgetItem(x.label.text(lang), list);
                item->setData(Qt::UserRole, x.id);
                item->setCheckState(Qt::Unchecked);
            }
            list->setMaximumHeight(list->sizeHintForRow(0) * 5 + 8);
            input = list;
            break;
        }
        }
        input->setObjectName(f.key);
        if (input->accessibleName().isEmpty())
            input->setAccessibleName(f.label);
        m_inputs.insert(f.key, input);
        form->addRow(f.label + QLatin1Char(':'), input);
        // A new record's id is made for it: nothing the user reads or types. An edited one shows
        // its id, read-only.
        if (f.input == RecordFields::Input::Id)
            form->setRowVisible(input, original != nullptr);
    }
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    const QVariantMap start = RecordFields::toMap(original ? *original : RecordFields::blank(kind));
    for (auto it = start.cbegin(); it != start.cend(); ++it)
        setValue(it.key(), it.value());
    // Any change is checked at once.
    for (QWidget *w : std::as_const(m_inputs)) {
        if (auto *c = qobject_cast<QComboBox *>(w))
            connect(c, &QComboBox::currentIndexChanged, this, &RecordDialog::validate);
        else if (auto *l = qobject_cast<QLineEdit *>(w))
            connect(l, &QLineEdit::textChanged, this, &RecordDialog::validate);
        else if (auto *s = qobject_cast<QSpinBox *>(w))
            connect(s, &QSpinBox::valueChanged, this, &RecordDialog::validate);
        else if (auto *list = qobject_cast<QListWidget *>(w))
            connect(list, &QListWidget::itemChanged, this, &RecordDialog::validate);
        for (QLineEdit *l : w->findChildren<QLineEdit *>())
            connect(l, &QLineEdit::textChanged, this, &RecordDialog::validate);
        for (QPlainTextEdit *p : w->findChildren<QPlainTextEdit *>())
            connect(p, &QPlainTextEdit::textChanged, this, &RecordDialog::validate);
    }
    validate();
}

QPushButton *RecordDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void RecordDialog::setValue(const QString &key, const QVariant &value)
{
    QWidget *w = m_inputs.value(key);
    if (auto *pair = dynamic_cast<TextPair *>(w))
        pair->setTexts(value.toStringList());
    else if (auto *c = qobject_cast<QComboBox *>(w))
        c->setCurrentIndex(std::max(0, c->findData(value.toString())));
    else if (auto *l = qobject_cast<QLineEdit *>(w))
        l->setText(value.toString());
    else if (auto *s = qobject_cast<QSpinBox *>(w))
        s->setValue(value.toInt());
    else if (auto *list = qobject_cast<QListWidget *>(w)) {
        const QStringList ids = value.toStringList();
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(ids.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QVariantMap RecordDialog::values() const
{
    QVariantMap m;
    for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it) {
        QWidget *w = it.value();
        if (auto *pair = dynamic_cast<TextPair *>(w)) {
            m.insert(it.key(), pair->texts());
        } else if (auto *c = qobject_cast<QComboBox *>(w)) {
            m.insert(it.key(), c->currentData().toString());
        } else if (auto *l = qobject_cast<QLineEdit *>(w)) {
            m.insert(it.key(), l->text().trimmed());
        } else if (auto *s = qobject_cast<QSpinBox *>(w)) {
            m.insert(it.key(), s->value());
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            QStringList ids;
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->checkState() == Qt::Checked)
                    ids << list->item(i)->data(Qt::UserRole).toString();
            }
            m.insert(it.key(), ids);
        }
    }
    return m;
}

Record RecordDialog::record() const
{
    return RecordFields::fromMap(m_kind, values(), m_original ? &*m_original : nullptr);
}

QString RecordDialog::problem() const
{
    return RecordFields::problem(m_kind, values());
}

void RecordDialog::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    okButton()->setEnabled(p.isEmpty());
}

} // namespace gapscope
