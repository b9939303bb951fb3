#include "dialogs/GenreMappingDialog.h"

#include "async/RunAsync.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tunescope::ui {

std::function<std::optional<QString>(QWidget*, const QString&, const QStringList&)>
    GenreMappingDialog::chooseFoldTarget = [](QWidget* parent, const QString& genre, const QStringList& others) {
        bool ok = false;
        const QString target = QInputDialog::getItem(
            parent, QObject::tr("Fold a genre"),
            QObject::tr("Show \"%1\" as (pick a genre or type a name):").arg(genre), others, 0, true, &ok);
        return ok && !target.trimmed().isEmpty() ? std::optional<QString>(target) : std::nullopt;
    };

std::function<std::optional<QString>(QWidget*, const QString&)> GenreMappingDialog::askNewName =
    [](QWidget* parent, const QString& genre) {
        bool ok = false;
        const QString name =
            QInputDialog::getText(parent, QObject::tr("Rename a genre"), QObject::tr("New name for \"%1\":").arg(genre),
                                  QLineEdit::Normal, genre, &ok);
        return ok && !name.trimmed().isEmpty() ? std::optional<QString>(name) : std::nullopt;
    };

GenreMappingDialog::GenreMappingDialog(ProfileSession session, QWidget* parent)
    : QDialog(parent), session_(std::move(session)), list_(new QTreeWidget(this)), message_(new QLabel(this)),
      fold_(new QPushButton(tr("&Fold into…"), this)), rename_(new QPushButton(tr("&Rename…"), this)),
      hide_(new QPushButton(tr("&Hide"), this)), reset_(new QPushButton(tr("R&eset"), this)),
      undo_(new QPushButton(tr("&Undo"), this))
{
    setObjectName(QStringLiteral("genreMappingDialog"));
    setWindowTitle(tr("Edit genres"));
    resize(720, 520);
    auto* intro = new QLabel(tr("Fold a genre into another (\"alt-rock\" into \"alternative rock\"), rename it or "
                                "hide it. Every chart and list follows at once. Listening is for all time, shared "
                                "among each artist's genres."),
                             this);
    intro->setWordWrap(true);
    list_->setObjectName(QStringLiteral("genreList"));
    list_->setHeaderLabels({tr("Genre"), tr("Shown as"), tr("Artists"), tr("Plays"), tr("Hours")});
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->setSortingEnabled(false);
    list_->header()->setSectionResizeMode(Genre, QHeaderView::Stretch);
    list_->header()->setSectionResizeMode(ShownAs, QHeaderView::Stretch);
    list_->header()->setStretchLastSection(false);
    message_->setObjectName(QStringLiteral("genreMappingMessage"));
    message_->setWordWrap(true);
    fold_->setObjectName(QStringLiteral("genreFold"));
    rename_->setObjectName(QStringLiteral("genreRename"));
    hide_->setObjectName(QStringLiteral("genreHide"));
    reset_->setObjectName(QStringLiteral("genreReset"));
    reset_->setToolTip(tr("Show this genre as the source names it again"));
    undo_->setObjectName(QStringLiteral("genreUndo"));
    undo_->setShortcut(QKeySequence::Undo);

    auto* buttons = new QVBoxLayout;
    for (auto* button : {fold_, rename_, hide_, reset_}) {
        buttons->addWidget(button);
    }
    buttons->addSpacing(12);
    buttons->addWidget(undo_);
    buttons->addStretch();
    auto* middle = new QHBoxLayout;
    middle->addWidget(list_, 1);
    middle->addLayout(buttons);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(message_);
    layout->addWidget(close);

    connect(list_, &QTreeWidget::currentItemChanged, this, &GenreMappingDialog::updateButtons);
    connect(fold_, &QPushButton::clicked, this, [this] {
        const QString genre = selectedGenre();
        QStringList others;
        for (int i = 0; i < list_->topLevelItemCount(); ++i) {
            if (const QString name = list_->topLevelItem(i)->text(Genre); name != genre) {
                others << name;
            }
        }
        if (const auto target = chooseFoldTarget(this, genre, others)) {
            apply([genre = genre.toStdString(), target = target->toStdString()](store::Database& db) {
                return enrich::mapGenre(db, genre, target);
            });
        }
    });
    connect(rename_, &QPushButton::clicked, this, [this] {
        const QString genre = selectedGenre();
        if (const auto name = askNewName(this, genre)) {
            apply([genre = genre.toStdString(), name = name->toStdString()](store::Database& db) {
                return enrich::mapGenre(db, genre, name);
            });
        }
    });
    connect(hide_, &QPushButton::clicked, this, [this] {
        const bool hide = list_->currentItem() != nullptr && !list_->currentItem()->data(Genre, Qt::UserRole).toBool();
        apply([genre = selectedGenre().toStdString(), hide](store::Database& db) {
            return enrich::setGenreHidden(db, genre, hide);
        });
    });
    connect(reset_, &QPushButton::clicked, this, [this] {
        apply([genre = selectedGenre().toStdString()](store::Database& db) { return enrich::resetGenre(db, genre); });
    });
    connect(undo_, &QPushButton::clicked, this, &GenreMappingDialog::undo);
    updateButtons();
    load();
}

QString GenreMappingDialog::selectedGenre() const
{
    return list_->currentItem() != nullptr ? list_->currentItem()->text(Genre) : QString();
}

bool GenreMappingDialog::selectGenre(const QString& genre)
{
    for (int i = 0; i < list_->topLevelItemCount(); ++i) {
        if (list_->topLevelItem(i)->text(Genre) == genre) {
            list_->setCurrentItem(list_->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void GenreMappingDialog::updateButtons()
{
    const auto* item = list_->currentItem();
    for (auto* button : {fold_, rename_, hide_, reset_}) {
        button->setEnabled(item != nullptr && !busy_);
    }
    const bool hidden = item != nullptr && item->data(Genre, Qt::UserRole).toBool();
    hide_->setText(hidden ? tr("S&how") : tr("&Hide"));
    undo_->setEnabled(!undoStack_.empty() && !busy_);
}

void GenreMappingDialog::load()
{
    runAsync(
        this,
        [session = session_]() -> Result<std::vector<analytics::GenreTotal>> {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            return analytics::queryGenreTotals(*db, analytics::Period{});
        },
        [this](const Result<std::vector<analytics::GenreTotal>>& totals) {
            if (!totals) {
                message_->setText(QString::fromStdString(totals.error().message));
                return;
            }
            fill(*totals);
            emit listed();
        });
}

void GenreMappingDialog::fill(const std::vector<analytics::GenreTotal>& totals)
{
    const QString selected = selectedGenre();
    const QLocale locale;
    list_->clear();
    for (const auto& total : totals) {
        const QString genre = QString::fromStdString(total.genre);
        QString shownAs;
        if (total.hidden) {
            shownAs = tr("(hidden)");
        } else if (!total.shownAs) {
            shownAs = tr("%1 (hidden)").arg(QString::fromStdString(total.target.value_or("")));
        } else if (*total.shownAs != total.genre) {
            shownAs = QString::fromStdString(*total.shownAs);
        }
        auto* item = new QTreeWidgetItem({genre, shownAs, locale.toString(static_cast<qlonglong>(total.artists)),
                                          locale.toString(total.plays, 'f', 0),
                                          locale.toString(total.msPlayed / 3'600'000.0, 'f', 1)});
        item->setData(Genre, Qt::UserRole, total.hidden);
        for (const int column : {Artists, Plays, Hours}) {
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
        list_->addTopLevelItem(item);
    }
    if (!selectGenre(selected) && list_->topLevelItemCount() > 0) {
        list_->setCurrentItem(list_->topLevelItem(0));
    }
    updateButtons();
}

void GenreMappingDialog::apply(Change change)
{
    if (busy_) {
        return;
    }
    busy_ = true;
    updateButtons();
    runAsync(
        this,
        [session = session_, change = std::move(change)]() -> Result<std::vector<enrich::GenreRule>> {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            auto before = enrich::loadGenreMapping(*db);
            if (!before) {
                return before.error();
            }
            if (auto done = change(*db); !done) {
                return done.error();
            }
            return before;
        },
        [this](const Result<std::vector<enrich::GenreRule>>& before) {
            busy_ = false;
            if (!before) {
                message_->setText(QString::fromStdString(before.error().message));
                updateButtons();
                return;
            }
            message_->clear();
            undoStack_.push_back(*before);
            load();
            emit mappingChanged();
        });
}

void GenreMappingDialog::undo()
{
    if (undoStack_.empty() || busy_) {
        return;
    }
    busy_ = true;
    updateButtons();
    auto previous = undoStack_.back();
    runAsync(
        this,
        [session = session_, previous]() -> Status {
            auto db = session.open();
            if (!db) {
                return db.error();
            }
            return enrich::restoreGenreMapping(*db, previous);
        },
        [this](const Status& restored) {
            busy_ = false;
            if (!restored) {
                message_->setText(QString::fromStdString(restored.error().message));
                updateButtons();
                return;
            }
            undoStack_.pop_back();
            message_->clear();
            load();
            emit mappingChanged();
        });
}

} // namespace tunescope::ui
