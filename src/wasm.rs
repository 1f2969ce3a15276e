//! The `#[wasm_bindgen]` facade (wasm32 only): options in, report out, nothing else.
