#pragma once

#include "ProfileSession.h"
#include "analytics/Period.h"

#include <QString>
#include <QWidget>

#include <functional>

namespace tunescope::ui {

// File > Export plays…: the plays of the range on screen, as CSV or as JSON in Spotify's
// extended streaming-history shape (which imports back unchanged). Returns what to tell the user
// in the status bar (empty when cancelled); failures are shown in a message box.
QString exportPlaysAs(QWidget* parent, const ProfileSession& session, const analytics::Period& period);

// File > Back up profile…: one file holding the profile's database (no login, no secrets).
// Returns the status-bar notice, like exportPlaysAs.
QString backUpProfile(QWidget* parent, const ProfileSession& session);

// The save dialog; tests replace it.
extern std::function<QString(QWidget*, const QString&, const QString&, const QString&, QString*)> chooseSaveFile;

} // namespace tunescope::ui
