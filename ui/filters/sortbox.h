#pragma once

#include "models/dramafilterproxy.h"

#include <QComboBox>

namespace ost {

// The grid's sort order: title, Korean title (가나다 order), year, recently added. Starts from
// the order saved last time (setting grid/sort) and saves it on request.
class SortBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit SortBox(QWidget *parent = nullptr);

    DramaFilterProxy::SortKey key() const;
    void saveSetting() const;

Q_SIGNALS:
    void keyChanged(ost::DramaFilterProxy::SortKey key);
};

} // namespace ost
