#include "RecapCommand.h"

#include "analytics/Recap.h"
#include "recap/RecapLayout.h"
#include "recap/RecapPoster.h"
#include "recap/RecapText.h"

#include <QGuiApplication>

#include <optional>
#include <string>

namespace tunescope::app {
namespace {

using cli::kExitFailure;
using cli::kExitOk;
using cli::kExitUsage;

std::optional<QSize> posterSize(const std::string& text)
{
    if (text == "1080x1920") {
        return ui::kRecapPortrait;
    }
    if (text == "1920x1080") {
        return ui::kRecapLandscape;
    }
    return std::nullopt;
}

} // namespace

int runRecap(cli::CommandContext& context)
{
    const auto& args = context.args();
    if (!args.positional.empty()) {
        return context.fail(kExitUsage, "recap takes no arguments besides its options");
    }
    const auto out = args.value("--out");
    if (!out || out->empty()) {
        return context.fail(kExitUsage, "recap needs --out FILE.png");
    }
    const std::string sizeText = args.value("--size").value_or("1080x1920");
    const auto size = posterSize(sizeText);
    if (!size) {
        return context.fail(kExitUsage,
                            "--size must be 1080x1920 (portrait) or 1920x1080 (landscape), not \"" + sizeText + "\"");
    }
    int exitCode = kExitOk;
    auto inputs = context.queryInputs(exitCode);
    if (!inputs) {
        return exitCode;
    }
    auto recap = analytics::queryRecap(inputs->db, inputs->period);
    if (!recap) {
        return context.fail(kExitFailure, recap.error().message);
    }

    // No display needed: the poster renders on the offscreen platform unless one was chosen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    int argc = 1;
    char name[] = "tunescope";
    char* argv[] = {name, nullptr};
    const QGuiApplication app(argc, argv);

    const QImage poster = ui::renderRecapPoster(*recap, ui::recapTitle(inputs->period), *size);
    QString error;
    if (!ui::writeRecapPng(poster, QString::fromStdString(*out), &error)) {
        return context.fail(kExitFailure, error.toStdString());
    }
    context.out() << "Wrote " << *out << " (" << size->width() << "x" << size->height() << ", recap of "
                  << ui::recapTitle(inputs->period).toStdString() << ")\n";
    return kExitOk;
}

} // namespace tunescope::app
