# Brio: the one entry point. `make demo` runs the demo, `make test` runs every test.
# Every tool these targets need is installed here, idempotently, on a fresh machine.

SHELL := /bin/bash
CARGO ?= cargo
# wasm-bindgen-cli must match the wasm-bindgen crate exactly: read the pin from Cargo.toml.
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
SHARED ?= ../shared

.PHONY: all demo test test-rust test-js lint-js npm test-npm eval oracle-tools test-browser test-integrations test-extension extension extension-firefox firefox-tools extension-fixtures lint tools rust-tools node-tools browser-tools fuzz-tools cli pkg www bench bench-tools bench-wasm bench-browser profile profile-wasm pkg-profile profile-corpus valgrind-tools fuzz fuzz-smoke clean wordpress-plugin wordpress-tools test-wordpress

all: cli

## Set-up ---------------------------------------------------------------------------------------

tools: rust-tools node-tools browser-tools fuzz-tools oracle-tools

rust-tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@if [ "$$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$(WASM_BINDGEN_VERSION)" ]; then \
		echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; \
		$(CARGO) install wasm-bindgen-cli --version "$(WASM_BINDGEN_VERSION)" --locked --no-default-features \
		|| { echo "locked install failed (a pinned dependency is missing from the registry): resolving afresh"; \
		     $(CARGO) install wasm-bindgen-cli --version "$(WASM_BINDGEN_VERSION)" --no-default-features; }; \
	fi

# npm ci only when package-lock.json changed since the last install.
node-tools: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# Debian's Chromium for the browser tests (playwright-core drives it; it never downloads one).
# The emoji font only makes screenshots show emoji instead of empty boxes.
browser-tools:
	@command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)
	@fc-list 2>/dev/null | grep -qi "color emoji" || apt-get install -y fonts-noto-color-emoji || true

# The fix oracle's grammar checkers (tests/js/fix-oracle.test.js): Debian's Grammalecte for
# French, harper.js for English (a dependency of bench/, so that node-tools stays light).
oracle-tools: bench-tools
	@command -v grammalecte-cli >/dev/null || (apt-get update && apt-get install -y grammalecte-cli)

fuzz-tools:
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked

## Build ----------------------------------------------------------------------------------------

cli:
	$(CARGO) build --release --bin brio

# The WebAssembly package. `wasm-release` is the release profile tuned for size (Cargo.toml);
# then wasm-opt (npm binaryen) at -O3, which gzips about as small as -Oz for faster checks (see
# bench/LOG.md), run until it no longer shrinks the module (--converge), and told that nothing
# lives in the first KB of memory (--low-memory-unused: rustc puts the stack first, growing
# down from 1 MiB, and the data above it), so that small constant offsets fold into the loads
# and stores. Rebuilt only when the Rust sources change.
WASM_PROFILE := wasm-release
WASM_FILE := $(or $(CARGO_TARGET_DIR),target)/wasm32-unknown-unknown/$(WASM_PROFILE)/brio.wasm
WASM_OPT_FLAGS ?= -O3 --converge --low-memory-unused
RUST_SOURCES := $(shell find src compile -type f) build.rs Cargo.toml Cargo.lock

# `make pkg` builds three: the full build in pkg/ (both languages, profiles, `learn`), and the
# one-language builds in pkg/fr and pkg/en (that language's packs, no profile, no `learn`, and
# the hashtag word lists apart, in pkg/words.bin), each with its own glue; the editor's loader
# picks one per page (docs/npm.md, "Builds"). `-p brio` keeps the CLI's default features out of
# the one-language builds.
# $(call wasm-build,DIR,CARGO FLAGS)
define wasm-build
	$(CARGO) build --lib --profile $(WASM_PROFILE) --target wasm32-unknown-unknown $(2)
	wasm-bindgen --target web --out-dir $(1) --out-name brio $(WASM_FILE)
	node_modules/.bin/wasm-opt $(WASM_OPT_FLAGS) --enable-bulk-memory --enable-nontrapping-float-to-int \
		--enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
		$(1)/brio_bg.wasm -o $(1)/brio_bg.wasm
endef

# A one-language build's glue (brio.js and its snippet) loses its comments and its local names
# (terser, mangling only: no code is rewritten), about 3.7 KB gzipped of what a page fetches
# before its first hint; the .d.ts keeps the documentation. The full build's glue stays as
# wasm-bindgen writes it: the extension's loader (extension/tools/wasm-reset-loader.cjs) reads
# its declarations by name.
# $(call minify-glue,DIR)
define minify-glue
	for js in $(1)/brio.js $(1)/snippets/*/src/wasm/*.js; do \
		node_modules/.bin/terser "$$js" --module --mangle --comments false --output "$$js" || exit 1; \
	done
endef

pkg: pkg/package.json
pkg/package.json: $(RUST_SOURCES) www/tools/pkg-json.js | rust-tools node-tools
	rm -rf pkg
	$(call wasm-build,pkg,)
	$(call wasm-build,pkg/fr,-p brio --no-default-features --features fr)
	$(call minify-glue,pkg/fr)
	$(call wasm-build,pkg/en,-p brio --no-default-features --features en)
	$(call minify-glue,pkg/en)
	$(CARGO) run --release --quiet -p brio-compile --features build --bin brio-words -- src/hashtags/data pkg/words.bin
	node www/tools/pkg-json.js
	@for d in pkg pkg/fr pkg/en; do echo "$$d/brio_bg.wasm: $$(stat -c %s $$d/brio_bg.wasm) bytes, $$(gzip -9c $$d/brio_bg.wasm | wc -c) gzipped"; done

# The demo composer, bundled by webpack into www/dist.
# (The WordPress plugin's build output under integrations/wordpress is not a source of the demo.)
WWW_SOURCES := $(shell find www/src www/static www/examples integrations -path integrations/wordpress/dist -prune -o -type f ! -name "*.zip" -print 2>/dev/null) webpack.config.js
www: www/dist/index.html
www/dist/index.html: pkg/package.json $(WWW_SOURCES) | node-tools
	node_modules/.bin/webpack --mode production

# The npm package `brio` (npm/pack.js, docs/npm.md): the wasm package, the editor layer and the
# CMS plugins with their .d.ts, packed by `npm pack` into dist-npm/brio-<version>.tgz (its sizes
# in dist-npm/pack.json).
NPM_SOURCES := $(shell find www/src/editor integrations npm -type f -not -path 'integrations/wordpress/*' 2>/dev/null) tsconfig.json
npm: dist-npm/pack.json
dist-npm/pack.json: pkg/package.json $(NPM_SOURCES) | node-tools
	node npm/pack.js

# The MV3 browser extension: unpacked in extension/dist, with the tests' hooks (load it from
# chrome://extensions), and the store's build in extension/dist-store, zipped for an upload as
# extension/brio-chrome.zip (no test hook in it).
EXTENSION_SOURCES := $(shell find extension/src extension/tools www/src/editor -type f 2>/dev/null) extension/webpack.config.js
extension: extension/dist/manifest.json extension/brio-chrome.zip
extension/dist/manifest.json: pkg/package.json $(EXTENSION_SOURCES) package.json | node-tools
	rm -rf extension/dist
	node_modules/.bin/webpack --config extension/webpack.config.js --mode production
extension/brio-chrome.zip: pkg/package.json $(EXTENSION_SOURCES) package.json | node-tools
	rm -rf extension/dist-store $@
	node_modules/.bin/webpack --config extension/webpack.config.js --mode production --env store
	cd extension/dist-store && zip -qrX ../brio-chrome.zip .

# The same extension for Firefox (an event page instead of the service worker, an add-on id):
# unpacked with the tests' hooks in extension/dist-firefox, and the store's build zipped as
# extension/brio-firefox.zip, checked by Mozilla's linter (web-ext lint).
extension-firefox: extension/dist-firefox/manifest.json extension/brio-firefox.zip
extension/dist-firefox/manifest.json: pkg/package.json $(EXTENSION_SOURCES) package.json | node-tools
	rm -rf extension/dist-firefox
	node_modules/.bin/webpack --config extension/webpack.config.js --mode production --env firefox
extension/brio-firefox.zip: pkg/package.json $(EXTENSION_SOURCES) package.json | node-tools
	rm -rf extension/dist-firefox-store $@
	node_modules/.bin/webpack --config extension/webpack.config.js --mode production --env firefox --env store
	node_modules/.bin/web-ext lint --source-dir extension/dist-firefox-store --self-hosted=false --warnings-as-errors
	cd extension/dist-firefox-store && zip -qrX ../brio-firefox.zip .

# The WordPress plugin, zipped for Plugins → Add New → Upload Plugin: the block-editor and
# settings scripts bundled with WordPress's own packages as externals (wp.*), the worker and the
# .wasm beside them (integrations/wordpress/webpack.config.js).
WORDPRESS_ZIP := integrations/wordpress/brio-wordpress.zip
WORDPRESS_SOURCES := $(shell find integrations/wordpress/src integrations/gutenberg integrations/core www/src/editor -type f 2>/dev/null) \
	integrations/wordpress/brio.php integrations/wordpress/readme.txt integrations/wordpress/webpack.config.js
wordpress-plugin: $(WORDPRESS_ZIP)
$(WORDPRESS_ZIP): pkg/package.json $(WORDPRESS_SOURCES) package.json | node-tools wordpress-tools
	rm -rf integrations/wordpress/dist $@
	node_modules/.bin/webpack --config integrations/wordpress/webpack.config.js --mode production
	cd integrations/wordpress/dist && zip -qrX ../brio-wordpress.zip brio

# Debian's WordPress, MariaDB and PHP for the plugin's test, which starts its own servers on
# 127.0.0.1 and removes them (none of the packages' own services is used), and zip/unzip.
wordpress-tools:
	@if ! { command -v php && command -v mariadbd && command -v mariadb-install-db && command -v zip && command -v unzip \
		&& [ -f /usr/share/wordpress/wp-settings.php ] && php -m | grep -qx mysqli; } >/dev/null; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
			wordpress mariadb-server mariadb-client php-cli php-mysql zip unzip; \
	fi

# Debian's Firefox ESR for the Firefox tests (puppeteer-core drives it over WebDriver BiDi).
firefox-tools:
	@command -v firefox-esr >/dev/null || (apt-get update && apt-get install -y firefox-esr)

# The composer fixtures of the extension tests: the real editor packages, bundled once.
EXTENSION_FIXTURES := $(shell find tests/extension/fixtures -path '*/dist' -prune -o -type f -print 2>/dev/null)
extension-fixtures: tests/extension/fixtures/dist/.built
tests/extension/fixtures/dist/.built: $(EXTENSION_FIXTURES) package-lock.json | node-tools
	node_modules/.bin/webpack --config tests/extension/fixtures/webpack.config.js
	@touch $@

## Run ------------------------------------------------------------------------------------------

# Builds the CLI, the package and the demo, then serves the demo on http://localhost:8080.
PORT ?= 8080
demo: cli www
	@for f in examples/*.txt; do ./target/release/brio check --platform x "$$f" || true; done
	node www/tools/serve.js www/dist $(PORT)

## Test -----------------------------------------------------------------------------------------

test: lint test-rust test-js test-browser test-integrations test-npm test-extension test-wordpress fuzz-smoke

lint: lint-js
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets --workspace -- -D warnings
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	$(CARGO) clippy --target wasm32-unknown-unknown --lib -- -D warnings
	@# The one-language builds of `make pkg` (their own cfgs).
	$(CARGO) clippy -p brio --target wasm32-unknown-unknown --lib --no-default-features --features fr -- -D warnings
	$(CARGO) clippy -p brio --target wasm32-unknown-unknown --lib --no-default-features --features en -- -D warnings

# The JavaScript's types, checked from its JSDoc (tsconfig.json, checkJs): the editor layer, the
# CMS plugins and the extension. pkg/ is needed for the report's types (pkg/brio.d.ts).
lint-js: pkg node-tools
	node_modules/.bin/tsc -p tsconfig.json

# Tests that read $(SHARED) fail loudly when it is missing under CI (CI=true).
test-rust:
	BRIO_SHARED=$(abspath $(SHARED)) $(CARGO) test --workspace
	@# The conformance pass rates, printed per section.
	BRIO_SHARED=$(abspath $(SHARED)) $(CARGO) test -q --test conformance_twitter_text -- --nocapture

# fix-oracle.test.js judges every fix of the corpus with the oracle's checkers.
test-js: node-tools cli pkg oracle-tools
	node --test tests/js/

# Drives Debian's Chromium over the built demo (served by the test itself on a free port).
test-browser: www browser-tools
	node --test tests/browser/

# The CMS editor plugins (integrations/): their position mappings in Node, then each real
# editor from npm in Chromium over the built examples (www/dist/examples).
test-integrations: www browser-tools
	node --test tests/integrations/

# The package as an integrator gets it: the tarball installed with webpack 5, Vite and the
# editors from the registry into a fresh temporary project, the docs' code for each editor
# bundled by both and driven in Chromium, and a TypeScript consumer of the shipped types.
test-npm: npm browser-tools
	node --test tests/npm/

# Loads extension/dist in Debian's Chromium and drives it on the composer fixtures, then the
# Firefox build in Debian's Firefox ESR (over WebDriver BiDi) on the Bluesky and Mastodon ones.
test-extension: extension extension-firefox extension-fixtures browser-tools firefox-tools
	node --test tests/extension/

# The WordPress plugin: its PHP and zip, its pre-publish gate in Node, then the zip in a real
# WordPress (Debian's, with MariaDB, started by the test) driven in Chromium. The CLI gives the
# profile errors the settings page must repeat.
test-wordpress: wordpress-plugin wordpress-tools browser-tools cli
	node --test tests/wordpress/


# Per-keystroke main-thread work on a 1 MB text in Chromium: the demo composer (a textarea) and
# a contenteditable on the real worker, each against the same element without Brio
# (bench/keystroke.js; figures in bench/LOG.md). Not part of `make test`: timings are measured,
# never asserted.
.PHONY: bench-keystroke
bench-keystroke: www browser-tools
	node bench/keystroke.js

# Size, start-up and check times of the wasm package in Node (docs/architecture.md, "Budgets"),
# then its bytes by section (code, data), gzipped and brotli.
bench-wasm: pkg
	node www/tools/bench-wasm.js
	node bench/wasm-bytes.js

# Start-up and time to first check of the demo in Chromium.
bench-browser: www browser-tools
	node www/tools/bench-browser.js

# A few seconds per fuzz target in `make test`; the long run is `make fuzz`.
FUZZ_TARGETS := check profile apply_fix session
FUZZ_SECONDS ?= 600
fuzz-smoke: fuzz-tools
	@for t in $(FUZZ_TARGETS); do \
		$(CARGO) +nightly fuzz run $$t -- -max_total_time=8 -rss_limit_mb=2048 || exit 1; \
	done

fuzz: fuzz-tools
	@for t in $(FUZZ_TARGETS); do \
		$(CARGO) +nightly fuzz run $$t -- -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 || exit 1; \
	done

## Measure --------------------------------------------------------------------------------------

# Precision and recall per rule on the evaluation corpus (eval/README.md), then every false
# positive and miss. A report: it fails only on an invalid corpus.
eval: cli node-tools
	node eval/run.js
	@# The held-out posts, never tuned on: the honest figures.
	node eval/run.js --posts eval/heldout
	node eval/voices.js

# Criterion over the core, then bench/compare.js: the package side by side with write-good and
# harper.js (dev dependencies of bench/, installed apart so that `make test` never loads 16 MB
# of harper) on bench/posts and on the bench corpus (bench/corpus: 200+ generated posts in
# classes), with every budget of docs/architecture.md that Node measures and issue 19's targets. The JSON
# of the run goes to target/bench/compare.json; `node bench/compare.js --from
# target/bench/compare.json --summary` prints the README's rows from it. BENCH_ARGS: more
# options of compare.js (`--only brio`, `--quick`, `--classes tags-0,tags-30`...).
BENCH_ARGS ?=
bench: pkg bench-tools
	$(CARGO) bench --bench check
	@mkdir -p target/bench
	node bench/compare.js --out target/bench/compare.json $(BENCH_ARGS)

bench-tools: bench/node_modules/.installed
bench/node_modules/.installed: bench/package.json bench/package-lock.json
	npm ci --prefix bench --no-audit --no-fund
	@touch $@

# Instruction counts of one case (tweet_fr, post_fr, doc100k, new...), repeatable on a busy
# machine: `make profile CASE=post_fr`, then callgrind_annotate on the file it names.
CASE ?= post_fr
profile: valgrind-tools
	$(CARGO) bench --bench callgrind --no-run
	valgrind --tool=callgrind --callgrind-out-file=target/callgrind.$(CASE).out \
		$$(ls -t target/release/deps/callgrind-* | grep -v '\.d$$' | head -1) $(CASE) 20
	@echo "callgrind_annotate --inclusive=yes target/callgrind.$(CASE).out | head -60"

# The same count for the wasm package under Node, for the check and for the core alone: the
# repeatable way to compare two builds of the package (`node bench/instructions.js POST PKG`);
# POST=corpus:CLASS counts the mean over the posts of a class of the bench corpus.
POST ?= post-fr
profile-wasm: pkg valgrind-tools
	node bench/instructions.js $(POST)

# The package built as `make pkg` builds it, but with the wasm function names kept (wasm-bindgen
# keeps the name section, `wasm-opt -g` too), for profilers: in $(CARGO_TARGET_DIR)/pkg-profile.
# Then V8's sampling profiler over one class of the bench corpus: `make profile-corpus
# CLASS=tags-30` lists the functions by self and inclusive time (bench/profile.js).
# PROFILE_BUILD=fr or en builds that one-language build instead, in pkg-profile-fr or
# pkg-profile-en, for `twiggy` (`twiggy top`, `dominators`, `garbage` name its functions and data).
PROFILE_TARGET := $(or $(CARGO_TARGET_DIR),target)
PROFILE_BUILD ?=
PROFILE_PKG := $(PROFILE_TARGET)/pkg-profile$(if $(PROFILE_BUILD),-$(PROFILE_BUILD))
PROFILE_FLAGS := $(if $(PROFILE_BUILD),-p brio --no-default-features --features $(PROFILE_BUILD))
CLASS ?= many-findings
PROFILE_SECONDS ?= 5
pkg-profile: $(PROFILE_PKG)/brio_bg.wasm
$(PROFILE_PKG)/brio_bg.wasm: $(RUST_SOURCES) | rust-tools node-tools
	$(CARGO) build --lib --profile $(WASM_PROFILE) --target wasm32-unknown-unknown $(PROFILE_FLAGS)
	rm -rf $(PROFILE_PKG)
	wasm-bindgen --target web --out-dir $(PROFILE_PKG) --out-name brio \
		$(PROFILE_TARGET)/wasm32-unknown-unknown/$(WASM_PROFILE)/brio.wasm
	node_modules/.bin/wasm-opt $(WASM_OPT_FLAGS) -g --enable-bulk-memory --enable-nontrapping-float-to-int \
		--enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
		$@ -o $@

profile-corpus: pkg-profile
	BRIO_PKG=$(abspath $(PROFILE_PKG)) node bench/profile.js $(CLASS) $(PROFILE_SECONDS)

valgrind-tools:
	@command -v valgrind >/dev/null || (apt-get update && apt-get install -y valgrind)

clean:
	$(CARGO) clean
	rm -rf pkg www/dist extension/dist tests/extension/fixtures/dist dist-npm node_modules
