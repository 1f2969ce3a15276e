//! Decimals in messages (a tag's chance of being seen, the share of posts a habit tag is in),
//! written as `format!("{:.N}")` writes them, with integer arithmetic: formatting a float would
//! link core's float printing into the `.wasm`.

use super::message::Arg;

/// `value` with `places` decimal places (0 to 3), rounded as `{:.N}` rounds: the exact binary
/// value, halves to even. Non-finite values are written as `Display` writes them; magnitudes
/// past `u64::MAX` (no message shows one) are written as `u64::MAX`.
#[derive(Clone, Copy, Debug)]
pub struct Fixed {
    pub value: f64,
    pub places: u8,
}

impl Fixed {
    pub fn new(value: f64, places: u8) -> Self {
        Fixed { value, places: places.min(3) }
    }
}

impl Arg for Fixed {
    fn push_to(&self, out: &mut String) {
        let x = self.value;
        if x.is_nan() {
            out.push_str("NaN");
            return;
        }
        if x.is_sign_negative() {
            out.push('-');
        }
        let a = x.abs();
        if a.is_infinite() {
            out.push_str("inf");
            return;
        }
        let pow = 10u64.pow(u32::from(self.places));
        // The whole part and the fraction apart: `a - whole` is exact, and so is the fraction
        // times a power of ten below 10,000 once it is rounded down to an integer.
        let whole = a.trunc();
        let fraction = a - whole;
        let scale = pow as f64;
        let mut digits = (fraction * scale).floor();
        if fraction.mul_add(scale, -digits) < 0.0 {
            digits -= 1.0;
        } else if fraction.mul_add(scale, -(digits + 1.0)) >= 0.0 {
            digits += 1.0;
        }
        // `mul_add` rounds once: its sign is the exact product's side of the half.
        let past_half = fraction.mul_add(scale, -(digits + 0.5));
        let last = if self.places == 0 { whole } else { digits };
        let up = past_half > 0.0 || (past_half == 0.0 && last % 2.0 == 1.0);
        let mut whole = whole as u64;
        let mut frac = digits as u64 + u64::from(up);
        if frac == pow {
            whole = whole.saturating_add(1);
            frac = 0;
        }
        whole.push_to(out);
        if self.places > 0 {
            out.push('.');
            let mut div = pow / 10;
            while div > 0 {
                out.push(char::from(b'0' + (frac / div % 10) as u8));
                div /= 10;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(value: f64, places: u8) -> String {
        let mut out = String::new();
        Fixed::new(value, places).push_to(&mut out);
        out
    }

    fn formatted(value: f64, places: u8) -> String {
        format!("{value:.*}", usize::from(places))
    }

    #[test]
    fn ties_and_near_ties_round_as_format_does() {
        let values = [
            0.0,
            -0.0,
            0.05,
            0.15,
            0.25,
            0.35,
            0.45,
            0.5,
            1.5,
            2.5,
            9.95,
            f64::from_bits(9.95f64.to_bits() - 1),
            99.95,
            f64::from_bits(0.05f64.to_bits() - 1),
            12.345,
            719.5,
            720.5,
            5.0 / 3.0,
            1e15 + 0.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            -2.5,
            -0.04,
        ];
        for value in values {
            for places in 0..=3 {
                assert_eq!(written(value, places), formatted(value, places), "{value} {places}");
            }
        }
    }

    #[test]
    fn chances_and_shares_as_the_rules_compute_them() {
        for posts in 0..=50u32 {
            for total in 1..=50u32 {
                let share = (posts as f32 / total as f32 * 100.0) as f64;
                assert_eq!(
                    written(share, 0),
                    format!("{:.0}", posts as f32 / total as f32 * 100.0)
                );
            }
        }
        for rate in 1..=2_000u32 {
            let rate = f64::from(rate) / 7.0;
            let hours = 9.0 / rate;
            let chance = (hours / 2.0).min(1.0) * 100.0;
            assert_eq!(written(chance, 1), formatted(chance, 1), "{rate}");
            assert_eq!(written(hours * 60.0 * 60.0, 0), formatted(hours * 3600.0, 0), "{rate}");
        }
    }

    proptest::proptest! {
        #[test]
        fn writes_what_format_writes(value in -1e9f64..1e9, places in 0u8..=3) {
            proptest::prop_assert_eq!(written(value, places), formatted(value, places));
        }

        #[test]
        fn writes_small_decimals_as_format_does(tenths in 0u32..100_000, nudge in -2i64..=2) {
            let value = f64::from_bits((f64::from(tenths) / 20.0).to_bits().wrapping_add_signed(nudge));
            proptest::prop_assert_eq!(written(value, 1), formatted(value, 1));
            proptest::prop_assert_eq!(written(value, 0), formatted(value, 0));
        }
    }
}
