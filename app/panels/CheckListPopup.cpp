#include "CheckListPopup.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace gapscope {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

CheckListPopup::CheckListPopup(QWidget *parent) : QWidget(parent)
{
    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(Qt::UserRole + 2); // the text in both languages and the id
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_view = new QListView(this);
    m_view->setModel(m_proxy);
    m_view->setUniformItemSizes(true);
    m_view->setMinimumSize(260, 280);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_updating)
            emit checkedChanged(checked());
    });
    // Space toggles the current item; Down moves from the search field into the list.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() == 1) {
            auto *item = m_model->itemFromIndex(m_proxy->mapToSource(m_proxy->index(0, 0)));
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        }
    });
}

bool CheckListPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        m_view->setFocus();
        m_view->setCurrentIndex(m_proxy->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CheckListPopup::clear()
{
    m_model->clear();
}

void CheckListPopup::addItem(const QString &id, const QString &text, const QIcon &icon, const QStringList &alsoFoundBy)
{
    auto *item = new QStandardItem(icon, text);
    item->setCheckable(true);
    item->setEditable(false);
    item->setData(id, IdRole);
    item->setData(QStringList(QStringList{text, id} + alsoFoundBy).join(QLatin1Char('\n')), Qt::UserRole + 2);
    m_model->appendRow(item);
}

void CheckListPopup::setItemText(const QString &id, const QString &text)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStandardItem *item = m_model->item(r);
        if (item->data(IdRole).toString() == id) {
            m_updating = true;
            // Searching keeps finding an item by the name it had in the other language.
            const QString previous = item->data(Qt::UserRole + 2).toString();
            item->setText(text);
            item->setData(previous.contains(text) ? previous : text + QLatin1Char('\n') + previous, Qt::UserRole + 2);
            m_updating = false;
        }
    }
}

QSet<QString> CheckListPopup::checked() const
{
    QSet<QString> ids;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QStandardItem *item = m_model->item(r);
        if (item->checkState() == Qt::Checked)
            ids.insert(item->data(IdRole).toString());
    }
    return ids;
}

void CheckListPopup::setChecked(const QSet<QString> &ids)
{
    if (ids == checked())
        return;
    m_updating = true;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStandardItem *item = m_model->item(r);
        item->setCheckState(ids.contains(item->data(IdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    emit checkedChanged(checked());
}

void CheckListPopup::setPlaceholderText(const QString &text)
{
    m_search->setPlaceholderText(text);
}

} // namespace gapscope
