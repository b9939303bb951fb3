#include "pages/EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tunescope::ui {

EmptyState::EmptyState(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("emptyStateText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setText(
        tr("<h2>Your listening, on your computer</h2>"
           "<p>Tunescope reads the streaming history Spotify keeps for you. To get it:</p>"
           "<ol><li>Open <a href=\"https://www.spotify.com/account/privacy/\">spotify.com/account/privacy</a> "
           "and log in.</li>"
           "<li>Tick <b>Extended streaming history</b> (your whole account lifetime) and/or "
           "<b>Account data</b> (the last year), and request the data.</li>"
           "<li>Confirm the e-mail. Spotify sends a ZIP, usually within a few days.</li>"
           "<li>Drop the ZIP onto this window, or use <b>File › Import</b> (Ctrl+I).</li></ol>"
           "<p>Nothing leaves your computer. Meanwhile, look around with the demo profile of an "
           "invented listener.</p>"));
    auto* import = new QPushButton(tr("Import my export…"), this);
    import->setObjectName(QStringLiteral("emptyImport"));
    import->setDefault(true);
    auto* demo = new QPushButton(tr("Open the demo"), this);
    demo->setObjectName(QStringLiteral("emptyDemo"));
    connect(import, &QPushButton::clicked, this, &EmptyState::importRequested);
    connect(demo, &QPushButton::clicked, this, &EmptyState::demoRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(import);
    buttons->addWidget(demo);
    buttons->addStretch();
    placeInCentredColumn(this, text, buttons);
}

void placeInCentredColumn(QWidget* host, QWidget* text, QLayout* buttons)
{
    auto* column = new QWidget(host);
    column->setMaximumWidth(640);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(text);
    columnLayout->addLayout(buttons);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 3);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(host);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch();
}

} // namespace tunescope::ui
