#include "widgets/KpiCard.h"

#include <QAccessibleWidget>
#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QFrame>
#include <QLabel>
#include <QTextDocumentFragment>

namespace tunescope::ui {
namespace {

const char* const kCaptionProperty = "tunescopeKpiCaption";

// A screen reader hears the card as one thing, "Plays: 1,234", whatever value is set later.
class KpiValueAccessible : public QAccessibleWidget {
public:
    explicit KpiValueAccessible(QLabel* label) : QAccessibleWidget(label, QAccessible::StaticText) {}

    [[nodiscard]] QString text(QAccessible::Text kind) const override
    {
        if (kind != QAccessible::Name) {
            return QAccessibleWidget::text(kind);
        }
        const auto* label = static_cast<const QLabel*>(widget());
        const QString value = Qt::mightBeRichText(label->text())
                                  ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                                  : label->text();
        return QLabel::tr("%1: %2").arg(label->property(kCaptionProperty).toString(), value.simplified());
    }
};

QAccessibleInterface* kpiAccessibleFactory(const QString& /*className*/, QObject* object)
{
    auto* label = qobject_cast<QLabel*>(object);
    if (label != nullptr && label->property(kCaptionProperty).isValid()) {
        return new KpiValueAccessible(label);
    }
    return nullptr;
}

} // namespace

QLabel* addKpiCard(QBoxLayout* row, QWidget* parent, const QString& objectName, const QString& caption)
{
    auto* card = new QFrame(parent);
    card->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(card);
    auto* title = new QLabel(caption, card);
    // The caption is in place before the first text: setText asks for the label's accessible
    // interface, which is made (and kept) at that moment.
    auto* value = new QLabel(card);
    value->setObjectName(objectName);
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(kpiAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    value->setProperty(kCaptionProperty, caption);
    value->setText(QStringLiteral("—"));
    card->setAccessibleName(caption);
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
