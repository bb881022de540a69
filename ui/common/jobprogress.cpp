#include "jobprogress.h"

namespace ost {

JobProgress::JobProgress(QWidget *parent, const QString &label)
    : m_dialog(new QProgressDialog(label, QObject::tr("Cancel"), 0, 1000, parent))
{
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(m_dialog, &QProgressDialog::canceled, m_dialog, [flag = m_cancelled] { *flag = true; });
}

PackProgress JobProgress::callback() const
{
    return [d = m_dialog, flag = m_cancelled](qint64 done, qint64 total) {
        const int value = total > 0 ? int(done * 1000 / total) : 0;
        QMetaObject::invokeMethod(
            d,
            [d, value] {
                if (d)
                    d->setValue(std::min(value, 999));
            },
            Qt::QueuedConnection);
        return !flag->load();
    };
}

JobProgress::~JobProgress()
{
    if (m_dialog)
        m_dialog->close();
}

} // namespace ost
