# Brio: the one entry point. `make demo` runs the demo, `make test` runs every test.
# Every tool these targets need is installed here, idempotently, on a fresh machine.

SHELL := /bin/bash
CARGO ?= cargo
# wasm-bindgen-cli must match the wasm-bindgen crate exactly: read the pin from Cargo.toml.
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
SHARED ?= ../shared

.PHONY: all demo test test-rust test-js lint tools rust-tools node-tools fuzz-tools cli pkg bench fuzz fuzz-smoke clean

all: cli

## Set-up ---------------------------------------------------------------------------------------

tools: rust-tools node-tools

rust-tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@if [ "$$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$(WASM_BINDGEN_VERSION)" ]; then \
		echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; \
		$(CARGO) install wasm-bindgen-cli --version "$(WASM_BINDGEN_VERSION)" --locked; \
	fi

# npm ci only when package-lock.json changed since the last install.
node-tools: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

fuzz-tools:
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked

## Build ----------------------------------------------------------------------------------------

cli:
	$(CARGO) build --release --bin brio

## Run ------------------------------------------------------------------------------------------

demo: cli
	@for f in examples/*.txt; do ./target/release/brio check --platform x "$$f" || true; done

## Test -----------------------------------------------------------------------------------------

test: lint test-rust test-js fuzz-smoke

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets --workspace -- -D warnings

# Tests that read $(SHARED) fail loudly when it is missing under CI (CI=true).
test-rust:
	BRIO_SHARED=$(abspath $(SHARED)) $(CARGO) test --workspace

test-js: node-tools cli
	node --test tests/js/

# A few seconds per fuzz target in `make test`; the long run is `make fuzz`.
FUZZ_TARGETS := check profile apply_fix
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

bench:
	$(CARGO) bench --bench check

clean:
	$(CARGO) clean
	rm -rf pkg www/dist extension/dist node_modules
