#include "widgets/RangeSelection.h"

#include <QSettings>

#include <algorithm>

namespace tunescope::ui {
namespace {

CivilDate toCivil(QDate date)
{
    return CivilDate{date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day())};
}

const QString kPreset = QStringLiteral("range/preset");
const QString kFrom = QStringLiteral("range/from");
const QString kTo = QStringLiteral("range/to");
const QString kMetric = QStringLiteral("range/metric");

} // namespace

analytics::DateRange RangeSelection::range(QDate today) const
{
    switch (preset) {
    case Last4Weeks: return {toCivil(today.addDays(-27)), toCivil(today)};
    case Last6Months: return {toCivil(today.addMonths(-6).addDays(1)), toCivil(today)};
    case Last12Months: return {toCivil(today.addYears(-1).addDays(1)), toCivil(today)};
    case ThisYear: return {toCivil(QDate(today.year(), 1, 1)), toCivil(today)};
    case Custom:
        if (from.isValid() && to.isValid()) {
            return {toCivil(std::min(from, to)), toCivil(std::max(from, to))};
        }
        break;
    case AllTime: break;
    }
    return {};
}

RangeSelection RangeSelection::load(const QSettings& settings)
{
    RangeSelection selection;
    const int preset = settings.value(kPreset, AllTime).toInt();
    selection.preset = preset >= Last4Weeks && preset <= Custom ? static_cast<Preset>(preset) : AllTime;
    selection.from = settings.value(kFrom).toDate();
    selection.to = settings.value(kTo).toDate();
    if (selection.preset == Custom && !(selection.from.isValid() && selection.to.isValid())) {
        selection.preset = AllTime;
    }
    selection.metric = settings.value(kMetric).toString() == QLatin1String("minutes") ? analytics::Metric::Minutes
                                                                                      : analytics::Metric::Plays;
    return selection;
}

void RangeSelection::save(QSettings& settings) const
{
    settings.setValue(kPreset, static_cast<int>(preset));
    if (from.isValid() && to.isValid()) {
        settings.setValue(kFrom, from);
        settings.setValue(kTo, to);
    }
    settings.setValue(kMetric,
                      metric == analytics::Metric::Minutes ? QStringLiteral("minutes") : QStringLiteral("plays"));
}

} // namespace tunescope::ui
