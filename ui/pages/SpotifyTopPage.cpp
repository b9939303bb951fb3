#include "pages/SpotifyTopPage.h"

#include "async/RunAsync.h"
#include "charts/ChartBuilders.h"
#include "charts/ChartPanel.h"
#include "models/SpotifyTopModel.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tunescope::ui {
namespace {

enum Stack { Content = 0, Empty = 1 };

QString localDate(UtcMs instant, const TimeZone& zone)
{
    const auto days = floorDiv(instant + zone.offsetMsAt(instant), 86'400'000);
    const auto date = civilFromDays(days);
    return QLocale().toString(QDate(date.year, static_cast<int>(date.month), static_cast<int>(date.day)),
                              QLocale::ShortFormat);
}

} // namespace

SpotifyTopPage::SpotifyTopPage(QWidget* parent)
    : QWidget(parent), kind_(new QComboBox(this)), range_(new QComboBox(this)), caption_(new QLabel(this)),
      stack_(new QStackedWidget(this)), table_(new QTableView(this)),
      chart_(new ChartPanel(QStringLiteral("spotifyRankChart"), this)), model_(new SpotifyTopModel(this))
{
    setObjectName(QStringLiteral("spotifyTopPage"));
    kind_->setObjectName(QStringLiteral("spotifyTopKind"));
    kind_->addItem(tr("Artists"), static_cast<int>(store::TopListKind::Artists));
    kind_->addItem(tr("Tracks"), static_cast<int>(store::TopListKind::Tracks));
    range_->setObjectName(QStringLiteral("spotifyTopRange"));
    range_->addItem(tr("Last 4 weeks"), static_cast<int>(store::TopListRange::ShortTerm));
    range_->addItem(tr("Last 6 months"), static_cast<int>(store::TopListRange::MediumTerm));
    range_->addItem(tr("Last year"), static_cast<int>(store::TopListRange::LongTerm));
    range_->setCurrentIndex(1); // Spotify's own default range
    caption_->setObjectName(QStringLiteral("spotifyTopCaption"));
    caption_->setWordWrap(true);

    table_->setObjectName(QStringLiteral("spotifyTopTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(SpotifyTopModel::Name, QHeaderView::Stretch);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);

    chart_->setMinimumHeight(260);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("spotifyTopSplit"));
    split->addWidget(table_);
    split->addWidget(chart_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto* empty = new QWidget(this);
    auto* emptyText = new QLabel(tr("Log in with Spotify and sync to see Spotify's own top lists here."), empty);
    emptyText->setObjectName(QStringLiteral("spotifyTopEmpty"));
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto* login = new QPushButton(tr("Log in with Spotify…"), empty);
    login->setObjectName(QStringLiteral("spotifyTopLogin"));
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(login, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    stack_->addWidget(split);
    stack_->addWidget(empty);
    stack_->setCurrentIndex(Empty);

    auto* filters = new QHBoxLayout;
    filters->addWidget(kind_);
    filters->addWidget(range_);
    filters->addWidget(caption_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(stack_, 1);

    connect(kind_, &QComboBox::currentIndexChanged, this, &SpotifyTopPage::load);
    connect(range_, &QComboBox::currentIndexChanged, this, &SpotifyTopPage::load);
    connect(login, &QPushButton::clicked, this, &SpotifyTopPage::loginRequested);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRankHistory(current.row()); });
}

void SpotifyTopPage::setSource(const ProfileSession& session)
{
    session_ = std::make_unique<ProfileSession>(session);
    reload();
}

void SpotifyTopPage::reload()
{
    stale_ = true;
    if (isVisible()) {
        load();
    }
}

void SpotifyTopPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (stale_) {
        load();
    }
}

void SpotifyTopPage::load()
{
    if (!session_) {
        return;
    }
    stale_ = false;
    const auto kind = static_cast<store::TopListKind>(kind_->currentData().toInt());
    const auto range = static_cast<store::TopListRange>(range_->currentData().toInt());
    const ProfileSession session = *session_;
    const quint64 generation = ++generation_;
    caption_->setText(tr("Loading…"));
    runAsync(
        this,
        [session, kind, range]() -> Result<std::optional<analytics::SpotifyTopComparison>> {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            return analytics::compareWithSpotifyTop(*db, kind, range, session.zone());
        },
        [this, generation](const Result<std::optional<analytics::SpotifyTopComparison>>& comparison) {
            if (generation != generation_) {
                return; // the kind or range changed meanwhile
            }
            if (!comparison) {
                caption_->setText(QString::fromStdString(comparison.error().message));
                return;
            }
            model_->setComparison(*comparison);
            const bool empty = !comparison->has_value() || (*comparison)->rows.empty();
            stack_->setCurrentIndex(empty ? Empty : Content);
            if (empty) {
                caption_->clear();
            } else {
                const auto& c = **comparison;
                caption_->setText(
                    tr("Spotify's ranking of %1 · your plays over the same window, %2 – %1")
                        .arg(localDate(c.takenAt, session_->zone()), localDate(c.window.begin, session_->zone())));
                table_->selectRow(0); // its rank history shows below
            }
            emit loaded(model_->rowCount());
        });
}

void SpotifyTopPage::showRankHistory(int row)
{
    const auto* entry = model_->rowAt(row);
    const auto& comparison = model_->comparison();
    if (entry == nullptr || !comparison || !session_) {
        return;
    }
    const ProfileSession session = *session_;
    const auto kind = comparison->kind;
    const auto range = comparison->range;
    const std::string id = entry->spotifyId;
    const QString name = QString::fromStdString(entry->name.empty() ? entry->spotifyId : entry->name);
    const quint64 generation = ++historyGeneration_;
    runAsync(
        this,
        [session, kind, range, id]() -> Result<std::vector<store::RankPoint>> {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            return store::rankHistory(*db, kind, range, id);
        },
        [this, generation, name](const Result<std::vector<store::RankPoint>>& points) {
            if (generation != historyGeneration_) {
                return;
            }
            if (!points) {
                caption_->setText(QString::fromStdString(points.error().message));
                return;
            }
            chart_->setContent(buildRankHistoryChart(name, *points));
            emit rankHistoryShown();
        });
}

} // namespace tunescope::ui
