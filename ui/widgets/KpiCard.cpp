#include "widgets/KpiCard.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
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
    // Copy from the right-click menu rather than by selecting: a selectable label lays its text
    // out as a rich-text document at every size hint, which start-up pays for on every card.
    auto* copy = new QAction(QLabel::tr("&Copy"), value);
    QObject::connect(copy, &QAction::triggered, value, [value] { QApplication::clipboard()->setText(value->text()); });
    value->addAction(copy);
    value->setContextMenuPolicy(Qt::ActionsContextMenu);
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
