#pragma once

#include <QIcon>
#include <QSet>
#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace gapscope {

// A searchable list of checkable items (countries or dimensions) for the filter bar's drop-down
// buttons. Items carry an id; the text can change language without losing what is checked.
class CheckListPopup : public QWidget
{
    Q_OBJECT

public:
    explicit CheckListPopup(QWidget *parent = nullptr);

    void clear();
    // `alsoFoundBy`: further names a search finds the item by (a country's official and other names).
    void addItem(const QString &id, const QString &text, const QIcon &icon = {}, const QStringList &alsoFoundBy = {});
    void setItemText(const QString &id, const QString &text);
    QSet<QString> checked() const;
    void setChecked(const QSet<QString> &ids);
    void setPlaceholderText(const QString &text);
    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_view; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void checkedChanged(const QSet<QString> &ids);

private:
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_view = nullptr;
    bool m_updating = false;
};

} // namespace gapscope
