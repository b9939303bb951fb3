// Settings › This computer: the background-sync box switches the systemd user timer through
// systemctl (a fake script here, recording its arguments), shows what systemctl says, never
// blocks the window, and the tray box is stored on OK.
#include "DesktopSettings.h"
#include "TestSupport.h"
#include "dialogs/SettingsDialog.h"
#include "platform/BackgroundSync.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

#include <cstdlib>
#include <filesystem>

using namespace tunescope;

namespace {

// A systemctl that logs each call's arguments to `calls` and keeps the timer's state in
// `state`; files beside it change its answers: `missing` (no unit file), `fail` (enable and
// disable fail with its text on stderr), `delay` (seconds to wait before answering).
const char* const kFakeSystemctl = R"SH(#!/bin/sh
dir="$(dirname "$0")"
echo "$*" >> "$dir/calls"
if [ -f "$dir/delay" ]; then sleep "$(cat "$dir/delay")"; fi
case "$2" in
is-enabled)
  if [ -f "$dir/missing" ]; then
    echo "Failed to get unit file state for $3: No such file or directory" >&2
    exit 1
  fi
  state="$(cat "$dir/state")"
  echo "$state"
  [ "$state" = enabled ]
  exit $?
  ;;
enable|disable)
  if [ -f "$dir/fail" ]; then cat "$dir/fail" >&2; exit 1; fi
  echo "${2}d" > "$dir/state"
  exit 0
  ;;
esac
exit 2
)SH";

class FakeSystemctl {
public:
    explicit FakeSystemctl(const char* state)
    {
        const auto script = dir_.write("systemctl", kFakeSystemctl);
        std::filesystem::permissions(script, std::filesystem::perms::owner_all);
        dir_.write("state", std::string(state) + "\n");
        ::setenv("TUNESCOPE_SYSTEMCTL", script.c_str(), 1);
    }
    ~FakeSystemctl() { ::unsetenv("TUNESCOPE_SYSTEMCTL"); }
    FakeSystemctl(const FakeSystemctl&) = delete;
    FakeSystemctl& operator=(const FakeSystemctl&) = delete;

    void set(const std::string& name, const std::string& content) const { dir_.write(name, content); }
    [[nodiscard]] QStringList calls() const
    {
        if (!std::filesystem::exists(dir_.path() / "calls")) {
            return {};
        }
        return QString::fromStdString(testing::readFile(dir_.path() / "calls"))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    [[nodiscard]] std::string state() const { return testing::readFile(dir_.path() / "state"); }

private:
    testing::TempDir dir_;
};

QCheckBox* backgroundBox(const QWidget& dialog)
{
    return dialog.findChild<QCheckBox*>(QStringLiteral("settingsBackgroundSync"));
}

QString backgroundStatus(const QWidget& dialog)
{
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("settingsBackgroundStatus"));
    return label != nullptr && !label->isHidden() ? label->text() : QString();
}

} // namespace

class DesktopSettingsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void theBoxShowsTheTimerAndSwitchesItOnAndOff()
    {
        FakeSystemctl systemctl("disabled");
        ui::SettingsDialog dialog(QString{});
        auto* box = backgroundBox(dialog);
        if (box == nullptr) {
            QFAIL("no background-sync box on Linux");
        }
        QVERIFY(box->toolTip().contains(QStringLiteral("Spotify login")));
        QTRY_VERIFY(box->isEnabled());
        QVERIFY(!box->isChecked());
        QCOMPARE(systemctl.calls(), QStringList{QStringLiteral("--user is-enabled tunescope-sync.timer")});

        box->click();
        QVERIFY(!box->isEnabled()); // one switch at a time
        QTRY_VERIFY(box->isEnabled());
        QVERIFY(box->isChecked());
        QCOMPARE(systemctl.calls().last(), QStringLiteral("--user enable --now tunescope-sync.timer"));
        QCOMPARE(systemctl.state(), std::string("enabled\n"));
        QVERIFY2(backgroundStatus(dialog).contains(QStringLiteral("Background sync is on")),
                 qPrintable(backgroundStatus(dialog)));

        box->click();
        QTRY_VERIFY(box->isEnabled());
        QVERIFY(!box->isChecked());
        QCOMPARE(systemctl.calls().last(), QStringLiteral("--user disable --now tunescope-sync.timer"));
        QCOMPARE(systemctl.state(), std::string("disabled\n"));
        QCOMPARE(backgroundStatus(dialog), QStringLiteral("Background sync is off."));
        QCOMPARE(systemctl.calls().size(), 3);
    }

    void anEnabledTimerIsTickedWhenTheDialogOpens()
    {
        FakeSystemctl systemctl("enabled");
        ui::SettingsDialog dialog(QString{});
        QTRY_VERIFY(backgroundBox(dialog)->isEnabled());
        QVERIFY(backgroundBox(dialog)->isChecked());
        QCOMPARE(backgroundStatus(dialog), QString());
    }

    void aFailingSystemctlShowsItsWordsAndTheBoxGoesBack()
    {
        FakeSystemctl systemctl("disabled");
        systemctl.set("fail", "Failed to enable unit: Access denied\n");
        ui::SettingsDialog dialog(QString{});
        auto* box = backgroundBox(dialog);
        QTRY_VERIFY(box->isEnabled());
        box->click();
        QTRY_VERIFY(box->isEnabled());
        QVERIFY(!box->isChecked()); // still off, as the timer is
        QCOMPARE(backgroundStatus(dialog),
                 QStringLiteral("systemctl could not switch background sync on: Failed to enable unit: Access denied"));
    }

    void withoutTheUnitTheUserIsToldToInstallThePackage()
    {
        FakeSystemctl systemctl("disabled");
        systemctl.set("missing", "");
        ui::SettingsDialog dialog(QString{});
        QTRY_COMPARE(backgroundStatus(dialog),
                     QStringLiteral("Install the Tunescope package to sync in the background."));
        QVERIFY(!backgroundBox(dialog)->isEnabled());
        QVERIFY(!backgroundBox(dialog)->isChecked());
    }

    void withoutSystemctlTheBoxSaysSystemdIsNeeded()
    {
        testing::TempDir empty;
        const auto nowhere = (empty.path() / "no-systemctl").string();
        ::setenv("TUNESCOPE_SYSTEMCTL", nowhere.c_str(), 1);
        ui::SettingsDialog dialog(QString{});
        QTRY_VERIFY(!backgroundStatus(dialog).startsWith(QStringLiteral("Asking")));
        ::unsetenv("TUNESCOPE_SYSTEMCTL");
        QVERIFY2(backgroundStatus(dialog).contains(QStringLiteral("needs systemd")),
                 qPrintable(backgroundStatus(dialog)));
        QVERIFY(backgroundStatus(dialog).contains(QString::fromStdString(nowhere)));
        QVERIFY(!backgroundBox(dialog)->isEnabled());
    }

    void aSlowSystemctlNeverBlocksTheWindowAndIsGivenUpOn()
    {
        FakeSystemctl systemctl("enabled");
        systemctl.set("delay", "2");
        QElapsedTimer clock;
        clock.start();
        {
            ui::SettingsDialog dialog(QString{});
            QVERIFY2(clock.elapsed() < 1000, "the dialog waited for systemctl");
            QVERIFY(!backgroundBox(dialog)->isEnabled());
            QTRY_VERIFY_WITH_TIMEOUT(backgroundBox(dialog)->isEnabled(), 10000);
            QVERIFY(backgroundBox(dialog)->isChecked());
        }
        const auto patience = ui::BackgroundSync::timeout;
        ui::BackgroundSync::timeout = std::chrono::milliseconds(300);
        ui::SettingsDialog dialog(QString{});
        QTRY_VERIFY_WITH_TIMEOUT(!backgroundStatus(dialog).startsWith(QStringLiteral("Asking")), 5000);
        ui::BackgroundSync::timeout = patience;
        QVERIFY2(backgroundStatus(dialog).startsWith(QStringLiteral("systemctl did not answer within 1 second")),
                 qPrintable(backgroundStatus(dialog)));
    }

    void theTrayBoxIsStoredOnOk()
    {
        FakeSystemctl systemctl("disabled");
        QVERIFY(!ui::desktop_settings::showTrayIcon()); // off unless asked for
        ui::SettingsDialog dialog(QString{});
        auto* tray = dialog.findChild<QCheckBox*>(QStringLiteral("settingsTrayIcon"));
        QVERIFY(!tray->isChecked());
        tray->setChecked(true);
        QVERIFY(!ui::desktop_settings::showTrayIcon()); // not before OK
        dialog.findChild<QDialogButtonBox*>(QStringLiteral("settingsButtons"))->button(QDialogButtonBox::Ok)->click();
        QVERIFY(ui::desktop_settings::showTrayIcon());
        ui::SettingsDialog again(QString{});
        QVERIFY(again.findChild<QCheckBox*>(QStringLiteral("settingsTrayIcon"))->isChecked());
    }

    void aBadAddressOnAnotherTabIsShown()
    {
        FakeSystemctl systemctl("disabled");
        ui::SettingsDialog dialog(QString{});
        auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
        tabs->setCurrentIndex(tabs->count() - 1);
        auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("settingsMusicBrainzUrl"));
        field->setText(QStringLiteral("ftp://example.org"));
        dialog.findChild<QDialogButtonBox*>(QStringLiteral("settingsButtons"))->button(QDialogButtonBox::Ok)->click();
        QVERIFY(tabs->currentWidget()->isAncestorOf(field)); // the user sees what to fix
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("settingsProblem"))->isHidden());
    }

    void screenshot()
    {
        const char* dir = std::getenv("TUNESCOPE_SCREENSHOT_DIR");
        if (dir == nullptr) {
            QSKIP("TUNESCOPE_SCREENSHOT_DIR not set");
        }
        FakeSystemctl systemctl("disabled");
        systemctl.set("missing", "");
        ui::SettingsDialog dialog(QString{});
        dialog.show();
        QTRY_VERIFY(!backgroundStatus(dialog).startsWith(QStringLiteral("Asking")));
        QVERIFY(dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/settings.png")));
        auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
        for (int tab = 1; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QVERIFY(dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/settings-%1.png").arg(tab)));
        }
    }
};

QTEST_MAIN(DesktopSettingsTest)
#include "DesktopSettingsTest.moc"
