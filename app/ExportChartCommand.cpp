#include "ExportChartCommand.h"

#include "charts/ChartBuilders.h"
#include "charts/ChartExport.h"

#include <QApplication>
#include <QRegularExpression>

#include <map>

namespace tunescope::app {
namespace {

using cli::kExitFailure;
using cli::kExitOk;
using cli::kExitUsage;

std::optional<QSize> parseSize(const std::string& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = pattern.match(QString::fromStdString(text));
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 200 || size.height() < 150 || size.width() > 10000 || size.height() > 10000) {
        return std::nullopt;
    }
    return size;
}

} // namespace

int runExportChart(cli::CommandContext& context)
{
    const auto& args = context.args();
    static const std::map<std::string, int> kinds = {
        {"top-artists", 0}, {"top-tracks", 1}, {"top-albums", 2}, {"timeline", 3}, {"heatmap", 4}};
    if (args.positional.size() != 1 || kinds.count(args.positional.front()) == 0) {
        return context.fail(kExitUsage,
                            "export-chart needs one of: top-artists, top-tracks, top-albums, timeline, heatmap");
    }
    const auto out = args.value("--out");
    if (!out || out->empty()) {
        return context.fail(kExitUsage, "export-chart needs --out FILE");
    }
    std::string format = args.value("--format").value_or("");
    if (format.empty()) {
        format = QString::fromStdString(*out).endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive) ? "svg" : "png";
    }
    if (format != "png" && format != "svg") {
        return context.fail(kExitUsage, "--format must be png or svg, not \"" + format + "\"");
    }
    const auto size = parseSize(args.value("--size").value_or("1600x1000"));
    if (!size) {
        return context.fail(kExitUsage,
                            "--size must be WIDTHxHEIGHT in pixels, e.g. 1600x1000 (200x150 to 10000x10000)");
    }
    const std::string by = args.value("--by").value_or("plays");
    if (by != "plays" && by != "minutes") {
        return context.fail(kExitUsage, "--by must be plays or minutes, not \"" + by + "\"");
    }
    int exitCode = kExitOk;
    auto inputs = context.queryInputs(exitCode);
    if (!inputs) {
        return exitCode;
    }
    const auto metric = by == "plays" ? analytics::Metric::Plays : analytics::Metric::Minutes;
    const analytics::OverviewRequest request{inputs->period, metric, 10, analytics::bucketFor(inputs->period)};
    auto overview = analytics::queryOverview(inputs->db, request);
    if (!overview) {
        return context.fail(kExitFailure, overview.error().message);
    }

    // No display needed: charts render on the offscreen platform unless one was chosen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    int argc = 1;
    char name[] = "tunescope";
    char* argv[] = {name, nullptr};
    QApplication app(argc, argv);

    ui::ChartContent content;
    switch (kinds.at(args.positional.front())) {
    case 0: content = ui::buildTopChart(analytics::TopKind::Artists, overview->topArtists, metric); break;
    case 1: content = ui::buildTopChart(analytics::TopKind::Tracks, overview->topTracks, metric); break;
    case 2: content = ui::buildTopChart(analytics::TopKind::Albums, overview->topAlbums, metric); break;
    case 3: content = ui::buildTimelineChart(overview->timeline, metric, request.bucket); break;
    default: content = ui::buildHeatmapChart(overview->heatmap, metric); break;
    }
    delete content.view; // only the painter is needed here
    content.view = nullptr;
    QString error;
    const QString file = QString::fromStdString(*out);
    const bool ok = format == "png" ? ui::writeChartPng(content, file, *size, &error)
                                    : ui::writeChartSvg(content, file, *size, &error);
    if (!ok) {
        return context.fail(kExitFailure, error.toStdString());
    }
    context.out() << "Wrote " << *out << " (" << size->width() << "x" << size->height() << ", " << format << ")\n";
    return kExitOk;
}

} // namespace tunescope::app
