#include "recap/RecapText.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <cmath>
#include <limits>

namespace tunescope::ui {
namespace {

// The poster's strings share one context with RecapPainting ("Recap").
class Recap {
    Q_DECLARE_TR_FUNCTIONS(Recap)
};

QLocale posterLocale()
{
    const QLocale system;
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedKingdom) : system;
}

QDate toQDate(CivilDate date)
{
    return {date.year, static_cast<int>(date.month), static_cast<int>(date.day)};
}

CivilDate localDay(UtcMs instant, const TimeZone& zone)
{
    return civilFromDays(floorDiv(instant + zone.offsetMsAt(instant), kMsPerDay));
}

QString dateSpan(CivilDate first, CivilDate last)
{
    if (first == last) {
        return recapDate(first);
    }
    return Recap::tr("%1 – %2").arg(recapDate(first, first.year != last.year), recapDate(last));
}

} // namespace

QString recapDate(CivilDate date, bool withYear)
{
    return posterLocale().toString(toQDate(date), withYear ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM"));
}

QString recapNumber(std::int64_t value)
{
    return posterLocale().toString(static_cast<qlonglong>(value));
}

QString recapMinutes(std::int64_t msPlayed)
{
    return Recap::tr("%1 min").arg(recapNumber(std::llround(static_cast<double>(msPlayed) / 60'000.0)));
}

QString recapTitle(const analytics::Period& period)
{
    const bool openStart = period.begin == std::numeric_limits<UtcMs>::min();
    const bool openEnd = period.end == std::numeric_limits<UtcMs>::max();
    if (openStart && openEnd) {
        return Recap::tr("All time");
    }
    if (openEnd) {
        return Recap::tr("Since %1").arg(recapDate(localDay(period.begin, period.zone)));
    }
    const CivilDate last = localDay(period.end - 1, period.zone);
    if (openStart) {
        return Recap::tr("Until %1").arg(recapDate(last));
    }
    const CivilDate first = localDay(period.begin, period.zone);
    const QDate from = toQDate(first);
    const QDate to = toQDate(last);
    if (from.day() == 1 && from.month() == 1 && to == QDate(from.year(), 12, 31)) {
        return QString::number(from.year());
    }
    if (from.day() == 1 && to == from.addMonths(1).addDays(-1)) {
        return posterLocale().toString(from, QStringLiteral("MMMM yyyy"));
    }
    return dateSpan(first, last);
}

QString recapSpan(const std::optional<CivilDate>& first, const std::optional<CivilDate>& last)
{
    return first && last ? dateSpan(*first, *last) : QString();
}

} // namespace tunescope::ui
