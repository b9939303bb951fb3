#pragma once

#include <QString>

class QBoxLayout;
class QLabel;
class QWidget;

namespace tunescope::ui {

// A KPI card (a caption over a big bold value) added to `row`; returns the value label, named
// `objectName` for tests, showing "—" until it is set.
QLabel* addKpiCard(QBoxLayout* row, QWidget* parent, const QString& objectName, const QString& caption);

} // namespace tunescope::ui
