#include "historymodel.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ost {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void HistoryModel::setEntries(const QList<HistoryEntry> &entries, const QDateTime &now)
{
    beginResetModel();
    m_groups.clear();
    m_now = now;
    const QDate today = now.date();
    // The week starts on the locale's first day (Monday in Korea and most of Europe).
    const int back = (today.dayOfWeek() - int(QLocale().firstDayOfWeek()) + 7) % 7;
    const QDate weekStart = today.addDays(-back);
    Group groups[3] = { { tr("Today"), {}, 0 }, { tr("This week"), {}, 0 }, { tr("Earlier"), {}, 0 } };
    for (const HistoryEntry &e : entries) {
        const QDate day = e.play.startedAt.toLocalTime().date();
        groups[day >= today ? 0 : day >= weekStart ? 1 : 2].entries << e;
    }
    int first = 0;
    for (Group &g : groups) {
        if (g.entries.isEmpty())
            continue;
        g.firstPlay = first;
        first += int(g.entries.size());
        m_groups << g;
    }
    endResetModel();
}

QStringList HistoryModel::songIds() const
{
    QStringList out;
    for (const Group &g : m_groups)
        for (const HistoryEntry &e : g.entries)
            out << e.play.songId;
    return out;
}

int HistoryModel::playRow(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return -1;
    return m_groups.at(int(index.internalId() - 1)).firstPlay + index.row();
}

QModelIndex HistoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1)); // the group's row + 1
}

QModelIndex HistoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_groups.at(parent.row()).entries.size());
    return 0;
}

int HistoryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant HistoryModel::playData(const HistoryEntry &e, int column, int role) const
{
    switch (role) {
    case SongIdRole: return e.play.songId;
    case DramaIdRole: return e.dramaId;
    case KindRole: return int(e.play.kind);
    case SkippedRole: return e.play.skipped;
    case IsGroupRole: return false;
    case Qt::DisplayRole: break;
    case Qt::ToolTipRole:
        if (column == Heard)
            return tr("Heard %1 of %2")
                .arg(minutesSeconds(e.play.listenedMs), minutesSeconds(e.play.lengthMs));
        return {};
    default: return {};
    }
    switch (Column(column)) {
    case Song: return e.title.isEmpty() ? tr("(no longer in the library: %1)").arg(e.play.songId) : e.title;
    case Artists: return e.artists;
    case Drama: return e.dramaTitle;
    case Played: {
        const QDateTime local = e.play.startedAt.toLocalTime();
        const QLocale locale;
        if (local.date() == m_now.date())
            return locale.toString(local.time(), QLocale::ShortFormat);
        return locale.toString(local, QLocale::ShortFormat);
    }
    case Heard: {
        const QString how = e.play.kind == PlayRecord::Kind::Preview ? tr("preview")
            : e.play.skipped                                         ? tr("skipped")
                                                                     : tr("played");
        return u"%1 · %2"_s.arg(how, minutesSeconds(e.play.listenedMs));
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Group &g = m_groups.at(index.row());
        if (role == IsGroupRole)
            return true;
        if (index.column() != Song)
            return {};
        if (role == Qt::DisplayRole)
            return tr("%1 (%n play(s))", nullptr, int(g.entries.size())).arg(g.title);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return playData(m_groups.at(int(index.internalId() - 1)).entries.at(index.row()), index.column(), role);
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Song: return tr("Song");
    case Artists: return tr("Artists");
    case Drama: return tr("Drama");
    case Played: return tr("Played");
    case Heard: return tr("Heard");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(SongIdRole, "songId");
    names.insert(DramaIdRole, "dramaId");
    names.insert(KindRole, "kind");
    names.insert(SkippedRole, "skipped");
    names.insert(IsGroupRole, "isGroup");
    return names;
}

} // namespace ost
