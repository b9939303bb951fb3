#include "dialogs/SettingsDialog.h"

#include "DesktopSettings.h"
#include "ServiceSettings.h"
#include "SpotifySettings.h"
#include "dialogs/SpotifySteps.h"
#include "enrich/MusicBrainzClient.h"
#include "enrich/ReccoBeatsClient.h"
#include "http/BaseUrl.h"
#include "platform/BackgroundSync.h"
#include "tray/TrayIcon.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cstdlib>
#include <initializer_list>
#include <optional>
#include <utility>

namespace tunescope::ui {
namespace {

QLineEdit* addressField(QWidget* parent, const char* objectName, const QString& saved, std::string_view fallback,
                        const char* environmentName)
{
    auto* field = new QLineEdit(saved, parent);
    field->setObjectName(QString::fromLatin1(objectName));
    field->setPlaceholderText(QString::fromUtf8(fallback.data(), static_cast<qsizetype>(fallback.size())));
    field->setClearButtonEnabled(true);
    field->setToolTip(QObject::tr("Leave empty for the service's own address. %1 set in the environment wins.")
                          .arg(QString::fromLatin1(environmentName)));
    return field;
}

// The address as it will be stored (empty: Spotify's own), or nullopt with `problem` said.
std::optional<QString> checkedAddress(const QLineEdit& field, const QString& what, QString& problem)
{
    if (field.text().trimmed().isEmpty()) {
        return QString();
    }
    auto normalized = http::normalizeBaseUrl(field.text().toStdString());
    if (!normalized) {
        problem = QObject::tr("%1: %2").arg(what, QString::fromStdString(normalized.error().message));
        return std::nullopt;
    }
    return QString::fromStdString(*normalized);
}

// One tab of the dialog: its groups from the top.
QWidget* page(std::initializer_list<QWidget*> groups)
{
    auto* widget = new QWidget;
    auto* layout = new QVBoxLayout(widget);
    for (QWidget* group : groups) {
        layout->addWidget(group);
    }
    layout->addStretch(1);
    return widget;
}

} // namespace

SettingsDialog::SettingsDialog(const QString& clientId, QWidget* parent)
    : QDialog(parent), clientId_(new QLineEdit(this)), autoSyncHours_(new QSpinBox(this)),
      pollMinutes_(new QSpinBox(this)), apiUrl_(addressField(this, "settingsApiUrl", spotify_settings::apiUrl(),
                                                             spotify::kDefaultApiBaseUrl, "TUNESCOPE_SPOTIFY_API_URL")),
      accountsUrl_(addressField(this, "settingsAccountsUrl", spotify_settings::accountsUrl(),
                                auth::kDefaultAccountsBaseUrl, "TUNESCOPE_SPOTIFY_ACCOUNTS_URL")),
      reccoBeatsUrl_(addressField(this, "settingsReccoBeatsUrl", service_settings::reccoBeatsUrl(),
                                  enrich::kDefaultReccoBeatsUrl, "TUNESCOPE_RECCOBEATS_URL")),
      musicBrainzUrl_(addressField(this, "settingsMusicBrainzUrl", service_settings::musicBrainzUrl(),
                                   enrich::kDefaultMusicBrainzUrl, "TUNESCOPE_MUSICBRAINZ_URL")),
      problem_(new QLabel(this)), tabs_(new QTabWidget(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto* steps = new QLabel(spotifyAppSteps(), this);
    steps->setObjectName(QStringLiteral("settingsSteps"));
    steps->setWordWrap(true);
    steps->setTextFormat(Qt::RichText);
    steps->setOpenExternalLinks(true);

    clientId_->setObjectName(QStringLiteral("settingsClientId"));
    clientId_->setPlaceholderText(tr("Client ID of your Spotify app"));
    clientId_->setText(clientId);
    clientId_->setToolTip(tr("Used the next time you log in."));

    autoSyncHours_->setObjectName(QStringLiteral("settingsAutoSyncHours"));
    autoSyncHours_->setRange(0, 24 * 14);
    autoSyncHours_->setSuffix(tr(" h"));
    autoSyncHours_->setSpecialValueText(tr("never"));
    autoSyncHours_->setValue(spotify_settings::autoSyncHours());
    autoSyncHours_->setToolTip(tr("Tunescope syncs when it starts and the last sync is older than this."));

    pollMinutes_->setObjectName(QStringLiteral("settingsPollMinutes"));
    pollMinutes_->setRange(0, 24 * 60);
    pollMinutes_->setSuffix(tr(" min"));
    pollMinutes_->setSpecialValueText(tr("off"));
    pollMinutes_->setValue(spotify_settings::pollMinutes());
    pollMinutes_->setToolTip(tr("Spotify keeps only your last 50 plays: fetching them often while Tunescope runs "
                                "loses none."));

    auto* group = new QGroupBox(tr("Spotify"), this);
    auto* form = new QFormLayout(group);
    form->addRow(steps);
    form->addRow(tr("Client ID:"), clientId_);
    form->addRow(tr("Sync at start when the last sync is older than:"), autoSyncHours_);
    form->addRow(tr("Fetch recent plays while running every:"), pollMinutes_);

    auto* advanced = new QGroupBox(tr("Advanced: reach Spotify through a proxy"), this);
    advanced->setObjectName(QStringLiteral("settingsAdvanced"));
    auto* addresses = new QFormLayout(advanced);
    addresses->addRow(tr("Web API address:"), apiUrl_);
    addresses->addRow(tr("Accounts service address:"), accountsUrl_);

    auto* services = new QGroupBox(tr("Where features and genres come from"), this);
    services->setObjectName(QStringLiteral("settingsServices"));
    auto* serviceForm = new QFormLayout(services);
    auto* servicesNote = new QLabel(tr("Spotify no longer gives new apps audio features or genres. Tunescope asks "
                                       "ReccoBeats for features (free, no account; only Spotify track ids are sent) "
                                       "and MusicBrainz for genres (free, no account; artist names and Spotify "
                                       "artist ids are sent, one request per second at most; a mirror of your own "
                                       "may be faster)."),
                                    services);
    servicesNote->setWordWrap(true);
    serviceForm->addRow(servicesNote);
    serviceForm->addRow(tr("ReccoBeats address:"), reccoBeatsUrl_);
    serviceForm->addRow(tr("MusicBrainz address:"), musicBrainzUrl_);

    problem_->setObjectName(QStringLiteral("settingsProblem"));
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #c62828;"));
    problem_->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    tabs_->setObjectName(QStringLiteral("settingsTabs"));
    tabs_->addTab(page({group, advanced}), tr("&Spotify"));
    tabs_->addTab(page({services}), tr("&Features and genres"));
    tabs_->addTab(page({buildDesktopGroup()}), tr("This &computer"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void SettingsDialog::accept()
{
    QString problem;
    const auto api = checkedAddress(*apiUrl_, tr("Web API address"), problem);
    const auto accounts = checkedAddress(*accountsUrl_, tr("Accounts service address"), problem);
    const auto reccoBeats = checkedAddress(*reccoBeatsUrl_, tr("ReccoBeats address"), problem);
    const auto musicBrainz = checkedAddress(*musicBrainzUrl_, tr("MusicBrainz address"), problem);
    if (!api || !accounts || !reccoBeats || !musicBrainz) {
        problem_->setText(problem);
        problem_->show();
        QLineEdit* field = !api ? apiUrl_ : !accounts ? accountsUrl_ : !reccoBeats ? reccoBeatsUrl_ : musicBrainzUrl_;
        for (int tab = 0; tab < tabs_->count(); ++tab) {
            if (tabs_->widget(tab)->isAncestorOf(field)) {
                tabs_->setCurrentIndex(tab); // where the field is
            }
        }
        field->setFocus();
        return; // nothing is stored until every field can be used
    }
    spotify_settings::setClientId(clientId_->text().trimmed());
    spotify_settings::setAutoSyncHours(autoSyncHours_->value());
    spotify_settings::setPollMinutes(pollMinutes_->value());
    spotify_settings::setAddresses(*api, *accounts);
    service_settings::setReccoBeatsUrl(*reccoBeats);
    service_settings::setMusicBrainzUrl(*musicBrainz);
    desktop_settings::setShowTrayIcon(trayIcon_->isChecked());
    QDialog::accept();
}

QGroupBox* SettingsDialog::buildDesktopGroup()
{
    auto* group = new QGroupBox(tr("Tray and background sync"), this);
    group->setObjectName(QStringLiteral("settingsDesktop"));
    auto* layout = new QVBoxLayout(group);

    trayIcon_ = new QCheckBox(tr("Show Tunescope in the system &tray"), group);
    trayIcon_->setObjectName(QStringLiteral("settingsTrayIcon"));
    trayIcon_->setChecked(desktop_settings::showTrayIcon());
    trayIcon_->setToolTip(TrayIcon::available()
                              ? tr("An icon with the time of the last sync, Sync now, Show Tunescope and Quit.")
                              : tr("This desktop has no system tray right now: the icon appears where there is one."));
    layout->addWidget(trayIcon_);

    if (!BackgroundSync::supported()) {
        return group;
    }
    backgroundSync_ = new QCheckBox(tr("Keep syncing in the &background (also when Tunescope is closed)"), group);
    backgroundSync_->setObjectName(QStringLiteral("settingsBackgroundSync"));
    backgroundSync_->setToolTip(tr("A systemd timer runs \"tunescope sync --quiet\" now and then, also when the window "
                                   "is closed, so none of your last 50 plays is lost between exports. It needs a "
                                   "Spotify login (Spotify › Log in…) and syncs your own profile. Switched at once."));
    backgroundSync_->setEnabled(false); // until systemctl says whether it is on
    backgroundStatus_ = new QLabel(tr("Asking systemd whether background sync is on…"), group);
    backgroundStatus_->setObjectName(QStringLiteral("settingsBackgroundStatus"));
    backgroundStatus_->setWordWrap(true);
    backgroundStatus_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(backgroundSync_);
    layout->addWidget(backgroundStatus_);

    background_ = new BackgroundSync(this);
    connect(background_, &BackgroundSync::finished, this, &SettingsDialog::showBackgroundState);
    connect(backgroundSync_, &QCheckBox::clicked, this, [this](bool on) {
        backgroundSync_->setEnabled(false);
        backgroundStatus_->setStyleSheet(QString());
        backgroundStatus_->setText(on ? tr("Switching background sync on…") : tr("Switching background sync off…"));
        backgroundStatus_->show();
        switchingTo_ = on;
        background_->setEnabled(on);
    });
    background_->check();
    return group;
}

void SettingsDialog::showBackgroundState(BackgroundSync::State state, const QString& message)
{
    using State = BackgroundSync::State;
    const auto switched = std::exchange(switchingTo_, std::nullopt);
    if (state == State::Failed) {
        // A switch that failed leaves the timer as it was; a failed question leaves it unknown.
        backgroundSync_->setChecked(switched ? !*switched : false);
    } else {
        backgroundSync_->setChecked(state == State::Enabled);
    }
    const bool usable = state != State::NotInstalled && state != State::Unavailable;
    backgroundSync_->setEnabled(usable);
    const bool problem = !usable || state == State::Failed;
    backgroundStatus_->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
    backgroundStatus_->setText(message);
    backgroundStatus_->setVisible(!message.isEmpty());
}

} // namespace tunescope::ui
