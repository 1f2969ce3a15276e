//! Any suggestion on any text: applying it either succeeds with valid UTF-8 that keeps the text
//! outside the range, or is refused; never a panic.
#![no_main]

use arbitrary::Arbitrary;
use brio::Suggestion;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    text: String,
    replacement: String,
    start: u16,
    end: u16,
}

fuzz_target!(|input: Input| {
    let suggestion = Suggestion {
        label: String::new(),
        replacement: input.replacement.clone(),
        start: usize::from(input.start),
        end: usize::from(input.end),
        safe: true,
    };
    if let Ok(fixed) = brio::apply_fix(&input.text, &suggestion) {
        let units: Vec<u16> = input.text.encode_utf16().collect();
        let before = String::from_utf16(&units[..suggestion.start]).expect("prefix on a boundary");
        let after = String::from_utf16(&units[suggestion.end..]).expect("suffix on a boundary");
        assert_eq!(fixed, format!("{before}{}{after}", input.replacement));
    }
});
