# Brio: the one entry point. `make demo` runs the demo, `make test` runs every test.
# Every tool these targets need is installed here, idempotently, on a fresh machine.

SHELL := /bin/bash
CARGO ?= cargo
# wasm-bindgen-cli must match the wasm-bindgen crate exactly: read the pin from Cargo.toml.
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
SHARED ?= ../shared

.PHONY: all demo test test-rust test-js lint tools rust-tools node-tools cli pkg clean

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

## Build ----------------------------------------------------------------------------------------

cli:
	$(CARGO) build --release --bin brio

## Run ------------------------------------------------------------------------------------------

demo: cli
	@for f in examples/*.txt; do ./target/release/brio check --platform x "$$f" || true; done

## Test -----------------------------------------------------------------------------------------

test: lint test-rust test-js

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets --workspace -- -D warnings

# Tests that read $(SHARED) fail loudly when it is missing under CI (CI=true).
test-rust:
	BRIO_SHARED=$(abspath $(SHARED)) $(CARGO) test --workspace

test-js: node-tools cli
	node --test tests/js/

clean:
	$(CARGO) clean
	rm -rf pkg www/dist extension/dist node_modules
