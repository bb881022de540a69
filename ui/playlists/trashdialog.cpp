#include "trashdialog.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ost {

TrashDialog::TrashDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_empty(new QPushButton(tr("&Empty trash…"), this))
{
    setWindowTitle(tr("Playlist trash"));
    setObjectName(u"trashDialog"_s);
    m_list->setAccessibleName(tr("Deleted playlists"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *label = new QLabel(
        tr("Deleted playlists stay here, also after a restart, until you empty the trash."), this);
    label->setWordWrap(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    box->addButton(m_restore, QDialogButtonBox::ActionRole);
    box->addButton(m_empty, QDialogButtonBox::DestructiveRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        for (auto *item : m_list->selectedItems())
            Q_EMIT restoreRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT restoreRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_empty, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::warning(
            this, tr("Empty the trash?"),
            tr("%n playlist(s) will be deleted for good. This cannot be undone.", nullptr, m_list->count()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Discard)
            Q_EMIT emptyRequested();
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_list->selectedItems().isEmpty()); });
    resize(420, 360);
    setPlaylists({});
}

void TrashDialog::setPlaylists(const QList<Playlist> &trash)
{
    m_list->clear();
    for (const auto &p : trash) {
        auto *item = new QListWidgetItem(tr("%1 — %n song(s), deleted %2", nullptr, p.songCount)
                                             .arg(p.name, QString(p.deletedAt).replace(u'T', u' ').left(16)),
                                         m_list);
        item->setData(Qt::UserRole, p.id);
    }
    m_restore->setEnabled(false);
    m_empty->setEnabled(!trash.isEmpty());
}

} // namespace ost
