# Stillpoint: `make run` to start it, `make test` to run every test.
# Both install the system packages the build needs first (Debian: apt-get).

CARGO ?= cargo
# Debian packages the build needs (ALSA for sound output).
BUILD_PACKAGES := pkg-config libasound2-dev
# Debian packages the tests need, beyond the build's: recordings made
# elsewhere to decode, sox to read their lengths independently, and a
# PulseAudio server (with ALSA's pulse plugin) to play into a null sink.
TEST_PACKAGES := sound-theme-freedesktop sox pulseaudio pulseaudio-utils libasound2-plugins espeak-ng festival festvox-us-slt-hts python3-icalendar
# Debian packages the benchmarks need beyond the tests': a virtual display
# to open windows in, and xdotool to see them appear.
BENCH_PACKAGES := xvfb xauth xdotool
ARGS ?=

.PHONY: run test build bench install deps test-deps bench-deps lint

run: deps
	$(CARGO) run --locked -- $(ARGS)

build: deps
	$(CARGO) build --locked

test: deps test-deps
	$(CARGO) test --locked --lib --bins --tests
	$(CARGO) test --locked --doc

# Installs the app for the current user: the binary in ~/.local/bin, its
# icon and its desktop entry where desktops look for them.
PREFIX ?= $(HOME)/.local
install: deps
	$(CARGO) install --locked --profile dev --path . --root $(PREFIX)
	install -Dm644 assets/stillpoint.svg $(PREFIX)/share/icons/hicolor/scalable/apps/stillpoint.svg
	install -Dm644 assets/stillpoint.desktop $(PREFIX)/share/applications/stillpoint.desktop
	@echo "Installed: $(PREFIX)/bin/stillpoint (make sure $(PREFIX)/bin is on your PATH)"

# Benchmarks print their figures beside a baseline measured in the same run.
# They build with the same profile as the tests.
bench: deps test-deps bench-deps
	$(CARGO) bench --locked --profile dev --bench validate
	$(CARGO) bench --locked --profile dev --bench log
	$(CARGO) bench --locked --profile dev --bench app
	$(CARGO) bench --locked --profile dev --bench speech
	$(CARGO) bench --locked --profile dev --bench playback

lint: deps
	$(CARGO) fmt --check
	$(CARGO) clippy --locked --all-targets -- -D warnings

deps:
	@$(call ensure_packages,$(BUILD_PACKAGES))

test-deps:
	@$(call ensure_packages,$(TEST_PACKAGES))

bench-deps:
	@$(call ensure_packages,$(BENCH_PACKAGES))

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
