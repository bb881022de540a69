#include "lyricsmodel.h"

#include "search/textnormalizer.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace ost {

LyricsModel::LyricsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void LyricsModel::setLyrics(const Lyrics &lyrics)
{
    beginResetModel();
    m_lyrics = lyrics;
    m_romanized.clear();
    for (const LyricLine &l : std::as_const(m_lyrics.lines))
        m_romanized << TextNormalizer::romanizeWords(l.text); // empty without Hangul
    m_current = -1;
    endResetModel();
    Q_EMIT currentRowChanged(-1);
}

void LyricsModel::setPosition(qint64 ms)
{
    const int row = m_lyrics.lineAt(ms);
    if (row == m_current)
        return;
    const int old = m_current;
    m_current = row;
    const QList<int> roles { CurrentRole, Qt::FontRole, Qt::ForegroundRole };
    if (old >= 0 && old < rowCount())
        Q_EMIT dataChanged(index(old), index(old), roles);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), roles);
    Q_EMIT currentRowChanged(row);
}

void LyricsModel::setRomanizationShown(bool shown)
{
    if (shown == m_romanization)
        return;
    m_romanization = shown;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { Qt::DisplayRole, Qt::AccessibleTextRole });
}

int LyricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lyrics.lines.size());
}

QVariant LyricsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LyricLine &l = m_lyrics.lines.at(index.row());
    const QString &roman = m_romanized.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = l.text;
        if (m_romanization && !roman.isEmpty())
            text += u'\n' + roman;
        if (!l.second.isEmpty())
            text += u'\n' + l.second;
        return text;
    }
    case Qt::AccessibleTextRole: return l.second.isEmpty() ? l.text : l.text + u", "_s + l.second;
    case Qt::FontRole: {
        if (index.row() != m_current)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case TimeRole: return l.timeMs;
    case TextRole: return l.text;
    case RomanizationRole: return roman;
    case SecondRole: return l.second;
    case CurrentRole: return index.row() == m_current;
    default: return {};
    }
}

QHash<int, QByteArray> LyricsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(TimeRole, "time");
    names.insert(TextRole, "text");
    names.insert(RomanizationRole, "romanization");
    names.insert(SecondRole, "second");
    names.insert(CurrentRole, "current");
    return names;
}

} // namespace ost
