#pragma once

#include "browse/ArtistSearch.h"

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>

#include <vector>

namespace tunescope::ui {

// Artist search results: the name over a line of facts (in the user's history with plays and
// hours; Spotify's followers and genres when sent), with the artist's image once it is loaded.
class ArtistResultsModel : public QAbstractListModel {
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;

    void reset(std::vector<browse::ArtistHit> hits);
    void append(std::vector<browse::ArtistHit> hits); // a further page; artists already listed are skipped
    // The picture at `url` for every row showing it, cropped to a square and scaled to kImageSize
    // (an icon never scales a small picture up, so a tiny one would otherwise vanish).
    void setImage(const QString& url, const QPixmap& image);
    [[nodiscard]] const browse::ArtistHit& hit(int row) const { return hits_.at(static_cast<std::size_t>(row)); }
    [[nodiscard]] const std::vector<browse::ArtistHit>& hits() const { return hits_; }

    static constexpr int kImageSize = 48; // the list's picture, in device-independent pixels

    // "In your history · 1,234 plays · 12 h · 1.2 M followers · indie pop, dream pop"
    static QString facts(const browse::ArtistHit& hit);

private:
    std::vector<browse::ArtistHit> hits_;
    QHash<QString, QIcon> images_;
};

} // namespace tunescope::ui
