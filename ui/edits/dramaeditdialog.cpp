#include "dramaeditdialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace ost {

DramaEditDialog::DramaEditDialog(const Drama &drama, const QStringList &broadcasters, QWidget *parent)
    : QDialog(parent)
    , m_drama(drama)
    , m_title(new QLineEdit(drama.title, this))
    , m_titleKo(new QLineEdit(drama.titleKo, this))
    , m_year(new QSpinBox(this))
    , m_broadcaster(new QComboBox(this))
{
    setObjectName(u"dramaEditDialog"_s);
    setWindowTitle(tr("Edit “%1”").arg(drama.title));
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(tr("unknown"));
    m_year->setValue(drama.year >= 1950 ? drama.year : 0);
    m_broadcaster->setEditable(true);
    m_broadcaster->addItems(broadcasters);
    m_broadcaster->setCurrentText(drama.broadcaster);
    m_title->setAccessibleName(tr("Title"));
    m_titleKo->setAccessibleName(tr("Hangul title"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Hangul title"), m_titleKo);
    form->addRow(tr("&Year"), m_year);
    form->addRow(tr("&Broadcaster"), m_broadcaster);
    if (drama.origin == u"bundled"_s)
        form->addRow(new QLabel(
            tr("A catalog drama: your changes are kept apart from the catalog's facts and stay through "
               "catalog updates, rescans and backups (Ctrl+Z undoes them)."),
            this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *poster = buttons->addButton(tr("&Poster…"), QDialogButtonBox::ActionRole);
    QPushButton *merge = buttons->addButton(tr("&Merge into…"), QDialogButtonBox::ActionRole);
    merge->setToolTip(
        tr("This drama is another drama under a second name: its songs, favorite and poster join that one"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_title->text().trimmed().isEmpty()) {
            m_title->setFocus();
            m_title->setPlaceholderText(tr("A drama needs a title"));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(poster, &QPushButton::clicked, this, &DramaEditDialog::posterRequested);
    connect(merge, &QPushButton::clicked, this, [this] {
        reject();
        Q_EMIT mergeRequested();
    });
}

DramaEdit DramaEditDialog::edit() const
{
    DramaEdit e;
    if (const QString t = m_title->text().trimmed(); t != m_drama.title)
        e.title = t;
    if (const QString t = m_titleKo->text().trimmed(); t != m_drama.titleKo)
        e.titleKo = t;
    if (m_year->value() != (m_drama.year >= 1950 ? m_drama.year : 0))
        e.year = m_year->value();
    if (const QString b = m_broadcaster->currentText().trimmed(); b != m_drama.broadcaster)
        e.broadcaster = b;
    return e;
}

} // namespace ost
