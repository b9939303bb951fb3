#include "artist/DiscographyTree.h"

#include <QLocale>

#include <map>

namespace tunescope::ui {
namespace {

QString duration(const std::optional<std::int64_t>& ms)
{
    if (!ms) {
        return QStringLiteral("—");
    }
    const auto seconds = (*ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QStandardItem* cell(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

} // namespace

DiscographyTree::DiscographyTree(QObject* parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Title"), tr("Released / No."), tr("Length"), tr("Explicit")});
}

QString DiscographyTree::groupTitle(spotify::AlbumGroup group)
{
    switch (group) {
    case spotify::AlbumGroup::Album: return tr("Albums");
    case spotify::AlbumGroup::Single: return tr("Singles and EPs");
    case spotify::AlbumGroup::Compilation: return tr("Compilations");
    case spotify::AlbumGroup::AppearsOn: return tr("Appears on");
    }
    return {};
}

void DiscographyTree::show(const browse::Discography& discography)
{
    removeRows(0, rowCount());
    std::map<spotify::AlbumGroup, QStandardItem*> groups;
    for (const auto& release : discography.releases) {
        auto& group = groups[release.group];
        if (group == nullptr) {
            group = cell(groupTitle(release.group));
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            appendRow({group, cell({}), cell({}), cell({})});
        }
        auto* title = cell(QString::fromStdString(release.name));
        title->setToolTip(QString::fromStdString(release.name));
        const QString tracks = !release.totalTracks ? QString() : tr("%Ln tracks", nullptr, *release.totalTracks);
        group->appendRow({title, cell(QString::fromStdString(release.releaseDate)), cell(tracks), cell({})});
        for (const auto& track : release.tracks) {
            auto* name = cell(QString::fromStdString(track.name));
            name->setToolTip(QString::fromStdString(track.name));
            const QString number = release.tracks.back().discNumber > 1
                                       ? QStringLiteral("%1-%2").arg(track.discNumber).arg(track.trackNumber)
                                       : QString::number(track.trackNumber);
            const QString explicitFlag =
                track.explicitContent ? (*track.explicitContent ? tr("E") : QString()) : QStringLiteral("?");
            title->appendRow({name, cell(number), cell(duration(track.durationMs)), cell(explicitFlag)});
        }
        // The group's count follows the releases in it.
        group->setText(groupTitle(release.group) + QStringLiteral(" (%1)").arg(group->rowCount()));
    }
}

} // namespace tunescope::ui
