//! The little of IDNA twitter-text checks before linking a URL: each label of the host, once
//! punycode-encoded (RFC 3492), must be 1 to 63 characters long.

/// Longest DNS label.
const MAX_LABEL: usize = 63;

const BASE: u32 = 36;
const T_MIN: u32 = 1;
const T_MAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;
const INITIAL_BIAS: u32 = 72;
const INITIAL_N: u32 = 128;

fn adapt(mut delta: u32, points: u32, first: bool) -> u32 {
    delta /= if first { DAMP } else { 2 };
    delta += delta / points.max(1);
    let mut k = 0;
    while delta > ((BASE - T_MIN) * T_MAX) / 2 {
        delta /= BASE - T_MIN;
        k += BASE;
    }
    k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
}

/// Length of the punycode encoding of `label` (without the `xn--` prefix), or `None` on
/// overflow. Only the length matters here, so digits are counted rather than written.
fn encoded_len(label: &str) -> Option<usize> {
    let input: Vec<u32> = label.chars().map(u32::from).collect();
    let basic = input.iter().filter(|&&c| c < 0x80).count();
    let mut out = basic + usize::from(basic > 0);
    let mut n = INITIAL_N;
    let mut delta: u32 = 0;
    let mut bias = INITIAL_BIAS;
    let mut handled = u32::try_from(basic).ok()?;
    let total = u32::try_from(input.len()).ok()?;
    while handled < total {
        let m = input.iter().copied().filter(|&c| c >= n).min()?;
        delta = delta.checked_add((m - n).checked_mul(handled + 1)?)?;
        n = m;
        for &c in &input {
            if c < n {
                delta = delta.checked_add(1)?;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        T_MIN
                    } else if k >= bias + T_MAX {
                        T_MAX
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    out += 1;
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out += 1;
                bias = adapt(delta, handled + 1, handled == basic_u32(basic));
                delta = 0;
                handled += 1;
            }
        }
        delta = delta.checked_add(1)?;
        n = n.checked_add(1)?;
    }
    Some(out)
}

fn basic_u32(basic: usize) -> u32 {
    u32::try_from(basic).unwrap_or(u32::MAX)
}

/// Length of `label` as DNS sees it: unchanged if ASCII, else `xn--` and its punycode.
fn ascii_len(label: &str) -> Option<usize> {
    if label.is_ascii() { Some(label.len()) } else { encoded_len(label).map(|l| l + 4) }
}

/// The host's length once punycode-encoded, or `None` if a label is empty or too long.
pub(super) fn to_ascii_len(domain: &str) -> Option<usize> {
    let mut total = 0;
    for (i, label) in domain.split('.').enumerate() {
        let len = ascii_len(label)?;
        if len == 0 || len > MAX_LABEL {
            return None;
        }
        total += len + usize::from(i > 0);
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_like_rfc_3492() {
        // "bücher" -> "bcher-kva", "münchen" -> "mnchen-3ya", "みんな" -> "q9jyb4c".
        assert_eq!(encoded_len("bücher"), Some(9));
        assert_eq!(encoded_len("münchen"), Some(10));
        assert_eq!(encoded_len("みんな"), Some(7));
        assert_eq!(to_ascii_len("foo.みんな"), Some(3 + 1 + 11));
    }

    #[test]
    fn rejects_long_labels() {
        assert_eq!(to_ascii_len(&"a".repeat(64)), None);
        assert!(to_ascii_len(&"a".repeat(63)).is_some());
        let cjk = "あいうえおかきくけこ".repeat(6);
        assert_eq!(to_ascii_len(&cjk), None);
    }
}
