#include "songeditdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace ost {

namespace {

// "A, B feat. C": the credits as a tag writes them.
QString creditLine(const Song &song)
{
    QStringList main, featuring;
    for (const SongCredit &c : song.credits)
        (c.role == u"featuring"_s ? featuring : main) << c.name;
    QString line = main.join(u", "_s);
    if (!featuring.isEmpty())
        line += u" feat. "_s + featuring.join(u", "_s);
    return line;
}

} // namespace

SongEditDialog::SongEditDialog(const Song &song, int part, QWidget *parent)
    : QDialog(parent)
    , m_song(song)
    , m_part(part)
    , m_artists(creditLine(song))
    , m_title(new QLineEdit(song.title, this))
    , m_titleKo(new QLineEdit(song.titleKo, this))
    , m_artistsEdit(new QLineEdit(m_artists, this))
    , m_partBox(new QSpinBox(this))
{
    setObjectName(u"songEditDialog"_s);
    setWindowTitle(tr("Edit “%1”").arg(song.title));
    m_partBox->setRange(0, 999);
    m_partBox->setSpecialValueText(tr("none"));
    m_partBox->setValue(part);
    m_artistsEdit->setToolTip(tr("Separate artists with commas; “feat.” before featured artists"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Hangul title"), m_titleKo);
    form->addRow(tr("&Artists"), m_artistsEdit);
    form->addRow(tr("OST &part"), m_partBox);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_title->text().trimmed().isEmpty() || m_artistsEdit->text().trimmed().isEmpty()) {
            (m_title->text().trimmed().isEmpty() ? m_title : m_artistsEdit)->setFocus();
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SongEdit SongEditDialog::edit() const
{
    SongEdit e;
    if (const QString t = m_title->text().trimmed(); t != m_song.title)
        e.title = t;
    if (const QString t = m_titleKo->text().trimmed(); t != m_song.titleKo)
        e.titleKo = t;
    if (const QString a = m_artistsEdit->text().trimmed(); a != m_artists)
        e.artists = a;
    if (m_partBox->value() != m_part)
        e.part = m_partBox->value();
    return e;
}

} // namespace ost
