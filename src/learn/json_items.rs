//! The elements of a JSON array as slices of the source, each with its line: so that one
//! broken record is skipped and named by its line, where parsing the whole array would fail at
//! the first error and lose every other post.

/// One element of the array: its 1-based line and its text.
#[derive(Debug)]
pub(crate) struct Item<'a> {
    pub line: usize,
    pub text: &'a str,
}

/// The top-level elements of the JSON array starting at `open` (the byte of its `[`), split by
/// tracking strings and nesting. `Err` when the array does not close (a truncated file), with
/// the line where it opened.
pub(crate) fn split(source: &str, open: usize) -> Result<Vec<Item<'_>>, String> {
    let bytes = source.as_bytes();
    let mut items = Vec::new();
    let mut line = 1 + bytes.get(..open).map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count());
    let open_line = line;
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut start: Option<(usize, usize)> = None;
    let mut i = open;
    while let Some(&b) = bytes.get(i) {
        if b == b'\n' {
            line += 1;
        }
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            i += 1;
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                if depth == 1 && start.is_none() {
                    start = Some((i, line));
                }
            }
            b'[' | b'{' => {
                if depth == 1 && start.is_none() {
                    start = Some((i, line));
                }
                depth += 1;
            }
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    push(source, &mut items, start.take(), i);
                    return Ok(items);
                }
            }
            b',' if depth == 1 => push(source, &mut items, start.take(), i),
            c if depth == 1 && start.is_none() && !c.is_ascii_whitespace() => {
                start = Some((i, line))
            }
            _ => {}
        }
        i += 1;
    }
    Err(format!("the array opened at line {open_line} never closes (a truncated file?)"))
}

fn push<'a>(source: &'a str, items: &mut Vec<Item<'a>>, start: Option<(usize, usize)>, end: usize) {
    if let Some((from, line)) = start
        && let Some(text) = source.get(from..end)
    {
        items.push(Item { line, text: text.trim_end() });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_top_level_items_with_their_lines() {
        let src = "x = [\n  {\"a\": [1, 2], \"b\": \"],{\"},\n  \"two\",\n  3\n]";
        let items = split(src, 4).unwrap();
        let got: Vec<(usize, &str)> = items.iter().map(|i| (i.line, i.text)).collect();
        assert_eq!(got, [(2, "{\"a\": [1, 2], \"b\": \"],{\"}"), (3, "\"two\""), (4, "3")]);
    }

    #[test]
    fn an_unclosed_array_is_an_error() {
        assert!(split("[\n{\"a\": 1},\n{\"b\"", 0).unwrap_err().contains("line 1"));
        assert!(split("[]", 0).unwrap().is_empty());
    }
}
