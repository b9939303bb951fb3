#include "widgets/RangeBar.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace tunescope::ui {
RangeBar::RangeBar(QWidget* parent)
    : QWidget(parent), preset_(new QComboBox(this)), plays_(new QToolButton(this)), minutes_(new QToolButton(this)),
      layout_(new QHBoxLayout(this)), from_(QDate::currentDate().addYears(-1)), to_(QDate::currentDate())
{
    setObjectName(QStringLiteral("rangeBar"));
    preset_->setObjectName(QStringLiteral("rangePreset"));
    preset_->addItems({tr("Last 4 weeks"), tr("Last 6 months"), tr("Last 12 months"), tr("This year"), tr("All time"),
                       tr("Custom dates")});
    preset_->setToolTip(tr("Which period every page shows (Ctrl+R)"));
    preset_->setAccessibleName(tr("Period"));
    plays_->setObjectName(QStringLiteral("metricPlays"));
    minutes_->setObjectName(QStringLiteral("metricMinutes"));
    plays_->setText(tr("Plays"));
    minutes_->setText(tr("Minutes"));
    plays_->setToolTip(tr("Rank and chart by plays (30 seconds or more)"));
    minutes_->setToolTip(tr("Rank and chart by listening time"));
    plays_->setAccessibleName(tr("Rank by plays"));
    minutes_->setAccessibleName(tr("Rank by minutes"));
    auto* group = new QButtonGroup(this);
    for (auto* button : {plays_, minutes_}) {
        button->setCheckable(true);
        group->addButton(button);
    }
    plays_->setChecked(true);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (checked) {
            emit changed();
        }
    });

    layout_->setContentsMargins(0, 0, 0, 0);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(preset_);
    layout_->addWidget(periodLabel);
    layout_->addWidget(preset_);
    layout_->addSpacing(16);
    layout_->addWidget(plays_);
    layout_->addWidget(minutes_);
    layout_->addStretch();
    setPreset(RangeSelection::AllTime);
    connect(preset_, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomVisibility();
        emit changed();
    });
}

void RangeBar::updateCustomVisibility()
{
    const bool custom = preset() == RangeSelection::Custom;
    if (custom) {
        buildDateEdits();
    }
    for (QWidget* widget :
         {static_cast<QWidget*>(fromEdit_), static_cast<QWidget*>(dash_), static_cast<QWidget*>(toEdit_)}) {
        if (widget != nullptr) {
            widget->setVisible(custom);
        }
    }
}

void RangeBar::buildDateEdits()
{
    if (fromEdit_ != nullptr) {
        return;
    }
    fromEdit_ = new QDateEdit(from_, this);
    dash_ = new QLabel(QStringLiteral("–"), this);
    toEdit_ = new QDateEdit(to_, this);
    fromEdit_->setObjectName(QStringLiteral("rangeFrom"));
    toEdit_->setObjectName(QStringLiteral("rangeTo"));
    fromEdit_->setAccessibleName(tr("First day of the period"));
    toEdit_->setAccessibleName(tr("Last day of the period"));
    dash_->setAccessibleName(tr("to"));
    for (auto* edit : {fromEdit_, toEdit_}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    connect(fromEdit_, &QDateEdit::dateChanged, this, [this](QDate date) {
        from_ = date;
        emit changed();
    });
    connect(toEdit_, &QDateEdit::dateChanged, this, [this](QDate date) {
        to_ = date;
        emit changed();
    });
    layout_->insertWidget(2, fromEdit_);
    layout_->insertWidget(3, dash_);
    layout_->insertWidget(4, toEdit_);
}

RangeBar::Preset RangeBar::preset() const
{
    return static_cast<Preset>(preset_->currentIndex());
}

void RangeBar::setPreset(Preset preset)
{
    preset_->setCurrentIndex(static_cast<int>(preset));
    updateCustomVisibility();
}

void RangeBar::setMetric(analytics::Metric metric)
{
    (metric == analytics::Metric::Plays ? plays_ : minutes_)->setChecked(true);
}

analytics::Metric RangeBar::metric() const
{
    return minutes_->isChecked() ? analytics::Metric::Minutes : analytics::Metric::Plays;
}

RangeSelection RangeBar::selection() const
{
    return RangeSelection{preset(), from_, to_, metric()};
}

void RangeBar::setSelection(const RangeSelection& selection)
{
    if (selection.preset == RangeSelection::Custom) {
        from_ = selection.from;
        to_ = selection.to;
        if (fromEdit_ != nullptr) {
            fromEdit_->setDate(from_);
            toEdit_->setDate(to_);
        }
    }
    setPreset(selection.preset);
    setMetric(selection.metric);
}

} // namespace tunescope::ui
