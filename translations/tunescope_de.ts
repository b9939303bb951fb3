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
        <translation>keine</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>listening per local day</source>
        <translation>Hören pro Tag (Ortszeit)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no music</source>
        <translation>keine Musik</translation>
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
        <translation>Spotify-Rang von %1 im Zeitverlauf</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported from Tunescope</source>
        <translation>Aus Tunescope exportiert</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
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
        <translation>Top-Künstler: Wiedergaben in A und B</translation>
    </message>
    <message>
        <source>Top artists: hours in A and B</source>
        <translation>Top-Künstler: Stunden in A und B</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Danceability</source>
        <translation>Tanzbarkeit</translation>
    </message>
    <message>
        <source>Valence</source>
        <translation>Valenz</translation>
    </message>
    <message>
        <source>Acousticness</source>
        <translation>Akustik</translation>
    </message>
    <message>
        <source>Instrumentalness</source>
        <translation>Instrumentalität</translation>
    </message>
    <message>
        <source>Speechiness</source>
        <translation>Sprachanteil</translation>
    </message>
    <message>
        <source>Liveness</source>
        <translation>Live-Anteil</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 BPM</source>
        <translation>%1 BPM</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
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
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 tracks</source>
        <translation>%1 von %2 Titeln</translation>
    </message>
    <message>
        <source>%1 · no feature data yet</source>
        <translation>%1 · noch keine Merkmalsdaten</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> vs. </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>%1 · energy %2, valence %3</source>
        <translation>%1 · Energie %2, Valenz %3</translation>
    </message>
    <message>
        <source>Tempo (BPM)</source>
        <translation>Tempo (BPM)</translation>
    </message>
    <message>
        <source>Loudness (dB)</source>
        <translation>Lautheit (dB)</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Dauer (min)</translation>
    </message>
    <message>
        <source>%1 distribution</source>
        <translation>Verteilung: %1</translation>
    </message>
    <message>
        <source>%1: %2 with %3 %4</source>
        <translation>%1: %2 mit %3 %4</translation>
    </message>
    <message>
        <source>Average audio features</source>
        <translation>Durchschnittliche Audiomerkmale</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>average (0 to 1)</source>
        <translation>Durchschnitt (0 bis 1)</translation>
    </message>
    <message>
        <source>%1: no %2 data</source>
        <translation>%1: keine Daten zu %2</translation>
    </message>
    <message>
        <source>%1: %2 %3, average of %4</source>
        <translation>%1: %2 %3, Durchschnitt aus %4</translation>
    </message>
    <message>
        <source>Energy and valence</source>
        <translation>Energie und Valenz</translation>
    </message>
    <message>
        <source>Valence (sad → happy)</source>
        <translation>Valenz (traurig → fröhlich)</translation>
    </message>
    <message>
        <source>Energy (calm → loud)</source>
        <translation>Energie (ruhig → laut)</translation>
    </message>
    <message>
        <source>%1 by release year</source>
        <translation>%1 nach Erscheinungsjahr</translation>
    </message>
    <message>
        <source>release year</source>
        <translation>Erscheinungsjahr</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4, average of %5</source>
        <translation>%1, %2: %3 %4, Durchschnitt aus %5</translation>
    </message>
    <message>
        <source>listening time</source>
        <translation>Hörzeit</translation>
    </message>
    <message>
        <source>Genres known for %1 of %2 in this period.</source>
        <translation>Genres bekannt für %1 der %2 in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Artists not looked up yet, or unknown to MusicBrainz, are left out.</source>
        <translation>Noch nicht nachgeschlagene oder MusicBrainz unbekannte Künstler sind nicht enthalten.</translation>
    </message>
    <message>
        <source>Top genres by plays</source>
        <translation>Top-Genres nach Wiedergaben</translation>
    </message>
    <message>
        <source>Top genres by listening time</source>
        <translation>Top-Genres nach Hörzeit</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Share of %1 by genre</source>
        <translation>Anteil der %1 nach Genre</translation>
    </message>
    <message>
        <source>Genres per month (share of %1)</source>
        <translation>Genres pro Monat (Anteil der %1)</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
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
        <translation>%1: %2 von %3 übersprungen (%4)</translation>
    </message>
    <message>
        <source>Listening per day in %1</source>
        <translation>Hören pro Tag in %1</translation>
    </message>
    <message>
        <source>Listening per day, %1 – %2</source>
        <translation>Hören pro Tag, %1 – %2</translation>
    </message>
    <message>
        <source>0–15 min</source>
        <translation>0–15 min</translation>
    </message>
    <message>
        <source>15–30 min</source>
        <translation>15–30 min</translation>
    </message>
    <message>
        <source>30–60 min</source>
        <translation>30–60 min</translation>
    </message>
    <message>
        <source>1–2 h</source>
        <translation>1–2 h</translation>
    </message>
    <message>
        <source>2–4 h</source>
        <translation>2–4 h</translation>
    </message>
    <message>
        <source>4 h +</source>
        <translation>4 h +</translation>
    </message>
    <message>
        <source>How long your listening sessions last</source>
        <translation>Wie lange Ihre Hörsitzungen dauern</translation>
    </message>
    <message>
        <source>%1: %2 sessions (%3)</source>
        <translation>%1: %2 Sitzungen (%3)</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Skip rate by hour of day</source>
        <translation>Überspringrate nach Tageszeit</translation>
    </message>
    <message>
        <source>%1:00–%1:59</source>
        <translation>%1:00–%1:59</translation>
    </message>
    <message>
        <source>skipped (%)</source>
        <translation>übersprungen (%)</translation>
    </message>
    <message>
        <source>hour the track started (local time)</source>
        <translation>Startstunde des Titels (Ortszeit)</translation>
    </message>
    <message>
        <source>Most skipped artists</source>
        <translation>Am häufigsten übersprungene Künstler</translation>
    </message>
    <message>
        <source>New artists and tracks per month</source>
        <translation>Neue Künstler und Titel pro Monat</translation>
    </message>
    <message>
        <source>new artists</source>
        <translation>neue Künstler</translation>
    </message>
    <message>
        <source>new tracks</source>
        <translation>neue Titel</translation>
    </message>
    <message>
        <source>first played</source>
        <translation>zuerst gehört</translation>
    </message>
    <message>
        <source>Top new artists by plays</source>
        <translation>Neue Top-Künstler nach Wiedergaben</translation>
    </message>
    <message>
        <source>Top new artists by listening time</source>
        <translation>Neue Top-Künstler nach Hörzeit</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source> (first %1 rows)</source>
        <translation> (erste %1 Zeilen)</translation>
    </message>
    <message>
        <source>viral 50</source>
        <translation>Viral 50</translation>
    </message>
    <message>
        <source>top 200</source>
        <translation>Top 200</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>chart date</source>
        <translation>Chartdatum</translation>
    </message>
    <message>
        <source>%1 %2 %3, %4</source>
        <translation>%1 %3 %2, %4</translation>
    </message>
    <message>
        <source>Most streamed: %1</source>
        <translation>Meistgestreamt: %1</translation>
    </message>
    <message>
        <source>Top of the chart: %1</source>
        <translation>Spitze der Charts: %1</translation>
    </message>
    <message>
        <source>streams (millions)</source>
        <translation>Streams (Millionen)</translation>
    </message>
    <message>
        <source>chart points (higher is better)</source>
        <translation>Chartpunkte (höher ist besser)</translation>
    </message>
    <message>
        <source>%1 — %2 on the %3 %4 %5 chart</source>
        <translation>%1 — %2 in den Charts %3 %5 %4</translation>
    </message>
    <message>
        <source>%1 on the %2 %3 %4 charts</source>
        <translation>%1 in den Charts %2 %4 %3</translation>
    </message>
    <message>
        <source>best rank</source>
        <translation>bester Rang</translation>
    </message>
    <message>
        <source>songs on the chart</source>
        <translation>Songs in den Charts</translation>
    </message>
    <message>
        <source>Import Spotify Charts</source>
        <translation>Spotify-Charts importieren</translation>
    </message>
    <message>
        <source>Chart files (*.csv);;All files (*)</source>
        <translation>Chartdateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Charts imported</source>
        <translation>Charts importiert</translation>
    </message>
    <message>
        <source>✓ %1 (%2): %3 entries added, %4 already known</source>
        <translation>✓ %1 (%2): %3 Einträge hinzugefügt, %4 bereits bekannt</translation>
    </message>
    <message>
        <source>… %1: not imported (cancelled)</source>
        <translation>… %1: nicht importiert (abgebrochen)</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>%1 chart entries added.</source>
        <translation>%1 Chart-Einträge hinzugefügt.</translation>
    </message>
    <message>
        <source>Fold a genre</source>
        <translation>Genre zusammenführen</translation>
    </message>
    <message>
        <source>Show &quot;%1&quot; as (pick a genre or type a name):</source>
        <translation>„%1“ anzeigen als (Genre wählen oder Namen eingeben):</translation>
    </message>
    <message>
        <source>Rename a genre</source>
        <translation>Genre umbenennen</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import cancelled. Files finished before the cancel are kept.</source>
        <translation>Import abgebrochen. Vor dem Abbruch fertige Dateien bleiben erhalten.</translation>
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
        <translation>Einige Dateien konnten nicht importiert werden; von ihnen wurde nichts gespeichert. Details unten.</translation>
    </message>
    <message>
        <source>Details below.</source>
        <translation>Details unten.</translation>
    </message>
    <message>
        <source>%1
  %2 rows, %3 added, %4 already known [%5]</source>
        <translation>%1
  %2 Zeilen, %3 hinzugefügt, %4 bereits bekannt [%5]</translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>%1
  %2: %3</source>
        <translation>%1
  %2: %3</translation>
    </message>
    <message>
        <source>Leave empty for the service&apos;s own address. %1 set in the environment wins.</source>
        <translation>Leer lassen für die eigene Adresse des Dienstes. Ein in der Umgebung gesetztes %1 hat Vorrang.</translation>
    </message>
    <message>
        <source>Import a folder of Spotify data</source>
        <translation>Ordner mit Spotify-Daten importieren</translation>
    </message>
    <message>
        <source>Import Spotify streaming history</source>
        <translation>Spotify-Streamingverlauf importieren</translation>
    </message>
    <message>
        <source>Spotify export (*.zip *.json);;All files (*)</source>
        <translation>Spotify-Export (*.zip *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <source>Podcast</source>
        <translation>Podcast</translation>
    </message>
    <message>
        <source>Audiobook</source>
        <translation>Hörbuch</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>none in A</source>
        <translation>keine in A</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Genres: %1</source>
        <translation>Genres: %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No genres yet&lt;/h2&gt;&lt;p&gt;Spotify no longer tells apps an artist&apos;s genres. Tunescope asks &lt;b&gt;MusicBrainz&lt;/b&gt;, the open music encyclopedia, instead: one artist a second (its rule), the artists you listen to most first. Only the artists&apos; names and Spotify ids are sent.&lt;/p&gt;&lt;p&gt;The charts fill as the genres come in; you can keep using Tunescope meanwhile, and stopping loses nothing.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch keine Genres&lt;/h2&gt;&lt;p&gt;Spotify teilt Apps die Genres von Künstlern nicht mehr mit. Tunescope fragt stattdessen &lt;b&gt;MusicBrainz&lt;/b&gt;, die offene Musik-Enzyklopädie: ein Künstler pro Sekunde (deren Regel), die meistgehörten Künstler zuerst. Gesendet werden nur die Namen und Spotify-IDs der Künstler.&lt;/p&gt;&lt;p&gt;Die Diagramme füllen sich, während die Genres eintreffen; Sie können Tunescope währenddessen weiter benutzen, und beim Anhalten geht nichts verloren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Find genres</source>
        <translation>Genres suchen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Nothing to look into yet&lt;/h2&gt;&lt;p&gt;Insights read your streaming history: your listening sessions, your longest streaks, what you skip, and a calendar of your year in music.&lt;/p&gt;&lt;p&gt;Import the export from Spotify&apos;s privacy page (&lt;b&gt;File › Import&lt;/b&gt;, Ctrl+I), or choose a period with music in it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch nichts zu entdecken&lt;/h2&gt;&lt;p&gt;Einblicke lesen Ihren Streamingverlauf: Ihre Hörsitzungen, Ihre längsten Serien, was Sie überspringen, und einen Kalender Ihres Musikjahres.&lt;/p&gt;&lt;p&gt;Importieren Sie den Export von Spotifys Datenschutzseite (&lt;b&gt;Datei › Importieren&lt;/b&gt;, Ctrl+I) oder wählen Sie einen Zeitraum mit Musik.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import my export…</source>
        <translation>Meinen Export importieren…</translation>
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
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Click a bar for details</source>
        <translation>Für Details auf einen Balken klicken</translation>
    </message>
    <message>
        <source>%1
%2 plays, %3 h %4 min</source>
        <translation>%1
%2 Wiedergaben, %3 Std. %4 Min.</translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>Abfrage speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>tempo</source>
        <comment>feature name inside a sentence</comment>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>energy</source>
        <comment>feature name inside a sentence</comment>
        <translation>Energie</translation>
    </message>
    <message>
        <source>danceability</source>
        <comment>feature name inside a sentence</comment>
        <translation>Tanzbarkeit</translation>
    </message>
    <message>
        <source>valence</source>
        <comment>feature name inside a sentence</comment>
        <translation>Valenz</translation>
    </message>
    <message>
        <source>acousticness</source>
        <comment>feature name inside a sentence</comment>
        <translation>Akustik</translation>
    </message>
    <message>
        <source>instrumentalness</source>
        <comment>feature name inside a sentence</comment>
        <translation>Instrumentalität</translation>
    </message>
    <message>
        <source>speechiness</source>
        <comment>feature name inside a sentence</comment>
        <translation>Sprachanteil</translation>
    </message>
    <message>
        <source>liveness</source>
        <comment>feature name inside a sentence</comment>
        <translation>Live-Anteil</translation>
    </message>
    <message>
        <source>loudness</source>
        <comment>feature name inside a sentence</comment>
        <translation>Lautheit</translation>
    </message>
    <message>
        <source>duration</source>
        <comment>feature name inside a sentence</comment>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>Recap</name>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>YOUR LISTENING RECAP</source>
        <translation>IHR MUSIK-RÜCKBLICK</translation>
    </message>
    <message>
        <source>made from your streaming history</source>
        <translation>aus Ihrem Streamingverlauf erstellt</translation>
    </message>
    <message>
        <source>No music in this period</source>
        <translation>Keine Musik in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Choose another range to see your recap.</source>
        <translation>Wählen Sie einen anderen Zeitraum für Ihren Rückblick.</translation>
    </message>
    <message>
        <source>day streak</source>
        <translation>Tage in Folge</translation>
    </message>
    <message>
        <source>minutes of music</source>
        <translation>Minuten Musik</translation>
    </message>
    <message>
        <source>Top artists</source>
        <translation>Top-Künstler</translation>
    </message>
    <message>
        <source>Top tracks</source>
        <translation>Top-Titel</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Top new artist</source>
        <translation>Neuer Top-Künstler</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Längste Serie</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Bis %1</translation>
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
        <translation>&lt;p&gt;Tunescope spricht mit Spotify über eine eigene App (kostenlos, zwei Minuten):&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Öffnen Sie &lt;a href=&quot;https://developer.spotify.com/dashboard&quot;&gt;developer.spotify.com/dashboard&lt;/a&gt;, melden Sie sich an und wählen Sie &lt;b&gt;Create app&lt;/b&gt; (beliebiger Name; &lt;i&gt;Web API&lt;/i&gt; ankreuzen).&lt;/li&gt;&lt;li&gt;Fügen Sie genau diese Redirect URI hinzu: &lt;b&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Speichern Sie, öffnen Sie die Einstellungen der App und kopieren Sie ihre &lt;b&gt;Client ID&lt;/b&gt; hierher.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ein Client Secret ist nicht nötig. Ihre Anmeldung wird im System-Schlüsselbund gespeichert; ohne einen fragt Tunescope, bevor es sie in einer Datei speichert, die nur Sie lesen können.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::AboutDialog</name>
    <message>
        <source>About Tunescope</source>
        <translation>Über Tunescope</translation>
    </message>
    <message>
        <source>Tunescope %1</source>
        <translation>Tunescope %1</translation>
    </message>
    <message>
        <source>Listening analytics for your Spotify history, on your own computer.</source>
        <translation>Hörstatistiken für Ihren Spotify-Verlauf, auf Ihrem eigenen Computer.</translation>
    </message>
    <message>
        <source>Open the folder with your profiles</source>
        <translation>Ordner mit Ihren Profilen öffnen</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;guide&quot;&gt;Read the guide&lt;/a&gt; (F1): getting your data, logging in, what each page shows.</source>
        <translation>&lt;a href=&quot;guide&quot;&gt;Anleitung lesen&lt;/a&gt; (F1): Daten beschaffen, anmelden, was jede Seite zeigt.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>libcurl:</source>
        <translation>libcurl:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>%1 License</source>
        <translation>%1-Lizenz</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the versions above, for a bug report</source>
        <translation>Die obigen Versionen für einen Fehlerbericht kopieren</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ArtistPage</name>
    <message>
        <source>Compare: pin this artist</source>
        <translation>Vergleichen: Künstler anheften</translation>
    </message>
    <message>
        <source>Clear comparison</source>
        <translation>Vergleich aufheben</translation>
    </message>
    <message>
        <source>Keep this artist&apos;s features on the charts while you open another (up to three).</source>
        <translation>Die Merkmale dieses Künstlers in den Diagrammen behalten, während Sie einen anderen öffnen (bis zu drei).</translation>
    </message>
    <message>
        <source>Your top tracks of this artist</source>
        <translation>Ihre Top-Titel dieses Künstlers</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>Wiedergaben</translation>
    </message>
    <message>
        <source>&amp;Discography</source>
        <translation>&amp;Diskografie</translation>
    </message>
    <message>
        <source>&amp;Features</source>
        <translation>&amp;Merkmale</translation>
    </message>
    <message>
        <source>&amp;Your listening</source>
        <translation>&amp;Ihr Hören</translation>
    </message>
    <message>
        <source>Search for an artist</source>
        <translation>Nach einem Künstler suchen</translation>
    </message>
    <message>
        <source>Type a name above: artists from your own history show at once, Spotify&apos;s catalogue when you are logged in.</source>
        <translation>Oben einen Namen eingeben: Künstler aus Ihrem Verlauf erscheinen sofort, Spotifys Katalog, wenn Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Parts of the discography are not loaded yet (offline or stopped): open the artist again to finish.</source>
        <translation>Teile der Diskografie sind noch nicht geladen (offline oder angehalten): Öffnen Sie den Künstler erneut, um sie fertig zu laden.</translation>
    </message>
    <message>
        <source>Known from your history only: search Spotify by name to see the discography.</source>
        <translation>Nur aus Ihrem Verlauf bekannt: Suchen Sie auf Spotify nach dem Namen, um die Diskografie zu sehen.</translation>
    </message>
    <message>
        <source>Track features: %1</source>
        <translation>Titelmerkmale: %1</translation>
    </message>
    <message>
        <source>Track features need the artist&apos;s discography from Spotify.</source>
        <translation>Titelmerkmale brauchen die Diskografie des Künstlers von Spotify.</translation>
    </message>
    <message>
        <source>%1 of your listening time</source>
        <translation>%1 Ihrer Hörzeit</translation>
    </message>
    <message>
        <source>Not in your listening history yet.</source>
        <translation>Noch nicht in Ihrem Hörverlauf.</translation>
    </message>
    <message>
        <source>Open an artist to see the features of their tracks.</source>
        <translation>Öffnen Sie einen Künstler, um die Merkmale seiner Titel zu sehen.</translation>
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
        <translation>In Ihrem Verlauf</translation>
    </message>
    <message>
        <source>On Spotify</source>
        <translation>Auf Spotify</translation>
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
        <translation>Weitere Ergebnisse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Artist Search — Tunescope</source>
        <translation>Künstlersuche — Tunescope</translation>
    </message>
    <message>
        <source>Search artists…</source>
        <translation>Künstler suchen…</translation>
    </message>
    <message>
        <source>Stopped. What was loaded is kept; open the artist again to go on.</source>
        <translation>Angehalten. Geladenes bleibt erhalten; öffnen Sie den Künstler erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
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
        <translation>
            <numerusform>systemctl hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>systemctl hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>systemctl stopped unexpectedly.</source>
        <translation>systemctl wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>Background sync needs systemd, and %1 could not be started on this computer.</source>
        <translation>Hintergrund-Synchronisierung braucht systemd, und %1 konnte auf diesem Computer nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Install the Tunescope package to sync in the background.</source>
        <translation>Installieren Sie das Tunescope-Paket, um im Hintergrund zu synchronisieren.</translation>
    </message>
    <message>
        <source>The background sync timer is masked: `systemctl --user unmask %1` allows it again.</source>
        <translation>Der Timer der Hintergrund-Synchronisierung ist maskiert: `systemctl --user unmask %1` gibt ihn wieder frei.</translation>
    </message>
    <message>
        <source>systemctl could not tell whether background sync is on: %1</source>
        <translation>systemctl konnte nicht feststellen, ob die Hintergrund-Synchronisierung an ist: %1</translation>
    </message>
    <message>
        <source>Background sync is on: Tunescope syncs now and then, also when it is closed.</source>
        <translation>Hintergrund-Synchronisierung ist an: Tunescope synchronisiert ab und zu, auch wenn es geschlossen ist.</translation>
    </message>
    <message>
        <source>systemctl could not switch background sync on: %1</source>
        <translation>systemctl konnte die Hintergrund-Synchronisierung nicht einschalten: %1</translation>
    </message>
    <message>
        <source>Background sync is off.</source>
        <translation>Hintergrund-Synchronisierung ist aus.</translation>
    </message>
    <message>
        <source>systemctl could not switch background sync off: %1</source>
        <translation>systemctl konnte die Hintergrund-Synchronisierung nicht ausschalten: %1</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::CalendarHeatmap</name>
    <message>
        <source>Listening per day over a year</source>
        <translation>Hören pro Tag über ein Jahr</translation>
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
        <translation>Rang</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Artists</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ChartIdentityDialog</name>
    <message>
        <source>Which chart is this?</source>
        <translation>Welche Charts sind das?</translation>
    </message>
    <message>
        <source>The names of these files do not say which chart they hold:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Charts downloaded from charts.spotify.com are named like regional-us-weekly-2023-01-05.csv. Say what they are:</source>
        <translation>Die Namen dieser Dateien verraten nicht, welche Charts sie enthalten:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Von charts.spotify.com geladene Charts heißen etwa regional-us-weekly-2023-01-05.csv. Geben Sie an, was sie sind:</translation>
    </message>
    <message>
        <source>global, us, United Kingdom, …</source>
        <translation>global, us, United Kingdom, …</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Top 200 (with streams)</source>
        <translation>Top 200 (mit Streams)</translation>
    </message>
    <message>
        <source>Viral 50</source>
        <translation>Viral 50</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Charts:</translation>
    </message>
    <message>
        <source>Date (a week: its last day):</source>
        <translation>Datum (bei einer Woche: ihr letzter Tag):</translation>
    </message>
    <message>
        <source>Datasets with region and date columns only need the period.</source>
        <translation>Datensätze mit Spalten für Region und Datum brauchen nur den Zeitraum.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>“%1” is not a Spotify Charts region: use a code like us or global, or a country name in English.</source>
        <translation>„%1“ ist keine Region der Spotify Charts: Verwenden Sie einen Code wie us oder global oder einen Ländernamen auf Englisch.</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ChartImportController</name>
    <message>
        <source>Reading chart files…</source>
        <translation>Chartdateien werden gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Importing charts</source>
        <translation>Charts werden importiert</translation>
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
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Chart. Ctrl+T shows its data as a table.</source>
        <translation>Diagramm. Ctrl+T zeigt seine Daten als Tabelle.</translation>
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
        <translation>Song</translation>
    </message>
    <message>
        <source>You first played</source>
        <translation>Zuerst gehört</translation>
    </message>
    <message>
        <source>Charted</source>
        <translation>Chart-Einstieg</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Tage Vorsprung</translation>
    </message>
    <message>
        <source>Best rank</source>
        <translation>Bester Rang</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>You played them before they charted</source>
        <translation>Sie hörten sie, bevor sie in die Charts kamen</translation>
    </message>
    <message>
        <source>Charting songs you never played</source>
        <translation>Chart-Songs, die Sie nie gehört haben</translation>
    </message>
    <message>
        <source>%1% of your %2 in this period was songs on the imported %3 charts. You played %4 of their %5 songs.</source>
        <translation>%1% Ihrer %2 in diesem Zeitraum entfielen auf Songs der importierten %3-Charts. Sie haben %4 ihrer %5 Songs gehört.</translation>
    </message>
    <message>
        <source>plays</source>
        <translation>Wiedergaben</translation>
    </message>
    <message>
        <source>listening time</source>
        <translation>Hörzeit</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ChartsPage</name>
    <message>
        <source>&lt;h3&gt;No Spotify Charts imported yet&lt;/h3&gt;&lt;p&gt;Download chart CSVs from &lt;b&gt;charts.spotify.com&lt;/b&gt; (Charts → a region → the download button), or use the old spotifycharts.com files or a public dataset such as Kaggle&apos;s “Spotify Charts”. Tunescope reads all of them; region and date come from the file name, or you say them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Spotify-Charts importiert&lt;/h3&gt;&lt;p&gt;Laden Sie Chart-CSVs von &lt;b&gt;charts.spotify.com&lt;/b&gt; herunter (Charts → eine Region → die Download-Schaltfläche) oder verwenden Sie die alten Dateien von spotifycharts.com oder einen öffentlichen Datensatz wie Kaggles „Spotify Charts“. Tunescope liest sie alle; Region und Datum stammen aus dem Dateinamen, oder Sie geben sie an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import chart files…</source>
        <translation>Chartdateien importieren…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Chart date: only the dates you imported for this region</source>
        <translation>Chartdatum: nur die für diese Region importierten Daten</translation>
    </message>
    <message>
        <source>Import charts…</source>
        <translation>Charts importieren…</translation>
    </message>
    <message>
        <source>Total streams</source>
        <translation>Streams gesamt</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Unique artists</source>
        <translation>Verschiedene Künstler</translation>
    </message>
    <message>
        <source>Average streams per song</source>
        <translation>Ø Streams pro Song</translation>
    </message>
    <message>
        <source>Top song</source>
        <translation>Top-Song</translation>
    </message>
    <message>
        <source>Search track or artist</source>
        <translation>Titel oder Künstler suchen</translation>
    </message>
    <message>
        <source>Song over time</source>
        <translation>Song im Zeitverlauf</translation>
    </message>
    <message>
        <source>Artist over time</source>
        <translation>Künstler im Zeitverlauf</translation>
    </message>
    <message>
        <source>You and the charts</source>
        <translation>Sie und die Charts</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Viral 50</source>
        <translation>Viral 50</translation>
    </message>
    <message>
        <source>Top 200</source>
        <translation>Top 200</translation>
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
        <translation>Hörzeit in B</translation>
    </message>
    <message>
        <source>Plays in B</source>
        <translation>Wiedergaben in B</translation>
    </message>
    <message>
        <source>Artists in B</source>
        <translation>Künstler in B</translation>
    </message>
    <message>
        <source>Tracks in B</source>
        <translation>Titel in B</translation>
    </message>
    <message>
        <source>Top artists</source>
        <translation>Top-Künstler</translation>
    </message>
    <message>
        <source>Top tracks</source>
        <translation>Top-Titel</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>No music plays in either period: choose other dates.</source>
        <translation>In keinem der Zeiträume wurde Musik gespielt: Wählen Sie andere Daten.</translation>
    </message>
    <message>
        <source>B: %1 compared with A: %2</source>
        <translation>B: %1 verglichen mit A: %2</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ComparePeriodsBar</name>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Gleicher Zeitraum im Vorjahr</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>What B is compared with</source>
        <translation>Womit B verglichen wird</translation>
    </message>
    <message>
        <source>Period A</source>
        <translation>Zeitraum A</translation>
    </message>
    <message>
        <source>First day of period B</source>
        <translation>Erster Tag von Zeitraum B</translation>
    </message>
    <message>
        <source>Last day of period B</source>
        <translation>Letzter Tag von Zeitraum B</translation>
    </message>
    <message>
        <source>First day of period A</source>
        <translation>Erster Tag von Zeitraum A</translation>
    </message>
    <message>
        <source>Last day of period A</source>
        <translation>Letzter Tag von Zeitraum A</translation>
    </message>
    <message>
        <source>Compare B:</source>
        <translation>B vergleichen:</translation>
    </message>
    <message>
        <source>with A:</source>
        <translation>mit A:</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::DetailsPane</name>
    <message>
        <source>Click a bar or a row to see an artist or a track here.</source>
        <translation>Auf einen Balken oder eine Zeile klicken, um hier einen Künstler oder Titel zu sehen.</translation>
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
        <translation>Gesamter Zeitraum: %1 · %2 Std. %3 Min.
Erste Wiedergabe: %4
Letzte Wiedergabe: %5</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::DiscographyTree</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Released / No.</source>
        <translation>Erschienen / Nr.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Explicit</source>
        <translation>Explizit</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Alben</translation>
    </message>
    <message>
        <source>Singles and EPs</source>
        <translation>Singles und EPs</translation>
    </message>
    <message>
        <source>Compilations</source>
        <translation>Kompilationen</translation>
    </message>
    <message>
        <source>Appears on</source>
        <translation>Enthalten auf</translation>
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
        <translation>E</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::EmptyState</name>
    <message>
        <source>&lt;h2&gt;Your listening, on your computer&lt;/h2&gt;&lt;p&gt;Tunescope reads the streaming history Spotify keeps for you. To get it:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open &lt;a href=&quot;https://www.spotify.com/account/privacy/&quot;&gt;spotify.com/account/privacy&lt;/a&gt; and log in.&lt;/li&gt;&lt;li&gt;Tick &lt;b&gt;Extended streaming history&lt;/b&gt; (your whole account lifetime) and/or &lt;b&gt;Account data&lt;/b&gt; (the last year), and request the data.&lt;/li&gt;&lt;li&gt;Confirm the e-mail. Spotify sends a ZIP, usually within a few days.&lt;/li&gt;&lt;li&gt;Drop the ZIP onto this window, or use &lt;b&gt;File › Import&lt;/b&gt; (Ctrl+I).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Nothing leaves your computer. Meanwhile, look around with the demo profile of an invented listener.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ihr Hören, auf Ihrem Computer&lt;/h2&gt;&lt;p&gt;Tunescope liest den Streamingverlauf, den Spotify für Sie speichert. So bekommen Sie ihn:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Öffnen Sie &lt;a href=&quot;https://www.spotify.com/account/privacy/&quot;&gt;spotify.com/account/privacy&lt;/a&gt; und melden Sie sich an.&lt;/li&gt;&lt;li&gt;Kreuzen Sie &lt;b&gt;Erweiterter Streamingverlauf&lt;/b&gt; (die gesamte Laufzeit Ihres Kontos) und/oder &lt;b&gt;Kontodaten&lt;/b&gt; (das letzte Jahr) an und fordern Sie die Daten an.&lt;/li&gt;&lt;li&gt;Bestätigen Sie die E-Mail. Spotify schickt ein ZIP, meist innerhalb weniger Tage.&lt;/li&gt;&lt;li&gt;Ziehen Sie das ZIP auf dieses Fenster oder verwenden Sie &lt;b&gt;Datei › Importieren&lt;/b&gt; (Ctrl+I).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Nichts verlässt Ihren Computer. Sehen Sie sich inzwischen mit dem Demoprofil einer erfundenen Hörerin um.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import my export…</source>
        <translation>Meinen Export importieren…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::FeaturesView</name>
    <message>
        <source>Distribution of:</source>
        <translation>Verteilung von:</translation>
    </message>
    <message>
        <source>Over the years:</source>
        <translation>Über die Jahre:</translation>
    </message>
    <message>
        <source>Open an artist to see the features of their tracks.</source>
        <translation>Öffnen Sie einen Künstler, um die Merkmale seiner Titel zu sehen.</translation>
    </message>
    <message>
        <source>%1: features for %2 of %3 tracks</source>
        <translation>%1: Merkmale für %2 von %3 Titeln</translation>
    </message>
    <message>
        <source> · Source: %1</source>
        <translation> · Quelle: %1</translation>
    </message>
    <message>
        <source> · Sources: %1</source>
        <translation> · Quellen: %1</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::GenreEnrichmentController</name>
    <message>
        <source>Genres: every artist is up to date.</source>
        <translation>Genres: Alle Künstler sind aktuell.</translation>
    </message>
    <message>
        <source>Genres: %1 of %2 artists looked up, %3 found</source>
        <translation>Genres: %1 von %2 Künstlern nachgeschlagen, %3 gefunden</translation>
    </message>
    <message>
        <source> (%1 from Spotify)</source>
        <translation> (%1 von Spotify)</translation>
    </message>
    <message>
        <source>, %1 none, %2 names too ambiguous to guess.</source>
        <translation>, %1 ohne Genre, %2 Namen zu mehrdeutig.</translation>
    </message>
    <message>
        <source>Stopped: %1 The genres found so far are kept.</source>
        <translation>Angehalten: %1 Die bisher gefundenen Genres bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 more to do.</source>
        <translation>Noch %1 offen.</translation>
    </message>
    <message>
        <source>The demo profile&apos;s artists are made up: there are no genres to look up.</source>
        <translation>Die Künstler des Demoprofils sind erfunden: Es gibt keine Genres nachzuschlagen.</translation>
    </message>
    <message>
        <source>Genres could not be looked up: %1</source>
        <translation>Genres konnten nicht nachgeschlagen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Genre lookup stopped; the genres of %n artist(s) looked up so far are kept.</source>
        <translation>
            <numerusform>Genre-Suche angehalten; die bisher nachgeschlagenen Genres bleiben erhalten (%n Künstler).</numerusform>
            <numerusform>Genre-Suche angehalten; die bisher nachgeschlagenen Genres bleiben erhalten (%n Künstler).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunescope::ui::GenreLookupStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop looking up genres; what was found is kept, and the next run goes on from here</source>
        <translation>Genre-Suche anhalten; Gefundenes bleibt erhalten, und der nächste Lauf macht hier weiter</translation>
    </message>
    <message>
        <source>Looking up genres (MusicBrainz, 1 artist a second): %1</source>
        <translation>Genres werden nachgeschlagen (MusicBrainz, 1 Künstler pro Sekunde): %1</translation>
    </message>
    <message>
        <source>Looking up genres (MusicBrainz, 1 artist a second)…</source>
        <translation>Genres werden nachgeschlagen (MusicBrainz, 1 Künstler pro Sekunde)…</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::GenreMappingDialog</name>
    <message>
        <source>&amp;Fold into…</source>
        <translation>Zusammen&amp;führen mit…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Edit genres</source>
        <translation>Genres bearbeiten</translation>
    </message>
    <message>
        <source>Fold a genre into another (&quot;alt-rock&quot; into &quot;alternative rock&quot;), rename it or hide it. Every chart and list follows at once. Listening is for all time, shared among each artist&apos;s genres.</source>
        <translation>Ein Genre mit einem anderen zusammenführen („alt-rock“ mit „alternative rock“), umbenennen oder ausblenden. Alle Diagramme und Listen folgen sofort. Die Hörwerte gelten für den gesamten Zeitraum, verteilt auf die Genres jedes Künstlers.</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Angezeigt als</translation>
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
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Show this genre as the source names it again</source>
        <translation>Dieses Genre wieder so anzeigen, wie die Quelle es nennt</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Ein&amp;blenden</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(ausgeblendet)</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (ausgeblendet)</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::GenresPage</name>
    <message>
        <source>Edit genres…</source>
        <translation>Genres bearbeiten…</translation>
    </message>
    <message>
        <source>Fold, rename or hide genres; every chart follows.</source>
        <translation>Genres zusammenführen, umbenennen oder ausblenden; alle Diagramme folgen.</translation>
    </message>
    <message>
        <source>Cannot read the genres: %1</source>
        <translation>Die Genres können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::GuideDialog</name>
    <message>
        <source>Tunescope Guide</source>
        <translation>Tunescope-Anleitung</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
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
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>How to get your data, log in with Spotify, and what each page shows (F1)</source>
        <translation>Wie Sie Ihre Daten bekommen, sich bei Spotify anmelden und was jede Seite zeigt (F1)</translation>
    </message>
    <message>
        <source>&amp;About Tunescope</source>
        <translation>&amp;Über Tunescope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::HistoryModel</name>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Artist / show</source>
        <translation>Künstler / Sendung</translation>
    </message>
    <message>
        <source>Track / episode</source>
        <translation>Titel / Folge</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Gespielt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::HistoryPage</name>
    <message>
        <source>Search artist, track or album…</source>
        <translation>Künstler, Titel oder Album suchen…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <source>Podcasts</source>
        <translation>Podcasts</translation>
    </message>
    <message>
        <source>Audiobooks</source>
        <translation>Hörbücher</translation>
    </message>
    <message>
        <source>Skipped or not</source>
        <translation>Übersprungen oder nicht</translation>
    </message>
    <message>
        <source>Only skipped</source>
        <translation>Nur übersprungene</translation>
    </message>
    <message>
        <source>Not skipped</source>
        <translation>Nicht übersprungene</translation>
    </message>
    <message>
        <source>Skipped: played under 30 seconds, or marked skipped in the export</source>
        <translation>Übersprungen: unter 30 Sekunden gespielt oder im Export als übersprungen markiert</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
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
        <translation>Ihr Spotify-Export wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Importing file %1 of %2:
%3</source>
        <translation>Datei %1 von %2 wird importiert:
%3</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1

Check that the data folder is writable and try again.</source>
        <translation>%1

Prüfen Sie, ob der Datenordner beschreibbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cancelling: the file in progress is being rolled back…</source>
        <translation>Wird abgebrochen: Die laufende Datei wird zurückgerollt…</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::InsightsPage</name>
    <message>
        <source>Listening sessions</source>
        <translation>Hörsitzungen</translation>
    </message>
    <message>
        <source>Typical session</source>
        <translation>Typische Sitzung</translation>
    </message>
    <message>
        <source>Longest session</source>
        <translation>Längste Sitzung</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Längste Serie</translation>
    </message>
    <message>
        <source>Longest one-artist streak</source>
        <translation>Längste Serie eines Künstlers</translation>
    </message>
    <message>
        <source>Skip rate</source>
        <translation>Überspringrate</translation>
    </message>
    <message>
        <source>On shuffle</source>
        <translation>Zufallswiedergabe</translation>
    </message>
    <message>
        <source>New music</source>
        <translation>Neue Musik</translation>
    </message>
    <message>
        <source>Your listening days</source>
        <translation>Ihre Hörtage</translation>
    </message>
    <message>
        <source>Sessions and skips</source>
        <translation>Sitzungen und Überspringen</translation>
    </message>
    <message>
        <source>Where and on what</source>
        <translation>Wo und womit</translation>
    </message>
    <message>
        <source>Podcasts and audiobooks</source>
        <translation>Podcasts und Hörbücher</translation>
    </message>
    <message>
        <source>Reading your listening for this period…</source>
        <translation>Ihr Hören in diesem Zeitraum wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot read the insights: %1</source>
        <translation>Die Einblicke können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Countries by plays</source>
        <translation>Länder nach Wiedergaben</translation>
    </message>
    <message>
        <source>Countries by listening time</source>
        <translation>Länder nach Hörzeit</translation>
    </message>
    <message>
        <source>Devices by plays</source>
        <translation>Geräte nach Wiedergaben</translation>
    </message>
    <message>
        <source>Devices by listening time</source>
        <translation>Geräte nach Hörzeit</translation>
    </message>
    <message>
        <source>Podcasts %1, audiobooks %2.</source>
        <translation>Podcasts %1, Hörbücher %2.</translation>
    </message>
    <message>
        <source>Episodes and chapters heard to the end: %1.</source>
        <translation>Bis zum Ende gehörte Folgen und Kapitel: %1.</translation>
    </message>
    <message>
        <source>Top podcasts by plays</source>
        <translation>Top-Podcasts nach Wiedergaben</translation>
    </message>
    <message>
        <source>Top podcasts by listening time</source>
        <translation>Top-Podcasts nach Hörzeit</translation>
    </message>
    <message>
        <source>Top audiobooks by plays</source>
        <translation>Top-Hörbücher nach Wiedergaben</translation>
    </message>
    <message>
        <source>Top audiobooks by listening time</source>
        <translation>Top-Hörbücher nach Hörzeit</translation>
    </message>
    <message>
        <source>a gap of 30 min ends one</source>
        <translation>eine Pause von 30 Min. beendet sie</translation>
    </message>
    <message>
        <source>median length</source>
        <translation>Median der Dauer</translation>
    </message>
    <message>
        <source>days with music in a row</source>
        <translation>Tage mit Musik in Folge</translation>
    </message>
    <message>
        <source>of %1 tracks started</source>
        <translation>von %1 gestarteten Titeln</translation>
    </message>
    <message>
        <source>offline %1</source>
        <translation>offline %1</translation>
    </message>
    <message>
        <source>the export does not say</source>
        <translation>im Export nicht angegeben</translation>
    </message>
    <message>
        <source>top new: %1</source>
        <translation>Top-Neuentdeckung: %1</translation>
    </message>
    <message>
        <source>tracks first heard in their month</source>
        <translation>im Monat erstmals gehörte Titel</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::LoginDialog</name>
    <message>
        <source>No system keychain</source>
        <translation>Kein System-Schlüsselbund</translation>
    </message>
    <message>
        <source>No system keychain is available. Keep your Spotify login in a file only you can read (%1)?</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar. Ihre Spotify-Anmeldung in einer Datei speichern, die nur Sie lesen können (%1)?</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Waiting for Spotify in your browser…</source>
        <translation>Warte auf Spotify in Ihrem Browser…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Log in with Spotify</source>
        <translation>Mit Spotify anmelden</translation>
    </message>
    <message>
        <source>Client ID of your Spotify app</source>
        <translation>Client ID Ihrer Spotify-App</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>If no browser opened, copy this address into one:</source>
        <translation>Falls sich kein Browser geöffnet hat, kopieren Sie diese Adresse in einen:</translation>
    </message>
    <message>
        <source>Enter the Client ID of your Spotify app first (step 3 above).</source>
        <translation>Geben Sie zuerst die Client ID Ihrer Spotify-App ein (Schritt 3 oben).</translation>
    </message>
    <message>
        <source>Tunescope could not open a browser. Copy the address above into one and allow access there.</source>
        <translation>Tunescope konnte keinen Browser öffnen. Kopieren Sie die Adresse oben in einen Browser und erlauben Sie dort den Zugriff.</translation>
    </message>
    <message>
        <source>Not logged in: without a keychain there is nowhere to keep the login. Tunescope will ask again the next time you log in.</source>
        <translation>Nicht angemeldet: Ohne Schlüsselbund gibt es keinen Ort für die Anmeldung. Tunescope fragt beim nächsten Anmelden erneut.</translation>
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
        <translation>Die Genres Ihrer Künstler auf MusicBrainz suchen, ein Künstler pro Sekunde, meistgehörte zuerst</translation>
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
        <translation>Uhrzeit am &amp;Hörort (bei Reisen)</translation>
    </message>
    <message>
        <source>Hours and days in the time zone of the country each play happened in, instead of %1</source>
        <translation>Stunden und Tage in der Zeitzone des Landes, in dem die jeweilige Wiedergabe stattfand, statt in %1</translation>
    </message>
    <message>
        <source>&amp;Artist Search…</source>
        <translation>&amp;Künstlersuche…</translation>
    </message>
    <message>
        <source>Search artists: discography, track features, your listening (Ctrl+F)</source>
        <translation>Künstler suchen: Diskografie, Titelmerkmale, Ihr Hören (Ctrl+F)</translation>
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
        <translation>
            <numerusform>%Ln Wiedergabe in diesem Zeitraum · Zeiten nach %1</numerusform>
            <numerusform>%Ln Wiedergaben in diesem Zeitraum · Zeiten nach %1</numerusform>
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
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Spotify streaming history, re-importable (*.json)</source>
        <translation>Spotify-Streamingverlauf, wieder importierbar (*.json)</translation>
    </message>
    <message>
        <source>Export plays</source>
        <translation>Wiedergaben exportieren</translation>
    </message>
    <message>
        <source>Exporting plays to %1
%2 of %3 written</source>
        <translation>Wiedergaben werden nach %1 exportiert
%2 von %3 geschrieben</translation>
    </message>
    <message>
        <source>Exporting plays to %1…</source>
        <translation>Wiedergaben werden nach %1 exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) written to %1.</source>
        <translation>
            <numerusform>%n Wiedergabe nach %1 geschrieben.</numerusform>
            <numerusform>%n Wiedergaben nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Back up profile</source>
        <translation>Profil sichern</translation>
    </message>
    <message>
        <source>Tunescope backup (*.tunescope-backup)</source>
        <translation>Tunescope-Sicherung (*.tunescope-backup)</translation>
    </message>
    <message>
        <source>Backing up the profile to %1…</source>
        <translation>Profil wird nach %1 gesichert…</translation>
    </message>
    <message>
        <source>Profile backed up to %1 (without the Spotify login: log in again after restoring).</source>
        <translation>Profil nach %1 gesichert (ohne die Spotify-Anmeldung: Melden Sie sich nach dem Wiederherstellen erneut an).</translation>
    </message>
    <message>
        <source>Backup cancelled; %1 was not written.</source>
        <translation>Sicherung abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restore profile</source>
        <translation>Profil wiederherstellen</translation>
    </message>
    <message>
        <source>Tunescope backup (*.tunescope-backup *.tunescope);;All files (*)</source>
        <translation>Tunescope-Sicherung (*.tunescope-backup *.tunescope);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace the profile “%1” with the backup %2?

Everything in the profile now (plays, Spotify data, genres, charts) is replaced by what the backup holds. The Spotify login is kept.</source>
        <translation>Das Profil „%1“ durch die Sicherung %2 ersetzen?

Alles, was jetzt im Profil ist (Wiedergaben, Spotify-Daten, Genres, Charts), wird durch den Inhalt der Sicherung ersetzt. Die Spotify-Anmeldung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Restoring the profile “%1” from %2…</source>
        <translation>Profil „%1“ wird aus %2 wiederhergestellt…</translation>
    </message>
    <message>
        <source>Profile “%1” restored from %2.</source>
        <translation>Profil „%1“ aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore cancelled; the profile “%1” is unchanged.</source>
        <translation>Wiederherstellen abgebrochen; das Profil „%1“ ist unverändert.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::ProfileDeletion</name>
    <message>
        <source>De&amp;lete profile…</source>
        <translation>Profil &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete this profile, its plays and its Spotify login from this computer</source>
        <translation>Dieses Profil, seine Wiedergaben und seine Spotify-Anmeldung von diesem Computer löschen</translation>
    </message>
    <message>
        <source>Profile “%1” deleted.</source>
        <translation>Profil „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1” for good?

Lost are its %2 plays, everything synced from Spotify, genres and imported charts: the whole folder
%3</source>
        <translation>Das Profil „%1“ endgültig löschen?

Verloren gehen seine %2 Wiedergaben, alles von Spotify Synchronisierte, Genres und importierte Charts: der ganze Ordner
%3</translation>
    </message>
    <message>
        <source>

Its Spotify login is removed as well.</source>
        <translation>

Seine Spotify-Anmeldung wird ebenfalls entfernt.</translation>
    </message>
    <message>
        <source>

This cannot be undone. File › Back up profile… keeps a copy first.</source>
        <translation>

Dies kann nicht rückgängig gemacht werden. Datei › Profil sichern… legt vorher eine Kopie an.</translation>
    </message>
    <message>
        <source>Stopping what runs on the profile “%1”…</source>
        <translation>Laufende Vorgänge im Profil „%1“ werden beendet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The profile “%1” was not deleted.</source>
        <translation>Das Profil „%1“ wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>A job on the profile did not stop in time. Nothing was deleted; try again in a moment.</source>
        <translation>Ein Vorgang im Profil wurde nicht rechtzeitig beendet. Nichts wurde gelöscht; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Deleting the profile “%1”…</source>
        <translation>Profil „%1“ wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::QueryPage</name>
    <message>
        <source>SELECT artist, COUNT(*) AS plays FROM v_plays WHERE is_play GROUP BY artist ORDER BY plays DESC LIMIT 10

Ctrl+Return runs it. The views v_plays, v_daily and v_chart_entries are described in docs/query-console.md.</source>
        <translation>SELECT artist, COUNT(*) AS plays FROM v_plays WHERE is_play GROUP BY artist ORDER BY plays DESC LIMIT 10

Ctrl+Return führt sie aus. Die Views v_plays, v_daily und v_chart_entries sind in docs/query-console.md beschrieben.</translation>
    </message>
    <message>
        <source>Read-only: nothing you run here can change your data.</source>
        <translation>Nur lesend: Nichts, was Sie hier ausführen, kann Ihre Daten ändern.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the statement (Ctrl+Return)</source>
        <translation>Anweisung ausführen (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Beschriftungen:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled: the query was stopped.</source>
        <translation>Abgebrochen: Die Abfrage wurde gestoppt.</translation>
    </message>
    <message>
        <source>Nothing was run.</source>
        <translation>Nichts ausgeführt.</translation>
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
        <translation>Die ersten %1 Zeilen werden gezeigt; es gibt mehr (LIMIT hinzufügen oder aggregieren).</translation>
    </message>
    <message>
        <source>No column of numbers to chart in this result.</source>
        <translation>Keine Zahlenspalte für ein Diagramm in diesem Ergebnis.</translation>
    </message>
    <message>
        <source>Export the result as CSV</source>
        <translation>Ergebnis als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>%1. Choose another folder or file name.</source>
        <translation>%1. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Saved queries…</source>
        <translation>Gespeicherte Abfragen…</translation>
    </message>
    <message>
        <source>Type a query first, then save it.</source>
        <translation>Geben Sie zuerst eine Abfrage ein und speichern Sie sie dann.</translation>
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
        <translation>Welchen Zeitraum alle Seiten zeigen (Ctrl+R)</translation>
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
        <translation>neu</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>weg</translation>
    </message>
    <message>
        <source>Rank %1 in A</source>
        <translation>Rang %1 in A</translation>
    </message>
    <message>
        <source>Not played in A</source>
        <translation>In A nicht gespielt</translation>
    </message>
    <message>
        <source>Since A</source>
        <translation>Seit A</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>Plays in A</source>
        <translation>Wiedergaben in A</translation>
    </message>
    <message>
        <source>Hours in A</source>
        <translation>Stunden in A</translation>
    </message>
    <message>
        <source>Plays in B</source>
        <translation>Wiedergaben in B</translation>
    </message>
    <message>
        <source>Hours in B</source>
        <translation>Stunden in B</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::RecapDialog</name>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Recap — %1</source>
        <translation>Rückblick — %1</translation>
    </message>
    <message>
        <source>Portrait 1080 × 1920 (stories)</source>
        <translation>Hochformat 1080 × 1920 (Storys)</translation>
    </message>
    <message>
        <source>Landscape 1920 × 1080</source>
        <translation>Querformat 1920 × 1080</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Gathering your recap…</source>
        <translation>Ihr Rückblick wird erstellt…</translation>
    </message>
    <message>
        <source>The recap could not be made: %1</source>
        <translation>Der Rückblick konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Copied the poster (%1 × %2)</source>
        <translation>Poster kopiert (%1 × %2)</translation>
    </message>
    <message>
        <source>Export the recap</source>
        <translation>Rückblick exportieren</translation>
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
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Client ID of your Spotify app</source>
        <translation>Client ID Ihrer Spotify-App</translation>
    </message>
    <message>
        <source>Used the next time you log in.</source>
        <translation>Wird bei der nächsten Anmeldung verwendet.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Tunescope syncs when it starts and the last sync is older than this.</source>
        <translation>Tunescope synchronisiert beim Start, wenn die letzte Synchronisierung älter ist als dies.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Spotify keeps only your last 50 plays: fetching them often while Tunescope runs loses none.</source>
        <translation>Spotify behält nur Ihre letzten 50 Wiedergaben: Ruft Tunescope sie während der Laufzeit oft ab, geht keine verloren.</translation>
    </message>
    <message>
        <source>Spotify</source>
        <translation>Spotify</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Sync at start when the last sync is older than:</source>
        <translation>Beim Start synchronisieren, wenn die letzte Synchronisierung älter ist als:</translation>
    </message>
    <message>
        <source>Fetch recent plays while running every:</source>
        <translation>Neue Wiedergaben während der Laufzeit abrufen alle:</translation>
    </message>
    <message>
        <source>Advanced: reach Spotify through a proxy</source>
        <translation>Erweitert: Spotify über einen Proxy erreichen</translation>
    </message>
    <message>
        <source>Web API address:</source>
        <translation>Web-API-Adresse:</translation>
    </message>
    <message>
        <source>Accounts service address:</source>
        <translation>Adresse des Kontodienstes:</translation>
    </message>
    <message>
        <source>Where features and genres come from</source>
        <translation>Woher Merkmale und Genres kommen</translation>
    </message>
    <message>
        <source>Spotify no longer gives new apps audio features or genres. Tunescope asks ReccoBeats for features (free, no account; only Spotify track ids are sent) and MusicBrainz for genres (free, no account; artist names and Spotify artist ids are sent, one request per second at most; a mirror of your own may be faster).</source>
        <translation>Spotify gibt neuen Apps keine Audiomerkmale oder Genres mehr. Tunescope fragt ReccoBeats nach Merkmalen (kostenlos, ohne Konto; gesendet werden nur Spotify-Titel-IDs) und MusicBrainz nach Genres (kostenlos, ohne Konto; gesendet werden Künstlernamen und Spotify-Künstler-IDs, höchstens eine Anfrage pro Sekunde; ein eigener Mirror kann schneller sein).</translation>
    </message>
    <message>
        <source>ReccoBeats address:</source>
        <translation>ReccoBeats-Adresse:</translation>
    </message>
    <message>
        <source>MusicBrainz address:</source>
        <translation>MusicBrainz-Adresse:</translation>
    </message>
    <message>
        <source>Web API address</source>
        <translation>Web-API-Adresse</translation>
    </message>
    <message>
        <source>Accounts service address</source>
        <translation>Adresse des Kontodienstes</translation>
    </message>
    <message>
        <source>ReccoBeats address</source>
        <translation>ReccoBeats-Adresse</translation>
    </message>
    <message>
        <source>MusicBrainz address</source>
        <translation>MusicBrainz-Adresse</translation>
    </message>
    <message>
        <source>&amp;Spotify</source>
        <translation>&amp;Spotify</translation>
    </message>
    <message>
        <source>&amp;Features and genres</source>
        <translation>&amp;Merkmale und Genres</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>Dieser &amp;Computer</translation>
    </message>
    <message>
        <source>Tray and background sync</source>
        <translation>Infobereich und Hintergrund-Synchronisierung</translation>
    </message>
    <message>
        <source>Show Tunescope in the system &amp;tray</source>
        <translation>Tunescope im &amp;Infobereich zeigen</translation>
    </message>
    <message>
        <source>An icon with the time of the last sync, Sync now, Show Tunescope and Quit.</source>
        <translation>Ein Symbol mit der Zeit der letzten Synchronisierung, Jetzt synchronisieren, Tunescope zeigen und Beenden.</translation>
    </message>
    <message>
        <source>This desktop has no system tray right now: the icon appears where there is one.</source>
        <translation>Diese Arbeitsumgebung hat gerade keinen Infobereich: Das Symbol erscheint, sobald es einen gibt.</translation>
    </message>
    <message>
        <source>Keep syncing in the &amp;background (also when Tunescope is closed)</source>
        <translation>Im &amp;Hintergrund weiter synchronisieren (auch wenn Tunescope geschlossen ist)</translation>
    </message>
    <message>
        <source>A systemd timer runs &quot;tunescope sync --quiet&quot; now and then, also when the window is closed, so none of your last 50 plays is lost between exports. It needs a Spotify login (Spotify › Log in…) and syncs your own profile. Switched at once.</source>
        <translation>Ein systemd-Timer führt ab und zu „tunescope sync --quiet“ aus, auch wenn das Fenster geschlossen ist, sodass zwischen Exporten keine Ihrer letzten 50 Wiedergaben verloren geht. Er braucht eine Spotify-Anmeldung (Spotify › Anmelden…) und synchronisiert Ihr eigenes Profil. Wird sofort umgeschaltet.</translation>
    </message>
    <message>
        <source>Asking systemd whether background sync is on…</source>
        <translation>systemd wird gefragt, ob die Hintergrund-Synchronisierung an ist…</translation>
    </message>
    <message>
        <source>Switching background sync on…</source>
        <translation>Hintergrund-Synchronisierung wird eingeschaltet…</translation>
    </message>
    <message>
        <source>Switching background sync off…</source>
        <translation>Hintergrund-Synchronisierung wird ausgeschaltet…</translation>
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
        <translation>Von Spotify abgemeldet. Ihre Wiedergaben und alles Synchronisierte bleiben hier.</translation>
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
        <translation>Ein Teil Ihrer Spotify-Daten wurde synchronisiert (bleibt erhalten). %1</translation>
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
        <translation>Das Demoprofil ist eine erfundene Hörerin und kann sich nicht bei Spotify anmelden. Wechseln Sie zuerst zu Ihrem eigenen Profil (Datei › Demoprofil zeigen).</translation>
    </message>
    <message>
        <source>Tunescope is busy talking to Spotify. Try again when the sync has finished.</source>
        <translation>Tunescope spricht gerade mit Spotify. Versuchen Sie es erneut, wenn die Synchronisierung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The login did not finish.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Spotify: not available in the demo profile</source>
        <translation>Spotify: im Demoprofil nicht verfügbar</translation>
    </message>
    <message>
        <source>Spotify: …</source>
        <translation>Spotify: …</translation>
    </message>
    <message>
        <source>Spotify: not logged in</source>
        <translation>Spotify: nicht angemeldet</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Spotify: logged in as %1</source>
        <translation>Spotify: angemeldet als %1</translation>
    </message>
    <message>
        <source> · synced %1</source>
        <translation> · synchronisiert: %1</translation>
    </message>
    <message>
        <source>Spotify asks us to wait until %1. Tunescope tries again after that.</source>
        <translation>Spotify bittet, bis %1 zu warten. Tunescope versucht es danach erneut.</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::SpotifyStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop syncing with Spotify; what was fetched is kept</source>
        <translation>Synchronisierung mit Spotify anhalten; Abgerufenes bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::SpotifyTopModel</name>
    <message>
        <source>Spotify did not send a name for this entry (id %1)</source>
        <translation>Spotify hat keinen Namen für diesen Eintrag gesendet (ID %1)</translation>
    </message>
    <message>
        <source>Spotify rank</source>
        <translation>Spotify-Rang</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>Your plays</source>
        <translation>Ihre Wiedergaben</translation>
    </message>
    <message>
        <source>Your listening time</source>
        <translation>Ihre Hörzeit</translation>
    </message>
    <message>
        <source>Your rank</source>
        <translation>Ihr Rang</translation>
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
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Log in with Spotify and sync to see Spotify&apos;s own top lists here.</source>
        <translation>Melden Sie sich bei Spotify an und synchronisieren Sie, um hier Spotifys eigene Top-Listen zu sehen.</translation>
    </message>
    <message>
        <source>Log in with Spotify…</source>
        <translation>Mit Spotify anmelden…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Spotify&apos;s ranking of %1 · your plays over the same window, %2 – %1</source>
        <translation>Spotifys Rangliste vom %1 · Ihre Wiedergaben im selben Zeitraum, %2 – %1</translation>
    </message>
</context>
<context>
    <name>tunescope::ui::TrayMenu</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Show &amp;Tunescope</source>
        <translation>&amp;Tunescope zeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Log in with Spotify first (Spotify › Log in…)</source>
        <translation>Melden Sie sich zuerst bei Spotify an (Spotify › Anmelden…)</translation>
    </message>
    <message>
        <source>Tunescope</source>
        <translation>Tunescope</translation>
    </message>
    <message>
        <source>Syncing with Spotify…</source>
        <translation>Synchronisierung mit Spotify…</translation>
    </message>
    <message>
        <source>Not logged in to Spotify</source>
        <translation>Nicht bei Spotify angemeldet</translation>
    </message>
</context>
</TS>
