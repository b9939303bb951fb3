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

// File > Restore profile…: after a confirmation naming what is replaced, the user's own profile
// (also when the demo is on screen) becomes the chosen backup. Returns the status-bar notice,
// empty when cancelled or refused (the reason is shown in a message box; nothing changed).
QString restoreProfile(QWidget* parent, const ProfileSession& session);

// The file dialogs and the confirmation; tests replace them.
extern std::function<QString(QWidget*, const QString&, const QString&, const QString&, QString*)> chooseSaveFile;
extern std::function<QString(QWidget*, const QString&, const QString&)> chooseOpenFile;
extern std::function<bool(QWidget*, const QString&, const QString&)> confirmAction;

} // namespace tunescope::ui
