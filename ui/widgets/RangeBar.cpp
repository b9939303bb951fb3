#include "widgets/RangeBar.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace tunescope::ui {
RangeBar::RangeBar(QWidget* parent)
    : QWidget(parent), preset_(new QComboBox(this)), from_(new QDateEdit(this)), to_(new QDateEdit(this)),
      plays_(new QToolButton(this)), minutes_(new QToolButton(this))
{
    setObjectName(QStringLiteral("rangeBar"));
    preset_->setObjectName(QStringLiteral("rangePreset"));
    preset_->addItems({tr("Last 4 weeks"), tr("Last 6 months"), tr("Last 12 months"), tr("This year"), tr("All time"),
                       tr("Custom dates")});
    preset_->setToolTip(tr("Which period every page shows (Ctrl+R)"));
    from_->setObjectName(QStringLiteral("rangeFrom"));
    to_->setObjectName(QStringLiteral("rangeTo"));
    for (auto* edit : {from_, to_}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        connect(edit, &QDateEdit::dateChanged, this, &RangeBar::changed);
    }
    from_->setDate(QDate::currentDate().addYears(-1));

    plays_->setObjectName(QStringLiteral("metricPlays"));
    minutes_->setObjectName(QStringLiteral("metricMinutes"));
    plays_->setText(tr("Plays"));
    minutes_->setText(tr("Minutes"));
    plays_->setToolTip(tr("Rank and chart by plays (30 seconds or more)"));
    minutes_->setToolTip(tr("Rank and chart by listening time"));
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

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Period:"), this));
    layout->addWidget(preset_);
    layout->addWidget(from_);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(to_);
    layout->addSpacing(16);
    layout->addWidget(plays_);
    layout->addWidget(minutes_);
    layout->addStretch();
    setPreset(RangeSelection::AllTime);
    connect(preset_, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomVisibility();
        emit changed();
    });
}

void RangeBar::updateCustomVisibility()
{
    const bool custom = preset() == RangeSelection::Custom;
    from_->setVisible(custom);
    to_->setVisible(custom);
    layout()->itemAt(3)->widget()->setVisible(custom);
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
    return RangeSelection{preset(), from_->date(), to_->date(), metric()};
}

void RangeBar::setSelection(const RangeSelection& selection)
{
    if (selection.preset == RangeSelection::Custom) {
        from_->setDate(selection.from);
        to_->setDate(selection.to);
    }
    setPreset(selection.preset);
    setMetric(selection.metric);
}

} // namespace tunescope::ui
