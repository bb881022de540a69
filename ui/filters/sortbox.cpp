#include "sortbox.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ost {

SortBox::SortBox(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(u"sortBox"_s);
    addItem(tr("Title"), int(DramaFilterProxy::SortKey::Title));
    addItem(tr("Korean title (가나다)"), int(DramaFilterProxy::SortKey::KoreanTitle));
    addItem(tr("Year (newest first)"), int(DramaFilterProxy::SortKey::Year));
    addItem(tr("Recently added"), int(DramaFilterProxy::SortKey::RecentlyAdded));
    setAccessibleName(tr("Sort dramas by"));
    setToolTip(tr("Sort dramas by"));
    setCurrentIndex(std::clamp(QSettings().value(u"grid/sort"_s, 0).toInt(), 0, count() - 1));
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT keyChanged(key()); });
}

DramaFilterProxy::SortKey SortBox::key() const
{
    return DramaFilterProxy::SortKey(currentData().toInt());
}

void SortBox::saveSetting() const
{
    QSettings().setValue(u"grid/sort"_s, currentIndex());
}

} // namespace ost
