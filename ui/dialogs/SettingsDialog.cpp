#include "dialogs/SettingsDialog.h"

#include "ServiceSettings.h"
#include "SpotifySettings.h"
#include "dialogs/SpotifySteps.h"
#include "enrich/MusicBrainzClient.h"
#include "enrich/ReccoBeatsClient.h"
#include "http/BaseUrl.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cstdlib>
#include <optional>

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
      problem_(new QLabel(this))
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
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addWidget(advanced);
    layout->addWidget(services);
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
        (!api ? apiUrl_ : !accounts ? accountsUrl_ : !reccoBeats ? reccoBeatsUrl_ : musicBrainzUrl_)->setFocus();
        return; // nothing is stored until every field can be used
    }
    spotify_settings::setClientId(clientId_->text().trimmed());
    spotify_settings::setAutoSyncHours(autoSyncHours_->value());
    spotify_settings::setPollMinutes(pollMinutes_->value());
    spotify_settings::setAddresses(*api, *accounts);
    service_settings::setReccoBeatsUrl(*reccoBeats);
    service_settings::setMusicBrainzUrl(*musicBrainz);
    QDialog::accept();
}

} // namespace tunescope::ui
