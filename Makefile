# Stillpoint: `make run` to start it, `make test` to run every test.
# Both install the system packages the build needs first (Debian: apt-get).

CARGO ?= cargo
# Debian packages the build needs (ALSA for sound output).
BUILD_PACKAGES := pkg-config libasound2-dev
# Debian packages the tests need, beyond the build's: recordings made
# elsewhere to decode, sox to read their lengths independently, and a
# PulseAudio server (with ALSA's pulse plugin) to play into a null sink;
# a system font for Chinese, Japanese and Korean text; desktop-file-validate
# for the entry that starts Stillpoint at login; a virtual display, the
# accessibility bus and its registry (at-spi2-core) and Python's AT-SPI
# client, to use the window as a screen reader does.
TEST_PACKAGES := sound-theme-freedesktop sox pulseaudio pulseaudio-utils libasound2-plugins espeak-ng festival festvox-us-slt-hts fonts-noto-cjk python3-icalendar desktop-file-utils dbus xvfb at-spi2-core python3-gi gir1.2-atspi-2.0 poppler-utils
# Debian packages the benchmarks need beyond the tests': a virtual display
# to open windows in, and xdotool to see them appear.
BENCH_PACKAGES := xvfb xauth xdotool
# Debian packages `make screenshots` needs: the virtual display, xdotool to
# find the window, ImageMagick to capture it, and the Chinese font.
SCREENSHOT_PACKAGES := xvfb xauth xdotool imagemagick fonts-noto-cjk
# Debian packages `make package` needs: dpkg-shlibdeps to name the
# libraries the binary links, and the checkers of the desktop files.
PACKAGE_PACKAGES := dpkg-dev appstream desktop-file-utils
CARGO_DEB_VERSION := 3.8.0
# The app's id: its desktop entry, software-centre description and window.
APP_ID := org.stillpoint.Stillpoint
ARGS ?=

.PHONY: run test build release bench bench-quick install package check-package screenshots deps test-deps bench-deps package-deps screenshot-deps lint

# Fonts for text in every script: Stillpoint carries Arabic, Hebrew, Thai
# and Devanagari; these bring Chinese, Japanese, Korean and the rest.
FONT_PACKAGES := fonts-noto-core fonts-noto-cjk

run: deps
	@missing=""; for p in $(FONT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	[ -z "$$missing" ] || echo "For text in every script, install:$$missing (sudo apt install$$missing)"
	$(CARGO) run --locked -- $(ARGS)

build: deps
	$(CARGO) build --locked

# The profile the tests and quick benchmarks build with: dev, quick to
# build again while working; or release, as .ci/run does, so that the
# package is made from the same build as the tests (the dependencies are
# compiled once, not twice).
PROFILE ?= dev

# Four tests at a time on two cores: many of them wait on real time (a
# session played through a sound server, a process frozen and thawed), so
# they overlap well; measured, the integration tests took 86 s with four
# and 160 s with two, and with eight the sound's timing checks fail.
TEST_THREADS ?= 4

test: deps test-deps
	$(CARGO) test --locked --profile $(PROFILE) --lib --bins --tests -- --test-threads=$(TEST_THREADS)
	$(CARGO) test --locked --profile $(PROFILE) --doc

# What users run: the release profile (optimized, stripped), built apart
# from the tests' profile.
release: deps
	$(CARGO) build --locked --release

# Installs the app for the current user: the binary in ~/.local/bin, its
# icon, desktop entry and software-centre description where desktops look.
PREFIX ?= $(HOME)/.local
install: release
	install -Dm755 target/release/stillpoint $(PREFIX)/bin/stillpoint
	install -Dm644 assets/stillpoint.svg $(PREFIX)/share/icons/hicolor/scalable/apps/stillpoint.svg
	install -Dm644 assets/$(APP_ID).desktop $(PREFIX)/share/applications/$(APP_ID).desktop
	install -Dm644 assets/$(APP_ID).metainfo.xml $(PREFIX)/share/metainfo/$(APP_ID).metainfo.xml
	@echo "Installed: $(PREFIX)/bin/stillpoint (make sure $(PREFIX)/bin is on your PATH)"

# A Debian package in target/debian/, made by cargo-deb (installed through
# cargo at the version named here when it is missing), after checking the
# desktop entry and the software-centre description.
package: release package-deps
	appstreamcli validate --no-net assets/$(APP_ID).metainfo.xml
	desktop-file-validate assets/$(APP_ID).desktop
	@cargo-deb --version 2>/dev/null | grep -qF "$(CARGO_DEB_VERSION)" || \
	  $(CARGO) install --locked cargo-deb --version $(CARGO_DEB_VERSION)
	$(CARGO) deb --locked --no-build
	@ls -l target/debian/*.deb

# Installs the package as a person would (dpkg -i, with apt-get fetching
# what it depends on), uses the installed app, and removes it again.
check-package: package
	set -e; deb="$$(ls -t target/debian/stillpoint_*.deb | head -n 1)"; \
	sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	dpkg-deb --contents "$$deb" > target/debian/contents.txt; \
	for path in usr/bin/stillpoint usr/share/applications/$(APP_ID).desktop \
	  usr/share/metainfo/$(APP_ID).metainfo.xml usr/share/icons/hicolor/scalable/apps/stillpoint.svg \
	  usr/share/stillpoint/sessions/the-pause.ron; do \
	  grep -q "\./$$path\$$" target/debian/contents.txt || { echo "the package lacks $$path"; exit 1; }; \
	done; \
	$$sudo dpkg -i "$$deb" || DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -f -y -qq --no-install-recommends; \
	dpkg-query -W -f='$${Status}' stillpoint | grep -q "install ok installed"; \
	scratch="$$(mktemp -d)"; trap 'rm -rf "$$scratch"' EXIT; \
	/usr/bin/stillpoint --version; \
	/usr/bin/stillpoint --data-dir "$$scratch" validate /usr/share/stillpoint/sessions; \
	/usr/bin/stillpoint --data-dir "$$scratch" render the-pause -o "$$scratch/the-pause.wav"; \
	test -s "$$scratch/the-pause.wav"; \
	$$sudo dpkg -r stillpoint; \
	test ! -e /usr/bin/stillpoint; \
	echo "The package installed, ran and was removed."

# Benchmarks print their figures beside a baseline measured in the same run.
# They build with the same profile as the tests.
bench: deps test-deps bench-deps
	$(CARGO) bench --locked --profile dev --bench bench

# Every benchmark once, on small inputs: what .ci/run does, so that none
# can break unseen. Its figures mean nothing.
bench-quick: deps test-deps bench-deps
	$(CARGO) bench --locked --profile $(PROFILE) --bench bench -- --quick

# The screenshots of the README and docs/, taken again from the real
# window under Xvfb (docs/screenshots/take.sh).
screenshots: build screenshot-deps
	docs/screenshots/take.sh target/debug/stillpoint

lint: deps
	$(CARGO) fmt --check
	$(CARGO) clippy --locked --all-targets -- -D warnings

deps:
	@$(call ensure_packages,$(BUILD_PACKAGES))

test-deps:
	@$(call ensure_packages,$(TEST_PACKAGES))

bench-deps:
	@$(call ensure_packages,$(BENCH_PACKAGES))

package-deps:
	@$(call ensure_packages,$(PACKAGE_PACKAGES))

screenshot-deps:
	@$(call ensure_packages,$(SCREENSHOT_PACKAGES))

# Installs the Debian packages in $(1) that are missing, with sudo when not
# root. Elsewhere, names what is missing and stops.
define ensure_packages
	set -e; packages="$(1)"; [ -n "$$packages" ] || exit 0; \
	if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then \
	  missing=""; \
	  for p in $$packages; do \
	    dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	  done; \
	  [ -z "$$missing" ] && exit 0; \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	  echo "Installing system packages:$$missing"; \
	  $$sudo apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	else \
	  missing=""; \
	  for p in $$packages; do case "$$p" in \
	    pkg-config) command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config";; \
	    libasound2-dev) pkg-config --exists alsa 2>/dev/null || missing="$$missing ALSA-development-files(alsa-lib-devel/alsa-lib)";; \
	    *) command -v "$$p" >/dev/null 2>&1 || missing="$$missing $$p";; \
	  esac; done; \
	  if [ -n "$$missing" ]; then echo "Stillpoint needs these installed first:$$missing (Debian names: $$packages)"; exit 1; fi; \
	fi
endef
