#pragma once

#include <QDialog>

#include <utility>

class QComboBox;

namespace ost {

// Choose a drama: a list filtered as you type (English, Hangul, romanization).
class DramaPickerDialog final : public QDialog
{
    Q_OBJECT
public:
    DramaPickerDialog(const QList<std::pair<QString, QString>> &dramas, const QString &prompt,
                      QWidget *parent = nullptr);
    QString chosenId() const;

private:
    QComboBox *m_combo;
};

} // namespace ost
