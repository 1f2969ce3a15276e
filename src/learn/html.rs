//! Mastodon's post HTML to plain text: paragraphs and `<br>` become line breaks, tags go, and
//! character references are decoded. Links keep the text the reader saw (Mastodon wraps the
//! scheme and the tail of long URLs in hidden spans: the whole URL comes back).

/// The text of a Mastodon `content` HTML fragment.
pub(crate) fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        decode_into(&mut out, rest.get(..lt).unwrap_or(""));
        let after = rest.get(lt..).unwrap_or("");
        let Some(gt) = after.find('>') else {
            // A lone `<` is text.
            decode_into(&mut out, after);
            rest = "";
            break;
        };
        let tag = after.get(1..gt).unwrap_or("").trim().to_ascii_lowercase();
        let name: String =
            tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        match name.as_str() {
            "br" => out.push('\n'),
            // A paragraph ends with a blank line, as Mastodon shows it.
            "p" if tag.starts_with('/') => out.push_str("\n\n"),
            _ => {}
        }
        rest = after.get(gt + 1..).unwrap_or("");
    }
    decode_into(&mut out, rest);
    out.trim().to_string()
}

/// `text` with its character references decoded (X escapes `&`, `<` and `>` in `full_text`).
pub(crate) fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    decode_into(&mut out, text);
    out
}

/// Appends `text` with its character references decoded.
fn decode_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or(""));
        let after = rest.get(amp..).unwrap_or("");
        let semi = after.bytes().take(12).position(|b| b == b';');
        let decoded = semi.and_then(|semi| reference(after.get(1..semi)?).map(|c| (c, semi)));
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = after.get(semi + 1..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = after.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
}

/// The char a reference names (without `&` and `;`): the named ones posts carry, and numbers.
fn reference(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "rsquo" => '’',
        "lsquo" => '‘',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "eacute" => 'é',
        "egrave" => 'è',
        "agrave" => 'à',
        "ccedil" => 'ç',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::to_text;

    #[test]
    fn strips_tags_and_keeps_paragraphs() {
        let html = "<p>Bonjour&nbsp;! L&#39;équipe &amp; moi</p><p>À <a href=\"https://m.s/tags/x\" class=\"mention hashtag\">#<span>Lyon</span></a><br>demain</p>";
        assert_eq!(to_text(html), "Bonjour\u{a0}! L'équipe & moi\n\nÀ #Lyon\ndemain");
    }

    #[test]
    fn long_links_come_back_whole() {
        let html = "<p><a href=\"https://example.org/a/very/long/path\"><span class=\"invisible\">https://</span><span class=\"ellipsis\">example.org/a/very/lo</span><span class=\"invisible\">ng/path</span></a></p>";
        assert_eq!(to_text(html), "https://example.org/a/very/long/path");
    }

    #[test]
    fn stray_marks_are_text() {
        assert_eq!(to_text("a < b & c &bogus; &#x1F680;"), "a < b & c &bogus; 🚀");
    }
}
