#pragma once

#include "panels/CheckListPopup.h"

#include <QAbstractItemModel>
#include <QListView>
#include <QTest>

namespace gapscope::test {

// Ticks or unticks the item shown as `text` in a filter drop-down list the way a keyboard user
// does: makes it the current item, then presses Space. For GUI suites (they link gapscope_app).
inline void toggleListItem(CheckListPopup *list, const QString &text)
{
    QListView *view = list->list();
    const QModelIndexList found = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly);
    QVERIFY2(!found.isEmpty(), qPrintable(text));
    view->scrollTo(found.first());
    view->setCurrentIndex(found.first());
    QTest::keyClick(view, Qt::Key_Space);
}

} // namespace gapscope::test
