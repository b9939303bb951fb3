#include "pages/ComparePeriodsBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <algorithm>

namespace tunescope::ui {
namespace {

CivilDate toCivil(QDate date)
{
    return CivilDate{date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day())};
}

analytics::DateRange rangeOf(const QDateEdit* from, const QDateEdit* to)
{
    const QDate first = std::min(from->date(), to->date());
    const QDate last = std::max(from->date(), to->date());
    return {toCivil(first), toCivil(last)};
}

QString spanText(const QDateEdit* from, const QDateEdit* to)
{
    return QStringLiteral("%1 – %2").arg(from->date().toString(Qt::ISODate), to->date().toString(Qt::ISODate));
}

QDateEdit* makeDateEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

ComparePeriodsBar::ComparePeriodsBar(QWidget* parent)
    : QWidget(parent), bFrom_(makeDateEdit(QStringLiteral("compareBFrom"), this)),
      bTo_(makeDateEdit(QStringLiteral("compareBTo"), this)), choice_(new QComboBox(this)),
      aFrom_(makeDateEdit(QStringLiteral("compareAFrom"), this)), aTo_(makeDateEdit(QStringLiteral("compareATo"), this))
{
    setObjectName(QStringLiteral("comparePeriods"));
    choice_->setObjectName(QStringLiteral("compareAChoice"));
    choice_->addItems({tr("Previous period"), tr("Same period last year"), tr("Custom dates")});
    choice_->setToolTip(tr("What B is compared with"));
    choice_->setAccessibleName(tr("Period A"));
    bFrom_->setAccessibleName(tr("First day of period B"));
    bTo_->setAccessibleName(tr("Last day of period B"));
    aFrom_->setAccessibleName(tr("First day of period A"));
    aTo_->setAccessibleName(tr("Last day of period A"));
    const QDate today = QDate::currentDate();
    bFrom_->setDate(today.addYears(-1).addDays(1));
    bTo_->setDate(today);
    followB();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Compare B:"), this));
    layout->addWidget(bFrom_);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(bTo_);
    layout->addSpacing(16);
    layout->addWidget(new QLabel(tr("with A:"), this));
    layout->addWidget(choice_);
    layout->addWidget(aFrom_);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(aTo_);
    layout->addStretch();

    for (auto* edit : {bFrom_, bTo_}) {
        connect(edit, &QDateEdit::dateChanged, this, &ComparePeriodsBar::followBAndTell);
    }
    for (auto* edit : {aFrom_, aTo_}) {
        connect(edit, &QDateEdit::dateChanged, this, &ComparePeriodsBar::changed);
    }
    connect(choice_, &QComboBox::currentIndexChanged, this, &ComparePeriodsBar::followBAndTell);
}

std::pair<QDate, QDate> ComparePeriodsBar::previousPeriod(QDate from, QDate to)
{
    const qint64 days = from.daysTo(to) + 1;
    return {from.addDays(-days), from.addDays(-1)};
}

std::pair<QDate, QDate> ComparePeriodsBar::samePeriodLastYear(QDate from, QDate to)
{
    return {from.addYears(-1), to.addYears(-1)};
}

void ComparePeriodsBar::setB(QDate from, QDate to)
{
    const QSignalBlocker blockFrom(bFrom_);
    const QSignalBlocker blockTo(bTo_);
    bFrom_->setDate(from);
    bTo_->setDate(to);
    followB();
}

analytics::DateRange ComparePeriodsBar::a() const
{
    return rangeOf(aFrom_, aTo_);
}

analytics::DateRange ComparePeriodsBar::b() const
{
    return rangeOf(bFrom_, bTo_);
}

QString ComparePeriodsBar::aText() const
{
    return spanText(aFrom_, aTo_);
}

QString ComparePeriodsBar::bText() const
{
    return spanText(bFrom_, bTo_);
}

void ComparePeriodsBar::followB()
{
    const auto choice = static_cast<Choice>(choice_->currentIndex());
    aFrom_->setEnabled(choice == CustomDates);
    aTo_->setEnabled(choice == CustomDates);
    if (choice == CustomDates) {
        return;
    }
    const QDate from = std::min(bFrom_->date(), bTo_->date());
    const QDate to = std::max(bFrom_->date(), bTo_->date());
    const auto [aFrom, aTo] = choice == PreviousPeriod ? previousPeriod(from, to) : samePeriodLastYear(from, to);
    const QSignalBlocker blockFrom(aFrom_);
    const QSignalBlocker blockTo(aTo_);
    aFrom_->setDate(aFrom);
    aTo_->setDate(aTo);
}

void ComparePeriodsBar::followBAndTell()
{
    followB();
    emit changed();
}

} // namespace tunescope::ui
