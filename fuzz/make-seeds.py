#!/usr/bin/env python3
"""Writes the seed corpus of each fuzz target from the project's fixtures (tests/data).

Usage: fuzz/make-seeds.py OUT_DIR   -> OUT_DIR/<target>/<seed files>
The answers of MusicBrainz, ReccoBeats and the loopback callback have no fixture files; their
seeds are the shapes the fakes in tests/fakes send, written out here.
"""
import io
import pathlib
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def write(out: pathlib.Path, target: str, name: str, data: bytes) -> None:
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def history_files():
    return sorted(DATA.glob("account_*.json")) + sorted(DATA.glob("extended_*.json"))


def export_zip(files, prefix: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for f in files:
            archive.writestr(prefix + f.name, f.read_bytes())
        archive.writestr(prefix + "ReadMeFirst.pdf", b"%PDF-1.4 not history")
    return buffer.getvalue()


MUSICBRAINZ = [
    b'{"id":"b10bbbfc-cf9e-42e0-be17-e2c3e1d2600d","name":"Someone","disambiguation":"",'
    b'"genres":[{"name":"rock","count":3},{"name":"jazz","count":-1}],'
    b'"tags":[{"name":"90s","count":1},null,{"name":5}]}',
    b'{"created":"2026-01-01T00:00:00Z","count":2,"offset":0,"artists":['
    b'{"id":"b10bbbfc-cf9e-42e0-be17-e2c3e1d2600d","name":"Someone","score":100,"disambiguation":"US rapper"},'
    b'{"id":"not-an-mbid","name":"Other","score":"90"}]}',
    b'{"id":"0b5a7c5e-2f3a-4d7e-9c1b-123456789abc","resource":"https://open.spotify.com/artist/0Artist00000000000000001",'
    b'"relations":[{"type":"free streaming","artist":{"id":"b10bbbfc-cf9e-42e0-be17-e2c3e1d2600d","name":"Someone"}},'
    b'{"type":"free streaming","artist":{"id":"b10bbbfc-cf9e-42e0-be17-e2c3e1d2600d"}}]}',
    b'{"error":"Not Found","help":"For usage, please see: https://musicbrainz.org/development/mmd"}',
]

RECCOBEATS = [
    b'{"content":[{"id":"0b5a7c5e-2f3a-4d7e-9c1b-123456789abc","href":"https://open.spotify.com/track/0Track0000000000000001",'
    b'"acousticness":0.1,"danceability":0.7,"energy":null,"instrumentalness":0.0,"key":5,"liveness":0.2,'
    b'"loudness":-7.5,"mode":1,"speechiness":0.05,"tempo":121.3,"valence":"0.5"},'
    b'{"id":"x","href":"https://example.org/not-a-track"},7]}',
    b'{"content":[]}',
]

CALLBACK = [
    b"GET /callback?code=AQB-code_123&state=fuzz-state-0123456789 HTTP/1.1\r\nHost: 127.0.0.1:8888\r\n"
    b"User-Agent: Mozilla/5.0\r\nAccept: text/html\r\n\r\n",
    b"GET /callback?error=access_denied&state=fuzz-state-0123456789 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    b"GET /callback?state=wrong&code=x%20y+z HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    b"GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
    b"POST /callback HTTP/1.1\r\nContent-Length: 0\r\n\r\n",
]


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = pathlib.Path(sys.argv[1])
    for f in history_files():
        write(out, "fuzz_history_json", f.name, f.read_bytes())
    files = history_files()
    write(out, "fuzz_export_zip", "my_spotify_data.zip", export_zip(files[:2], "Spotify Account Data/"))
    write(out, "fuzz_export_zip", "extended.zip", export_zip(files[-1:], "Spotify Extended Streaming History/"))
    for f in sorted((DATA / "charts").glob("*.csv")):
        write(out, "fuzz_charts_csv", f.name, f.read_bytes())
    for f in sorted((DATA / "features").glob("*.csv")):
        write(out, "fuzz_features_csv", f.name, f.read_bytes())
    for f in sorted((DATA / "spotify").glob("*.json")):
        write(out, "fuzz_spotify_json", f.name, f.read_bytes())
    for i, body in enumerate(MUSICBRAINZ):
        write(out, "fuzz_musicbrainz_json", f"answer{i}.json", body)
    for i, body in enumerate(RECCOBEATS):
        write(out, "fuzz_reccobeats_json", f"answer{i}.json", body)
    for i, head in enumerate(CALLBACK):
        write(out, "fuzz_callback_request", f"request{i}.txt", head)
    return 0


if __name__ == "__main__":
    sys.exit(main())
