#include "widgets/KpiCard.h"

#include <QBoxLayout>
#include <QFrame>
#include <QLabel>

namespace tunescope::ui {

QLabel* addKpiCard(QBoxLayout* row, QWidget* parent, const QString& objectName, const QString& caption)
{
    auto* card = new QFrame(parent);
    card->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(card);
    auto* title = new QLabel(caption, card);
    auto* value = new QLabel(QStringLiteral("—"), card);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    value->setFont(font);
    layout->addWidget(title);
    layout->addWidget(value);
    row->addWidget(card);
    return value;
}

} // namespace tunescope::ui
