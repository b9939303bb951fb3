<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>GuiApp</name>
    <message>
        <source>Tunescope</source>
        <translation>Tunescope</translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening per local day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>artists</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>tracks</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>albums</source>
        <translation>Alben</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>plays</source>
        <translation>Wiedergaben</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Top %1 by plays</source>
        <translation>Top-%1 nach Wiedergaben</translation>
    </message>
    <message>
        <source>Top %1 by listening time</source>
        <translation>Top-%1 nach Hörzeit</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Plays per %1</source>
        <translation>Wiedergaben pro %1</translation>
    </message>
    <message>
        <source>Listening hours per %1</source>
        <translation>Hörstunden pro %1</translation>
    </message>
    <message>
        <source>When you listen (plays)</source>
        <translation>Wann Sie hören (Wiedergaben)</translation>
    </message>
    <message>
        <source>When you listen (hours)</source>
        <translation>Wann Sie hören (Stunden)</translation>
    </message>
    <message>
        <source>Spotify&apos;s rank of %1 over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from Tunescope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Höhe:</translation>
    </message>
    <message>
        <source>Top artists: plays in A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top artists: hours in A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danceability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acousticness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrumentalness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speechiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 BPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln tracks</source>
        <translation>
            <numerusform>%Ln Titel</numerusform>
            <numerusform>%Ln Titel</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no feature data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · energy %2, valence %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo (BPM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loudness (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 with %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average audio features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 %2:00–%2:59: %2 {1,?}</translation>
    </message>
    <message>
        <source>average (0 to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no %2 data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3, average of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy and valence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valence (sad → happy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (calm → loud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by release year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 %4, average of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genres known for %1 of %2 in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artists not looked up yet, or unknown to MusicBrainz, are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top genres by plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top genres by listening time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of %1 by genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genres per month (share of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>per weekday and hour, local time</source>
        <translation>pro Wochentag und Stunde, Ortszeit</translation>
    </message>
    <message>
        <source>%1: %2 of %3 skipped (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening per day in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening per day, %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15–30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30–60 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 h +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long your listening sessions last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 sessions (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip rate by hour of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:00–%1:59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour the track started (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most skipped artists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New artists and tracks per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new artists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top new artists by plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top new artists by listening time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (first %1 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viral 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3, %4</source>
        <translation>%1 %2:00–%2:59: %4 {1 %2 %3,?}</translation>
    </message>
    <message>
        <source>Most streamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streams (millions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart points (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 on the %3 %4 %5 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the %2 %3 %4 charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>songs on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Spotify Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 (%2): %3 entries added, %4 already known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1: not imported (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chart entries added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold a genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &quot;%1&quot; as (pick a genre or type a name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Files finished before the cancel are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln plays added.</source>
        <translation>
            <numerusform>%Ln Wiedergabe hinzugefügt.</numerusform>
            <numerusform>%Ln Wiedergaben hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files could not be imported; nothing of them was stored. Details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
  %2 rows, %3 added, %4 already known [%5]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
  %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the service&apos;s own address. %1 set in the environment wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of Spotify data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Spotify streaming history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotify export (*.zip *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiobook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genres: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No genres yet&lt;/h2&gt;&lt;p&gt;Spotify no longer tells apps an artist&apos;s genres. Tunescope asks &lt;b&gt;MusicBrainz&lt;/b&gt;, the open music encyclopedia, instead: one artist a second (its rule), the artists you listen to most first. Only the artists&apos; names and Spotify ids are sent.&lt;/p&gt;&lt;p&gt;The charts fill as the genres come in; you can keep using Tunescope meanwhile, and stopping loses nothing.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find genres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Nothing to look into yet&lt;/h2&gt;&lt;p&gt;Insights read your streaming history: your listening sessions, your longest streaks, what you skip, and a calendar of your year in music.&lt;/p&gt;&lt;p&gt;Import the export from Spotify&apos;s privacy page (&lt;b&gt;File › Import&lt;/b&gt;, Ctrl+I), or choose a period with music in it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import my export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar for details</source>
        <translation>Für Details auf einen Balken klicken</translation>
    </message>
    <message>
        <source>%1
%2 plays, %3 h %4 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recap</name>
    <message>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOUR LISTENING RECAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from your streaming history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No music in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another range to see your recap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes of music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top artists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Top new artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>plays</source>
        <comment>the noun under the number</comment>
        <translation>
            <numerusform>Wiedergabe</numerusform>
            <numerusform>Wiedergaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>artists</source>
        <comment>the noun under the number</comment>
        <translation>
            <numerusform>Künstler</numerusform>
            <numerusform>Künstler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpotifySteps</name>
    <message>
        <source>&lt;p&gt;Tunescope talks to Spotify through an app of your own (free, two minutes):&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;https://developer.spotify.com/dashboard&quot;&gt;developer.spotify.com/dashboard&lt;/a&gt;, log in and choose &lt;b&gt;Create app&lt;/b&gt; (any name; tick &lt;i&gt;Web API&lt;/i&gt;).&lt;/li&gt;&lt;li&gt;Add this Redirect URI exactly: &lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Save, open the app&apos;s settings and copy its &lt;b&gt;Client ID&lt;/b&gt; here.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;No client secret is needed. Your login is kept in the system keychain; without one, Tunescope asks before keeping it in a file only you can read.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::AboutDialog</name>
    <message>
        <source>About Tunescope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunescope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening analytics for your Spotify history, on your own computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder with your profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;guide&quot;&gt;Read the guide&lt;/a&gt; (F1): getting your data, logging in, what each page shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libcurl:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the versions above, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ArtistPage</name>
    <message>
        <source>Compare: pin this artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this artist&apos;s features on the charts while you open another (up to three).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your top tracks of this artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>Wiedergaben</translation>
    </message>
    <message>
        <source>&amp;Discography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for an artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name above: artists from your own history show at once, Spotify&apos;s catalogue when you are logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Parts of the discography are not loaded yet (offline or stopped): open the artist again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known from your history only: search Spotify by name to see the discography.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track features need the artist&apos;s discography from Spotify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of your listening time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in your listening history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an artist to see the features of their tracks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ArtistResultsModel</name>
    <message numerus="yes">
        <source>In your history · %Ln plays</source>
        <translation>
            <numerusform>In Ihrem Verlauf · %Ln Wiedergabe</numerusform>
            <numerusform>In Ihrem Verlauf · %Ln Wiedergaben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>In your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Spotify</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln followers</source>
        <translation>
            <numerusform>%Ln Follower</numerusform>
            <numerusform>%Ln Follower</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ArtistSearchWindow</name>
    <message>
        <source>More results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist Search — Tunescope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search artists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. What was loaded is kept; open the artist again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln releases</source>
        <translation>
            <numerusform>%Ln Veröffentlichung</numerusform>
            <numerusform>%Ln Veröffentlichungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::BackgroundSync</name>
    <message numerus="yes">
        <source>systemctl did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>systemctl stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background sync needs systemd, and %1 could not be started on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the Tunescope package to sync in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The background sync timer is masked: `systemctl --user unmask %1` allows it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl could not tell whether background sync is on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background sync is on: Tunescope syncs now and then, also when it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl could not switch background sync on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background sync is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl could not switch background sync off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::CalendarHeatmap</name>
    <message>
        <source>Listening per day over a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: music on %2 of %3 days, %4 in all. Arrow keys read each day.</source>
        <translation>%1: Musik an %2 von %3 Tagen, insgesamt %4. Die Pfeiltasten lesen jeden Tag vor.</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ChartEntriesModel</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artists</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ChartIdentityDialog</name>
    <message>
        <source>Which chart is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names of these files do not say which chart they hold:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Charts downloaded from charts.spotify.com are named like regional-us-weekly-2023-01-05.csv. Say what they are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global, us, United Kingdom, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 200 (with streams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viral 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (a week: its last day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets with region and date columns only need the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Spotify Charts region: use a code like us or global, or a country name in English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ChartImportController</name>
    <message>
        <source>Reading chart files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export this chart as PNG, SVG or CSV, or copy it</source>
        <translation>Dieses Diagramm als PNG, SVG oder CSV exportieren oder kopieren</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Export data as &amp;CSV…</source>
        <translation>Daten als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Show data as &amp;table…</source>
        <translation>Daten als &amp;Tabelle zeigen…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart. Ctrl+T shows its data as a table.</source>
        <translation>Diagramm. Strg+T zeigt seine Daten als Tabelle.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1

Choose another folder or file name and try again.</source>
        <translation>%1

Wählen Sie einen anderen Ordner oder Dateinamen und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ChartTableDialog</name>
    <message>
        <source>Data of “%1”</source>
        <translation>Daten von „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows, as in the CSV export</source>
        <translation>
            <numerusform>%Ln Zeile, wie im CSV-Export</numerusform>
            <numerusform>%Ln Zeilen, wie im CSV-Export</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ChartTasteView</name>
    <message>
        <source>Song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You first played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You played them before they charted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charting songs you never played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of your %2 in this period was songs on the imported %3 charts. You played %4 of their %5 songs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plays</source>
        <translation>Wiedergaben</translation>
    </message>
    <message>
        <source>listening time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ChartsPage</name>
    <message>
        <source>&lt;h3&gt;No Spotify Charts imported yet&lt;/h3&gt;&lt;p&gt;Download chart CSVs from &lt;b&gt;charts.spotify.com&lt;/b&gt; (Charts → a region → the download button), or use the old spotifycharts.com files or a public dataset such as Kaggle&apos;s “Spotify Charts”. Tunescope reads all of them; region and date come from the file name, or you say them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import chart files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart date: only the dates you imported for this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique artists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average streams per song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search track or artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Song over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viral 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln streams</source>
        <translation>
            <numerusform>%Ln Stream</numerusform>
            <numerusform>%Ln Streams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ComparePage</name>
    <message>
        <source>Listening time in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artists in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top artists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No music plays in either period: choose other dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1 compared with A: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ComparePeriodsBar</name>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>What B is compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of period B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of period B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of period A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of period A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with A:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::DetailsPane</name>
    <message>
        <source>Click a bar or a row to see an artist or a track here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln plays</source>
        <translation>
            <numerusform>%Ln Wiedergabe</numerusform>
            <numerusform>%Ln Wiedergaben</numerusform>
        </translation>
    </message>
    <message>
        <source>All time: %1 · %2 h %3 min
First play: %4
Last play: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::DiscographyTree</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released / No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singles and EPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compilations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln tracks</source>
        <translation>
            <numerusform>%Ln Titel</numerusform>
            <numerusform>%Ln Titel</numerusform>
        </translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::EmptyState</name>
    <message>
        <source>&lt;h2&gt;Your listening, on your computer&lt;/h2&gt;&lt;p&gt;Tunescope reads the streaming history Spotify keeps for you. To get it:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;https://www.spotify.com/account/privacy/&quot;&gt;spotify.com/account/privacy&lt;/a&gt; and log in.&lt;/li&gt;&lt;li&gt;Tick &lt;b&gt;Extended streaming history&lt;/b&gt; (your whole account lifetime) and/or &lt;b&gt;Account data&lt;/b&gt; (the last year), and request the data.&lt;/li&gt;&lt;li&gt;Confirm the e-mail. Spotify sends a ZIP, usually within a few days.&lt;/li&gt;&lt;li&gt;Drop the ZIP onto this window, or use &lt;b&gt;File › Import&lt;/b&gt; (Ctrl+I).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Nothing leaves your computer. Meanwhile, look around with the demo profile of an invented listener.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import my export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::FeaturesView</name>
    <message>
        <source>Distribution of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an artist to see the features of their tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: features for %2 of %3 tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::GenreEnrichmentController</name>
    <message>
        <source>Genres: every artist is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genres: %1 of %2 artists looked up, %3 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 from Spotify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 none, %2 names too ambiguous to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 The genres found so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo profile&apos;s artists are made up: there are no genres to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genres could not be looked up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Genre lookup stopped; the genres of %n artist(s) looked up so far are kept.</source>
        <translation>
            <numerusform>Genre-Suche angehalten; die Genres des bisher nachgeschlagenen Künstlers bleiben erhalten.</numerusform>
            <numerusform>Genre-Suche angehalten; die Genres der %n bisher nachgeschlagenen Künstler bleiben erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::GenreLookupStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop looking up genres; what was found is kept, and the next run goes on from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up genres (MusicBrainz, 1 artist a second): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up genres (MusicBrainz, 1 artist a second)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::GenreMappingDialog</name>
    <message>
        <source>&amp;Fold into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit genres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold a genre into another (&quot;alt-rock&quot; into &quot;alternative rock&quot;), rename it or hide it. Every chart and list follows at once. Listening is for all time, shared among each artist&apos;s genres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artists</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>Wiedergaben</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this genre as the source names it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::GenresPage</name>
    <message>
        <source>Edit genres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold, rename or hide genres; every chart follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the genres: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::GuideDialog</name>
    <message>
        <source>Tunescope Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::HeatmapWidget</name>
    <message>
        <source>Listening by weekday and hour</source>
        <translation>Hören nach Wochentag und Stunde</translation>
    </message>
    <message>
        <source>%1 %2:00–%2:59: %3</source>
        <translation>%1 %2:00–%2:59: %3</translation>
    </message>
    <message>
        <source>%1. Arrow keys read the figure of each weekday and hour.</source>
        <translation>%1. Die Pfeiltasten lesen den Wert jedes Wochentags und jeder Stunde vor.</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::HelpActions</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to get your data, log in with Spotify, and what each page shows (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tunescope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::HistoryModel</name>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist / show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track / episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::HistoryPage</name>
    <message>
        <source>Search artist, track or album…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiobooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: played under 30 seconds, or marked skipped in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln plays</source>
        <translation>
            <numerusform>%Ln Wiedergabe</numerusform>
            <numerusform>%Ln Wiedergaben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ImportController</name>
    <message>
        <source>Reading your Spotify export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing file %1 of %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Check that the data folder is writable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the file in progress is being rolled back…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::InsightsPage</name>
    <message>
        <source>Listening sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest one-artist streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On shuffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your listening days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and skips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and on what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podcasts and audiobooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your listening for this period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the insights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries by plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries by listening time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices by plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices by listening time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podcasts %1, audiobooks %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes and chapters heard to the end: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top podcasts by plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top podcasts by listening time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top audiobooks by plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top audiobooks by listening time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gap of 30 min ends one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days with music in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 tracks started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export does not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top new: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracks first heard in their month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::LoginDialog</name>
    <message>
        <source>No system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available. Keep your Spotify login in a file only you can read (%1)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Spotify in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with Spotify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID of your Spotify app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no browser opened, copy this address into one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Client ID of your Spotify app first (step 3 above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunescope could not open a browser. Copy the address above into one and allow access there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in: without a keychain there is nowhere to keep the login. Tunescope will ask again the next time you log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::MainWindow</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Spotify top</source>
        <translation>Spotify-Top</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import files or ZIP…</source>
        <translation>Dateien oder ZIP &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import Spotify &amp;Charts…</source>
        <translation>Spotify-&amp;Charts importieren…</translation>
    </message>
    <message>
        <source>Look up artist &amp;genres (MusicBrainz)</source>
        <translation>&amp;Genres der Künstler nachschlagen (MusicBrainz)</translation>
    </message>
    <message>
        <source>Find the genres of your artists on MusicBrainz, one artist a second, most played first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;demo profile</source>
        <translation>&amp;Demoprofil zeigen</translation>
    </message>
    <message>
        <source>&amp;Export plays…</source>
        <translation>Wiedergaben &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back up profile…</source>
        <translation>Profil &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore profile…</source>
        <translation>Profil &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Spotify top</source>
        <translation>&amp;Spotify-Top</translation>
    </message>
    <message>
        <source>&amp;Genres</source>
        <translation>&amp;Genres</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Charts</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Einblicke</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Ver&amp;gleich</translation>
    </message>
    <message>
        <source>&amp;Query (SQL)</source>
        <translation>Ab&amp;frage (SQL)</translation>
    </message>
    <message>
        <source>&amp;Period…</source>
        <translation>&amp;Zeitraum…</translation>
    </message>
    <message>
        <source>Hours Where I &amp;Listened (Travel-Aware)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours and days in the time zone of the country each play happened in, instead of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Artist Search…</source>
        <translation>&amp;Künstlersuche…</translation>
    </message>
    <message>
        <source>Search artists: discography, track features, your listening (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recap…</source>
        <translation>&amp;Rückblick…</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Tunescope — demo profile (fictional listener)</source>
        <translation>Tunescope — Demoprofil (erfundene Hörerin)</translation>
    </message>
    <message>
        <source>Tunescope</source>
        <translation>Tunescope</translation>
    </message>
    <message>
        <source>Preparing the demo profile…</source>
        <translation>Demoprofil wird vorbereitet…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>the country of each play</source>
        <translation>dem Land der jeweiligen Wiedergabe</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plays in this period · times in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::OverviewPage</name>
    <message>
        <source>Plays</source>
        <translation>Wiedergaben</translation>
    </message>
    <message>
        <source>Listening time</source>
        <translation>Hörzeit</translation>
    </message>
    <message>
        <source>Artists</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Top artist</source>
        <translation>Top-Künstler</translation>
    </message>
    <message>
        <source>Click a bar for details</source>
        <translation>Für Details auf einen Balken klicken</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ProfileDataActions</name>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotify streaming history, re-importable (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting plays to %1
%2 of %3 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting plays to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform>%n Wiedergabe nach %1 geschrieben.</numerusform>
            <numerusform>%n Wiedergaben nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished">Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Back up profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunescope backup (*.tunescope-backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the profile to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile backed up to %1 (without the Spotify login: log in again after restoring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunescope backup (*.tunescope-backup *.tunescope);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the profile “%1” with the backup %2?

Everything in the profile now (plays, Spotify data, genres, charts) is replaced by what the backup holds. The Spotify login is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the profile “%1” from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” restored from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore cancelled; the profile “%1” is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ProfileDeletion</name>
    <message>
        <source>De&amp;lete profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this profile, its plays and its Spotify login from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1” for good?

Lost are its %2 plays, everything synced from Spotify, genres and imported charts: the whole folder
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Its Spotify login is removed as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

This cannot be undone. File › Back up profile… keeps a copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping what runs on the profile “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job on the profile did not stop in time. Nothing was deleted; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the profile “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::QueryPage</name>
    <message>
        <source>SELECT artist, COUNT(*) AS plays FROM v_plays WHERE is_play GROUP BY artist ORDER BY plays DESC LIMIT 10

Ctrl+Return runs it. The views v_plays, v_daily and v_chart_entries are described in docs/query-console.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: nothing you run here can change your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the statement (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the query was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows in %1 ms</source>
        <translation>
            <numerusform>%Ln Zeile in %1 ms</numerusform>
            <numerusform>%Ln Zeilen in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 rows are shown; there are more (add a LIMIT, or aggregate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of numbers to chart in this result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the result as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>%1. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved queries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a query first, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::RangeBar</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>Which period every page shows (Ctrl+R)</source>
        <translation>Welchen Zeitraum alle Seiten zeigen (Strg+R)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>Wiedergaben</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Rank and chart by plays (30 seconds or more)</source>
        <translation>Nach Wiedergaben ordnen (ab 30 Sekunden)</translation>
    </message>
    <message>
        <source>Rank and chart by listening time</source>
        <translation>Nach Hörzeit ordnen</translation>
    </message>
    <message>
        <source>Rank by plays</source>
        <translation>Nach Wiedergaben ordnen</translation>
    </message>
    <message>
        <source>Rank by minutes</source>
        <translation>Nach Minuten ordnen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::RankChangesModel</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1 in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not played in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours in B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::RecapDialog</name>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recap — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait 1080 × 1920 (stories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape 1920 × 1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering your recap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recap could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the poster (%1 × %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the recap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1

Choose another folder or file name and try again.</source>
        <translation>%1

Wählen Sie einen anderen Ordner oder Dateinamen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID of your Spotify app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used the next time you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunescope syncs when it starts and the last sync is older than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotify keeps only your last 50 plays: fetching them often while Tunescope runs loses none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync at start when the last sync is older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch recent plays while running every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced: reach Spotify through a proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts service address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where features and genres come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotify no longer gives new apps audio features or genres. Tunescope asks ReccoBeats for features (free, no account; only Spotify track ids are sent) and MusicBrainz for genres (free, no account; artist names and Spotify artist ids are sent, one request per second at most; a mirror of your own may be faster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReccoBeats address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MusicBrainz address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts service address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReccoBeats address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MusicBrainz address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spotify</source>
        <translation type="unfinished">&amp;Spotify</translation>
    </message>
    <message>
        <source>&amp;Features and genres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray and background sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Tunescope in the system &amp;tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An icon with the time of the last sync, Sync now, Show Tunescope and Quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray right now: the icon appears where there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep syncing in the &amp;background (also when Tunescope is closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A systemd timer runs &quot;tunescope sync --quiet&quot; now and then, also when the window is closed, so none of your last 50 plays is lost between exports. It needs a Spotify login (Spotify › Log in…) and syncs your own profile. Switched at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking systemd whether background sync is on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching background sync on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching background sync off…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::SpotifyActions</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Spotify</source>
        <translation>&amp;Spotify</translation>
    </message>
    <message>
        <source>Logged out of Spotify. Your plays and everything synced stay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Log in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::SpotifyLink</name>
    <message>
        <source>Synced part of your Spotify data (kept). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synced with Spotify: %n new play(s).</source>
        <translation>
            <numerusform>Mit Spotify synchronisiert: %n neue Wiedergabe.</numerusform>
            <numerusform>Mit Spotify synchronisiert: %n neue Wiedergaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo profile is an invented listener and cannot log in to Spotify. Switch to your own profile first (File › Show the demo profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunescope is busy talking to Spotify. Try again when the sync has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotify: not available in the demo profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotify: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotify: not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotify: logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotify asks us to wait until %1. Tunescope tries again after that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::SpotifyStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing with Spotify; what was fetched is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::SpotifyTopModel</name>
    <message>
        <source>Spotify did not send a name for this entry (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotify rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your listening time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::SpotifyTopPage</name>
    <message>
        <source>Artists</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with Spotify and sync to see Spotify&apos;s own top lists here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with Spotify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Spotify&apos;s ranking of %1 · your plays over the same window, %2 – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunescope::ui::TrayMenu</name>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Show &amp;Tunescope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Beenden</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with Spotify first (Spotify › Log in…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunescope</source>
        <translation type="unfinished">Tunescope</translation>
    </message>
    <message>
        <source>Syncing with Spotify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to Spotify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
