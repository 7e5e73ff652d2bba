#!/usr/bin/env bash
# Takes the README's screenshots: the library in both themes, and text in
# every script in the player. The real window under Xvfb, captured with
# ImageMagick's `import`. Run by `make screenshots`, which installs Xvfb,
# xdotool and ImageMagick first.
#
#   docs/screenshots/take.sh [path/to/stillpoint]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/../.." && pwd)"
app="${1:-$top/target/debug/stillpoint}"

# data_folder THEME LANGUAGE: a new data folder whose settings have the
# offer to read guidance aloud answered and the care note read (so the
# screen shows at once), the theme and the interface's language (Settings
# values). Prints its path.
data_folder() {
  local data
  data="$(mktemp -d)"
  cat > "$data/settings.ron" <<EOF
{
    "stillpoint-settings": "(speech_offered:true,care_note_read:true,theme:$1,language:$2)",
}
EOF
  echo "$data"
}

# capture NAME SCREEN SECONDS DATA ARGS...: runs the app with DATA and
# ARGS on a virtual SCREEN (WIDTHxHEIGHT), and saves its window SECONDS
# after it opens as NAME.png; then removes DATA.
capture() {
  local name="$1" screen="$2" seconds="$3" data="$4"
  shift 4
  local display xvfb pid window
  display=":$((90 + RANDOM % 100))"
  Xvfb "$display" -screen 0 "${screen}x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  DISPLAY="$display" LANG=C.UTF-8 "$app" --data-dir "$data" "$@" >/dev/null 2>&1 &
  pid=$!
  window=""
  for _ in $(seq 50); do
    window="$(DISPLAY="$display" xdotool search --name '^Stillpoint$' 2>/dev/null | head -n 1 || true)"
    [ -n "$window" ] && break
    sleep 0.2
  done
  if [ -z "$window" ]; then
    echo "the window did not open for $name" >&2
    kill "$pid" "$xvfb" 2>/dev/null || true
    exit 1
  fi
  sleep "$seconds"
  DISPLAY="$display" import -window "$window" "$here/$name.png"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
  rm -rf "$data"
  echo "$here/$name.png: $(identify -format '%wx%h' "$here/$name.png"), $(stat -c %s "$here/$name.png") bytes"
}

# library NAME THEME LANGUAGE: the library as it opens on a laptop-sized
# screen, for someone a few days into the program.
library() {
  local data
  data="$(data_folder "$2" "$3")"
  "$app" --data-dir "$data" log add --start 2026-11-30T07:30:00+01:00 --minutes 6 --session arriving-with-the-breath >/dev/null
  "$app" --data-dir "$data" log add --start 2026-12-01T07:30:00+01:00 --minutes 3 --session the-pause >/dev/null
  "$app" --data-dir "$data" log add --start 2026-12-02T07:30:00+01:00 --minutes 12 --session before-the-students-arrive >/dev/null
  capture "$1" 1440x900 3 "$data"
}

# player NAME SESSION_FILE LANGUAGE SECONDS: the player of SESSION_FILE,
# SECONDS after it opens, in the dark theme.
player() {
  capture "$1" 1024x768 "$4" "$(data_folder Dark "$3")" play "$2"
}

library library-light Light "Some(English)"
library library-dark Dark "Some(Spanish)"

# Five seconds of settling, then the first cue at 6 s (the second, at
# 25 s, in Arabic: a shorter line, set against the right edge), and its fade.
player player-traditional-chinese "$top/sessions/the-pause.zh-Hant.ron" "Some(TraditionalChinese)" 13
player player-arabic "$top/tests/sessions/good/arabic-pause.ron" "Some(English)" 32
