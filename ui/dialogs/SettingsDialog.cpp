#include "dialogs/SettingsDialog.h"

#include "dialogs/SpotifySteps.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tunescope::ui {

SettingsDialog::SettingsDialog(const QString& clientId, QWidget* parent)
    : QDialog(parent), clientId_(new QLineEdit(this)), autoSyncHours_(new QSpinBox(this)),
      pollMinutes_(new QSpinBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const QSettings settings;

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
    autoSyncHours_->setValue(settings.value(QStringLiteral("spotify/autoSyncHours"), 12).toInt());
    autoSyncHours_->setToolTip(tr("Tunescope syncs when it starts and the last sync is older than this."));

    pollMinutes_->setObjectName(QStringLiteral("settingsPollMinutes"));
    pollMinutes_->setRange(0, 24 * 60);
    pollMinutes_->setSuffix(tr(" min"));
    pollMinutes_->setSpecialValueText(tr("off"));
    pollMinutes_->setValue(settings.value(QStringLiteral("spotify/pollMinutes"), 30).toInt());
    pollMinutes_->setToolTip(tr("Spotify keeps only your last 50 plays: fetching them often while Tunescope runs "
                                "loses none."));

    auto* group = new QGroupBox(tr("Spotify"), this);
    auto* form = new QFormLayout(group);
    form->addRow(steps);
    form->addRow(tr("Client ID:"), clientId_);
    form->addRow(tr("Sync at start when the last sync is older than:"), autoSyncHours_);
    form->addRow(tr("Fetch recent plays while running every:"), pollMinutes_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void SettingsDialog::accept()
{
    QSettings settings;
    settings.setValue(QStringLiteral("spotify/clientId"), clientId_->text().trimmed());
    settings.setValue(QStringLiteral("spotify/autoSyncHours"), autoSyncHours_->value());
    settings.setValue(QStringLiteral("spotify/pollMinutes"), pollMinutes_->value());
    QDialog::accept();
}

} // namespace tunescope::ui
