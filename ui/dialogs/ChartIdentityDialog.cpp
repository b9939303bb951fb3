#include "dialogs/ChartIdentityDialog.h"

#include "ingest/ChartRegions.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tunescope::ui {

ChartIdentityDialog::ChartIdentityDialog(const QStringList& files, QWidget* parent)
    : QDialog(parent), region_(new QLineEdit(this)), period_(new QComboBox(this)), kind_(new QComboBox(this)),
      date_(new QDateEdit(QDate::currentDate(), this)), problem_(new QLabel(this))
{
    setObjectName(QStringLiteral("chartIdentityDialog"));
    setWindowTitle(tr("Which chart is this?"));
    QStringList names;
    for (const auto& file : files) {
        names << QFileInfo(file).fileName();
    }
    auto* intro = new QLabel(tr("The names of these files do not say which chart they hold:<br><b>%1</b><br>"
                                "Charts downloaded from charts.spotify.com are named like "
                                "regional-us-weekly-2023-01-05.csv. Say what they are:")
                                 .arg(names.join(QStringLiteral(", ")).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    region_->setObjectName(QStringLiteral("chartIdentityRegion"));
    region_->setPlaceholderText(tr("global, us, United Kingdom, …"));
    period_->setObjectName(QStringLiteral("chartIdentityPeriod"));
    period_->addItem(tr("Daily"), static_cast<int>(ingest::ChartPeriod::Daily));
    period_->addItem(tr("Weekly"), static_cast<int>(ingest::ChartPeriod::Weekly));
    kind_->setObjectName(QStringLiteral("chartIdentityKind"));
    kind_->addItem(tr("Top 200 (with streams)"), static_cast<int>(ingest::ChartKind::Top200));
    kind_->addItem(tr("Viral 50"), static_cast<int>(ingest::ChartKind::Viral50));
    date_->setObjectName(QStringLiteral("chartIdentityDate"));
    date_->setCalendarPopup(true);
    date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    problem_->setObjectName(QStringLiteral("chartIdentityProblem"));
    problem_->setWordWrap(true);
    problem_->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("Region:"), region_);
    form->addRow(tr("Period:"), period_);
    form->addRow(tr("Chart:"), kind_);
    form->addRow(tr("Date (a week: its last day):"), date_);
    auto* note = new QLabel(tr("Datasets with region and date columns only need the period."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChartIdentityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
}

void ChartIdentityDialog::accept()
{
    const QString region = region_->text().trimmed();
    if (!region.isEmpty() && !ingest::regionCode(region.toStdString())) {
        problem_->setText(tr("“%1” is not a Spotify Charts region: use a code like us or global, or a country "
                             "name in English.")
                              .arg(region));
        problem_->show();
        region_->setFocus();
        return;
    }
    QDialog::accept();
}

ingest::ChartImportOptions ChartIdentityDialog::options() const
{
    ingest::ChartImportOptions options;
    if (const QString region = region_->text().trimmed(); !region.isEmpty()) {
        options.region = region.toStdString();
    }
    options.period = static_cast<ingest::ChartPeriod>(period_->currentData().toInt());
    options.kind = static_cast<ingest::ChartKind>(kind_->currentData().toInt());
    const QDate date = date_->date();
    options.date = CivilDate{date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day())};
    return options;
}

} // namespace tunescope::ui
