#include "dramapickerdialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace ost {

DramaPickerDialog::DramaPickerDialog(const QList<std::pair<QString, QString>> &dramas, const QString &prompt,
                                     QWidget *parent)
    : QDialog(parent)
    , m_combo(new QComboBox(this))
{
    setObjectName(u"dramaPickerDialog"_s);
    setWindowTitle(tr("Choose a drama"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    for (const auto &[id, label] : dramas)
        m_combo->addItem(label, id);
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->setAccessibleName(tr("Drama"));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(prompt, this));
    form->addRow(tr("&Drama"), m_combo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString DramaPickerDialog::chosenId() const
{
    const int i = m_combo->findText(m_combo->currentText());
    return i >= 0 ? m_combo->itemData(i).toString() : QString();
}

} // namespace ost
