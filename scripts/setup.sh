#!/usr/bin/env bash
# Installs what the build and the tests need, from the package registries only, and skips
# whatever is already there. Run (not sourced) by scripts/serve, test, bench and fuzz; safe to run again.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TRUNK_VERSION=0.22.1
BINARYEN_VERSION=132.0.0
TERSER_VERSION=5.51.4

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages: the browser and its driver, brotli for size reports, poppler for PDF checks,
# python3-icalendar for the calendar file.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
# Firefox and WebKit, for the end-to-end tests in two more engines (driven by npm's puppeteer-core
# and selenium-webdriver): WebKitGTK's driver starts its MiniBrowser, which needs an X display;
# PIL compares WebKit's screenshots.
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
# Its French language pack: with it, a French interface, and date fields in French order
# (jj/mm/aaaa), as a French visitor's Firefox shows them.
dpkg -s firefox-esr-l10n-fr >/dev/null 2>&1 || missing+=(firefox-esr-l10n-fr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || missing+=(xvfb)
/usr/bin/python3 -c "import PIL" 2>/dev/null || missing+=(python3-pil)
command -v brotli >/dev/null || missing+=(brotli)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
# The calendar file is read back by an independent parser in the tests.
/usr/bin/python3 -c "import icalendar" 2>/dev/null || missing+=(python3-icalendar)
# A venv for PyPI factur-x, which makes the electronic invoices the reader is tested on; qpdf
# rewrites and encrypts its PDFs as other producers do.
/usr/bin/python3 -c "import ensurepip" 2>/dev/null || missing+=(python3-venv)
command -v qpdf >/dev/null || missing+=(qpdf)
# A real WordPress for the plugin's test (tests/e2e/wordpress.mjs starts its own MariaDB and
# Apache on loopback, never the machine's services); php -l checks the plugin.
[ -f /usr/share/wordpress/wp-settings.php ] || missing+=(wordpress)
command -v mariadbd >/dev/null || missing+=(mariadb-server)
command -v apache2 >/dev/null || missing+=(apache2)
ls /usr/lib/apache2/modules/libphp*.so >/dev/null 2>&1 || missing+=(libapache2-mod-php)
command -v php >/dev/null || missing+=(php-cli)
# The build writes each file's Subresource Integrity (sha384) with openssl (scripts/version-assets).
command -v openssl >/dev/null || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
  say "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Rust: the wasm target and the lint tools.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
rustup component list --installed | grep -q '^clippy' || rustup component add clippy

# Trunk. 0.22.1 declares rust-version 1.96.1 but builds on 1.95. Its own release profile
# (fat LTO, one codegen unit) takes ~21 min on 2 cores; thin settings cut that (README).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "cargo install trunk $TRUNK_VERSION (several minutes, once)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked trunk --version "$TRUNK_VERSION" --ignore-rust-version
fi

# wasm-bindgen CLI: exactly the version of the wasm-bindgen crate in Cargo.lock.
cd "$ROOT"
[ -f Cargo.lock ] || cargo generate-lockfile
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $BINDGEN_VERSION" ]; then
  say "cargo install wasm-bindgen-cli $BINDGEN_VERSION (a few minutes, once)"
  # --locked fails to resolve one of its locked dependencies: install unlocked.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION"
fi

# wasm-opt: Debian's binaryen (108) cannot read what wasm-bindgen 0.2.130 emits; npm's can.
if [ "$("$ROOT/tools/binaryen/node_modules/.bin/wasm-opt" --version 2>/dev/null | awk '{print $3}')" != "${BINARYEN_VERSION%%.*}" ]; then
  say "npm install binaryen@$BINARYEN_VERSION into tools/binaryen"
  mkdir -p "$ROOT/tools/binaryen"
  npm install --silent --no-audit --no-fund --prefix "$ROOT/tools/binaryen" "binaryen@$BINARYEN_VERSION" >/dev/null
fi

# terser minifies embed.js in the build (scripts/version-assets): Trunk's minifier does not
# reach a copied file.
if [ "$("$ROOT/tools/terser/node_modules/.bin/terser" --version 2>/dev/null)" != "terser $TERSER_VERSION" ]; then
  say "npm install terser@$TERSER_VERSION into tools/terser"
  mkdir -p "$ROOT/tools/terser"
  npm install --silent --no-audit --no-fund --prefix "$ROOT/tools/terser" "terser@$TERSER_VERSION" >/dev/null
fi

# npm @e-invoice-eu/core, pinned, in tools/e-invoice-eu: a third writer of test invoices, UBL,
# CII and Factur-X at each profile (tests/invoices/e-invoice-eu.mjs, run by make.py).
E_INVOICE_EU_VERSION=2.3.4
if [ "$(node -p "require('$ROOT/tools/e-invoice-eu/node_modules/@e-invoice-eu/core/package.json').version" 2>/dev/null)" != "$E_INVOICE_EU_VERSION" ]; then
  say "npm install @e-invoice-eu/core@$E_INVOICE_EU_VERSION into tools/e-invoice-eu"
  mkdir -p "$ROOT/tools/e-invoice-eu"
  npm install --silent --no-audit --no-fund --prefix "$ROOT/tools/e-invoice-eu" "@e-invoice-eu/core@$E_INVOICE_EU_VERSION" >/dev/null
fi

# PyPI factur-x (Akretion) and drafthorse, pinned, in tools/pyvenv: they write the CII, UBL
# and Factur-X invoices the reader is tested on, and factur-x reads them back as the oracle
# (tests/invoices/make.py).
PY_TEST_PACKAGES="factur-x==7.8 drafthorse==2025.2.0"
have=$("$ROOT/tools/pyvenv/bin/python" -c 'import importlib.metadata as m; print(" ".join(f"{p}=={m.version(p)}" for p in ("factur-x", "drafthorse")))' 2>/dev/null || true)
if [ "$have" != "$PY_TEST_PACKAGES" ]; then
  say "pip install $PY_TEST_PACKAGES into tools/pyvenv"
  /usr/bin/python3 -m venv "$ROOT/tools/pyvenv"
  # shellcheck disable=SC2086
  "$ROOT/tools/pyvenv/bin/pip" install --quiet --disable-pip-version-check $PY_TEST_PACKAGES
fi

# End-to-end test dependencies (playwright-core drives Debian's Chromium, puppeteer-core its
# firefox-esr; neither downloads a browser).
if [ ! -d "$ROOT/tests/e2e/node_modules/playwright-core" ] || [ "$ROOT/tests/e2e/package-lock.json" -nt "$ROOT/tests/e2e/node_modules/.package-lock.json" ]; then
  say "npm ci in tests/e2e"
  (cd "$ROOT/tests/e2e" && npm ci --silent --no-audit --no-fund >/dev/null)
fi
