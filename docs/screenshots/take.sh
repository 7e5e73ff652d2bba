#!/usr/bin/env bash
# Takes the README's screenshots of text in every script: the real window
# under Xvfb, playing a session until its first cue has faded in, captured
# with ImageMagick's `import`. Run by `make screenshots`, which installs
# Xvfb, xdotool and ImageMagick first.
#
#   docs/screenshots/take.sh [path/to/stillpoint]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/../.." && pwd)"
app="${1:-$top/target/debug/stillpoint}"

# shot NAME SESSION_FILE LANGUAGE SECONDS: the player of SESSION_FILE,
# SECONDS after it opens, with the interface in LANGUAGE (a Settings value),
# saved as NAME.png.
shot() {
  local name="$1" session="$2" language="$3" seconds="$4"
  local data display xvfb player window
  data="$(mktemp -d)"
  # Settings: the offer to read guidance aloud already answered, so the
  # player shows at once; the interface in the language asked for.
  cat > "$data/settings.ron" <<EOF
{
    "stillpoint-settings": "(speech_offered:true,care_note_read:true,theme:Dark,language:$language)",
}
EOF
  display=":$((90 + RANDOM % 100))"
  Xvfb "$display" -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  DISPLAY="$display" "$app" --data-dir "$data" play "$session" >/dev/null 2>&1 &
  player=$!
  window=""
  for _ in $(seq 50); do
    window="$(DISPLAY="$display" xdotool search --name '^Stillpoint$' 2>/dev/null | head -n 1 || true)"
    [ -n "$window" ] && break
    sleep 0.2
  done
  if [ -z "$window" ]; then
    echo "the window did not open for $session" >&2
    kill "$player" "$xvfb" 2>/dev/null || true
    exit 1
  fi
  sleep "$seconds"
  DISPLAY="$display" import -window "$window" "$here/$name.png"
  kill "$player" 2>/dev/null || true
  wait "$player" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
  rm -rf "$data"
  echo "$here/$name.png: $(identify -format '%wx%h' "$here/$name.png"), $(stat -c %s "$here/$name.png") bytes"
}

# library NAME THEME LANGUAGE: the library as it opens, on a laptop-sized
# screen, for someone a week into the program, saved as NAME.png.
library() {
  local name="$1" theme="$2" language="$3"
  local data display xvfb app_pid window
  data="$(mktemp -d)"
  cat > "$data/settings.ron" <<EOF
{
    "stillpoint-settings": "(speech_offered:true,care_note_read:true,theme:$theme,language:$language)",
}
EOF
  "$app" --data-dir "$data" log add --start 2026-11-30T07:30:00+01:00 --minutes 6 --session arriving-with-the-breath >/dev/null
  "$app" --data-dir "$data" log add --start 2026-12-01T07:30:00+01:00 --minutes 3 --session the-pause >/dev/null
  "$app" --data-dir "$data" log add --start 2026-12-02T07:30:00+01:00 --minutes 12 --session before-the-students-arrive >/dev/null
  display=":$((90 + RANDOM % 100))"
  Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  DISPLAY="$display" LANG=C.UTF-8 "$app" --data-dir "$data" >/dev/null 2>&1 &
  app_pid=$!
  window=""
  for _ in $(seq 50); do
    window="$(DISPLAY="$display" xdotool search --name '^Stillpoint$' 2>/dev/null | head -n 1 || true)"
    [ -n "$window" ] && break
    sleep 0.2
  done
  if [ -z "$window" ]; then
    echo "the window did not open for the library" >&2
    kill "$app_pid" "$xvfb" 2>/dev/null || true
    exit 1
  fi
  sleep 3
  DISPLAY="$display" import -window "$window" "$here/$name.png"
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
  rm -rf "$data"
  echo "$here/$name.png: $(identify -format '%wx%h' "$here/$name.png"), $(stat -c %s "$here/$name.png") bytes"
}

library library-light Light "Some(English)"
library library-dark Dark "Some(Spanish)"

# Five seconds of settling, then the first cue at 6 s (the second, at
# 25 s, in Arabic: a shorter line, set against the right edge), and its fade.
shot player-traditional-chinese "$top/sessions/the-pause.zh-Hant.ron" "Some(TraditionalChinese)" 13
shot player-arabic "$top/tests/sessions/good/arabic-pause.ron" "Some(English)" 32
