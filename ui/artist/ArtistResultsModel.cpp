#include "artist/ArtistResultsModel.h"

#include <QLocale>
#include <QPixmap>
#include <QStringList>

#include <algorithm>
#include <set>

namespace tunescope::ui {
namespace {

QIcon placeholder()
{
    static const QIcon empty = [] {
        QPixmap blank(ArtistResultsModel::kImageSize, ArtistResultsModel::kImageSize);
        blank.fill(Qt::transparent);
        return QIcon(blank);
    }();
    return empty;
}

QPixmap squareThumbnail(const QPixmap& image, int size)
{
    const int side = std::min(image.width(), image.height());
    const QPixmap square =
        image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side); // centre crop, like Spotify
    return square.scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace

int ArtistResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(hits_.size());
}

QString ArtistResultsModel::facts(const browse::ArtistHit& hit)
{
    const QLocale locale;
    QStringList parts;
    if (hit.inHistory) {
        parts << tr("In your history · %Ln plays", nullptr, static_cast<int>(hit.historyPlays))
              << tr("%1 h").arg(locale.toString(static_cast<double>(hit.historyMs) / 3'600'000.0, 'f', 1));
    } else if (hit.spotifyId.empty()) {
        parts << tr("In your history");
    } else {
        parts << tr("On Spotify");
    }
    if (hit.followers) {
        parts << tr("%Ln followers", nullptr, static_cast<int>(*hit.followers));
    }
    if (!hit.genres.empty()) {
        QStringList genres;
        for (const auto& genre : hit.genres) {
            genres << QString::fromStdString(genre);
        }
        parts << genres.mid(0, 3).join(QStringLiteral(", "));
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant ArtistResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const auto& entry = hits_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return QString::fromStdString(entry.name) + QLatin1Char('\n') + facts(entry);
    case Qt::ToolTipRole: return QString::fromStdString(entry.name);
    case Qt::AccessibleTextRole: return QString::fromStdString(entry.name) + QStringLiteral(", ") + facts(entry);
    case Qt::DecorationRole:
        if (entry.imageUrl) {
            const auto icon = images_.find(QString::fromStdString(*entry.imageUrl));
            if (icon != images_.end()) {
                return *icon;
            }
        }
        return placeholder(); // keeps the picture's place, so rows do not shift when it arrives
    default: return {};
    }
}

void ArtistResultsModel::reset(std::vector<browse::ArtistHit> hits)
{
    beginResetModel();
    hits_ = std::move(hits);
    endResetModel();
}

void ArtistResultsModel::append(std::vector<browse::ArtistHit> hits)
{
    std::set<std::string> listed;
    for (const auto& hit : hits_) {
        listed.insert(hit.spotifyId.empty() ? hit.name : hit.spotifyId);
    }
    std::erase_if(hits, [&listed](const browse::ArtistHit& hit) {
        return listed.contains(hit.spotifyId.empty() ? hit.name : hit.spotifyId);
    });
    if (hits.empty()) {
        return;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(hits.size()) - 1);
    for (auto& hit : hits) {
        hits_.push_back(std::move(hit));
    }
    endInsertRows();
}

void ArtistResultsModel::setImage(const QString& url, const QPixmap& image)
{
    if (image.isNull()) {
        return;
    }
    images_.insert(url, QIcon(squareThumbnail(image, kImageSize)));
    for (int row = 0; row < rowCount(); ++row) {
        const auto& entry = hits_[static_cast<std::size_t>(row)];
        if (entry.imageUrl && QString::fromStdString(*entry.imageUrl) == url) {
            emit dataChanged(index(row), index(row), {Qt::DecorationRole});
        }
    }
}

} // namespace tunescope::ui
