#!/usr/bin/env bash
# Takes the screenshots of the README and docs/: the library in both
# themes, the player, a session's page, My practice, a program's page, the
# Authoring panel, and text in every script in the player. The real window
# under Xvfb, reached as a person would (Tab to a control, Return to press
# it) and captured with ImageMagick's `import`. Run by `make screenshots`,
# which installs Xvfb, xdotool and ImageMagick first.
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
# ARGS on a virtual SCREEN (WIDTHxHEIGHT), presses the keys named in
# $keys (xdotool's names, space-separated) SECONDS after it opens, and
# saves its window as NAME.png; then removes DATA.
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
  # The pointer in the window's corner, where it shows no tooltip; then
  # the keys of $keys, if any, pressed one by one.
  DISPLAY="$display" xdotool mousemove --window "$window" 1 1
  if [ -n "${keys:-}" ]; then
    for key in $keys; do
      DISPLAY="$display" xdotool windowfocus "$window" key "$key" 2>/dev/null
      sleep 0.4
    done
    sleep 1.5
  fi
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

# practised DATA: six weeks of practice up to yesterday, most mornings, a
# few notes among them, as someone well into the program's first months.
practised() {
  local data="$1" day sessions=(arriving-with-the-breath the-pause body-scan self-compassion gratitude holding-space)
  for day in $(seq 42 -1 1); do
    # A day off now and then.
    [ $((day % 6)) -eq 0 ] && continue
    "$app" --data-dir "$data" log add --start "$(date -d "-$day days" +%Y-%m-%d)T07:15:00+01:00" \
      --minutes $((5 + (day * 7) % 16)) --session "${sessions[$((day % ${#sessions[@]}))]}" >/dev/null
  done
  "$app" --data-dir "$data" log add --start "$(date -d "-1 days" +%Y-%m-%d)T17:40:00+01:00" --minutes 3 \
    --session the-pause --note "After the staff meeting. Shoulders down, three breaths, then home." >/dev/null
  "$app" --data-dir "$data" log add --start "$(date -d "-3 days" +%Y-%m-%d)T07:15:00+01:00" --minutes 15 \
    --session body-scan --note "Restless at first; the feet helped." >/dev/null
}

# page NAME KEYS: a screen reached from the library by KEYS, in the light
# theme, on a laptop-sized screen, for someone with six weeks of practice.
page() {
  local data
  data="$(data_folder Light "Some(English)")"
  practised "$data"
  keys="$2" capture "$1" 1280x900 3 "$data"
}

library library-light Light "Some(English)"
library library-dark Dark "Some(Spanish)"

# Five seconds of settling, then the first cue at 6 s (the second, at
# 25 s, in Arabic: a shorter line, set against the right edge), and its fade.
player player-traditional-chinese "$top/sessions/the-pause.zh-Hant.ron" "Some(TraditionalChinese)" 13
player player-arabic "$top/tests/sessions/good/arabic-pause.ron" "Some(English)" 32

# The body scan: fifteen seconds of settling, its bells, then its first
# cue at 22 s, and the cue's fade.
player player "$top/sessions/body-scan.ron" "Some(English)" 42

# The library's Tab order: the top bar's six places (Quick timer, My
# practice, Authoring, Cohort, Settings, About), the search, the length
# filter, the cards where you left off (here two: the next session of the
# program, and the pause), then the program.
page practice "Tab Tab Return"
page session "$(printf 'Tab %.0s' $(seq 9)) Return"
page program "$(printf 'Tab %.0s' $(seq 11)) Return"

# The Authoring panel (the top bar's third place), with the file
# docs/authoring.md describes: a new session whose domain is misspelled on
# line 21; then Tab on to its problem as `stillpoint validate` shows it,
# and open it.
authoring_data="$(data_folder Light "Some(English)")"
mkdir -p "$authoring_data/sessions"
"$app" --data-dir "$authoring_data" new "$authoring_data/sessions/evening-arrival.ron" >/dev/null
sed -i 's/domain: "mindfulness"/domain: "mindfullness"/' "$authoring_data/sessions/evening-arrival.ron"
keys="Tab Tab Tab Return $(printf 'Tab %.0s' $(seq 6)) Return" capture authoring 1280x900 3 "$authoring_data"
