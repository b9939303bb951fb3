<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%Ln tracks</source>
        <translation>
            <numerusform>%Ln track</numerusform>
            <numerusform>%Ln tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln plays added.</source>
        <translation>
            <numerusform>%Ln play added.</numerusform>
            <numerusform>%Ln plays added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recap</name>
    <message numerus="yes">
        <source>plays</source>
        <comment>the noun under the number</comment>
        <translation>
            <numerusform>play</numerusform>
            <numerusform>plays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>artists</source>
        <comment>the noun under the number</comment>
        <translation>
            <numerusform>artist</numerusform>
            <numerusform>artists</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ArtistResultsModel</name>
    <message numerus="yes">
        <source>In your history · %Ln plays</source>
        <translation>
            <numerusform>In your history · %Ln play</numerusform>
            <numerusform>In your history · %Ln plays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln followers</source>
        <translation>
            <numerusform>%Ln follower</numerusform>
            <numerusform>%Ln followers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ArtistSearchWindow</name>
    <message numerus="yes">
        <source>%Ln releases</source>
        <translation>
            <numerusform>%Ln release</numerusform>
            <numerusform>%Ln releases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::BackgroundSync</name>
    <message numerus="yes">
        <source>systemctl did not answer within %n second(s).</source>
        <translation>
            <numerusform>systemctl did not answer within %n second.</numerusform>
            <numerusform>systemctl did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ChartTableDialog</name>
    <message numerus="yes">
        <source>%Ln rows, as in the CSV export</source>
        <translation>
            <numerusform>%Ln row, as in the CSV export</numerusform>
            <numerusform>%Ln rows, as in the CSV export</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ChartsPage</name>
    <message numerus="yes">
        <source>%Ln streams</source>
        <translation>
            <numerusform>%Ln stream</numerusform>
            <numerusform>%Ln streams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::DetailsPane</name>
    <message numerus="yes">
        <source>%Ln plays</source>
        <translation>
            <numerusform>%Ln play</numerusform>
            <numerusform>%Ln plays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::DiscographyTree</name>
    <message numerus="yes">
        <source>%Ln tracks</source>
        <translation>
            <numerusform>%Ln track</numerusform>
            <numerusform>%Ln tracks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::GenreEnrichmentController</name>
    <message numerus="yes">
        <source>Genre lookup stopped; the genres of %n artist(s) looked up so far are kept.</source>
        <translation>
            <numerusform>Genre lookup stopped; the genres of the %n artist looked up so far are kept.</numerusform>
            <numerusform>Genre lookup stopped; the genres of %n artists looked up so far are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::HistoryPage</name>
    <message numerus="yes">
        <source>%Ln plays</source>
        <translation>
            <numerusform>%Ln play</numerusform>
            <numerusform>%Ln plays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln plays in this period · times in %1</source>
        <translation>
            <numerusform>%Ln play in this period · times in %1</numerusform>
            <numerusform>%Ln plays in this period · times in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ProfileDataActions</name>
    <message numerus="yes">
        <source>%n play(s) written to %1.</source>
        <translation>
            <numerusform>%n play written to %1.</numerusform>
            <numerusform>%n plays written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::QueryPage</name>
    <message numerus="yes">
        <source>%Ln rows in %1 ms</source>
        <translation>
            <numerusform>%Ln row in %1 ms</numerusform>
            <numerusform>%Ln rows in %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::SpotifyLink</name>
    <message numerus="yes">
        <source>Synced with Spotify: %n new play(s).</source>
        <translation>
            <numerusform>Synced with Spotify: %n new play.</numerusform>
            <numerusform>Synced with Spotify: %n new plays.</numerusform>
        </translation>
    </message>
</context>
</TS>
