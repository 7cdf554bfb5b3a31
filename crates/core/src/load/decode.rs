//! Bytes -> text: byte-order marks, UTF-8 (a file cut inside its last character still counts), BOM-less UTF-16,
//! and Windows-1256 for the older Arabic files that are not UTF-8. Also the "is this text at all?" check.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1256};

/// Text decoded from a file, with the name of the encoding it was read as.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Why bytes that announce an encoding (by their byte-order mark) do not follow it.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Malformed {
    pub encoding: &'static str,
    /// Byte offset (in the file) of the first bad sequence.
    pub offset: usize,
}

/// Decodes a file's bytes. Only files that announce an encoding with a byte-order mark and then break it fail;
/// everything else decodes (Windows-1256 maps every byte).
pub(super) fn decode(bytes: &[u8]) -> Result<Decoded, Malformed> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        return decode_strict(encoding, body).map_err(|offset| Malformed {
            encoding: encoding.name(),
            offset: offset + bom_len,
        });
    }
    if let Some(encoding) = bomless_utf16(bytes)
        && let Ok(decoded) = decode_strict(encoding, bytes)
    {
        return Ok(decoded);
    }
    if let Ok(decoded) = decode_strict(UTF_8, bytes) {
        return Ok(decoded);
    }
    if mostly_utf8(bytes) {
        // A UTF-8 file with a few stray bytes: reading it as Windows-1256 would garble every Arabic letter,
        // so keep UTF-8 and let the stray bytes show as U+FFFD.
        return Ok(Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            encoding: UTF_8.name(),
        });
    }
    let (text, _) = WINDOWS_1256.decode_without_bom_handling(bytes);
    Ok(Decoded {
        text: text.into_owned(),
        encoding: WINDOWS_1256.name(),
    })
}

/// Decodes `body` (without its BOM) as UTF-8 or UTF-16, forgiving only a character cut off at the very end.
/// On failure returns the offset of the first malformed sequence.
fn decode_strict(encoding: &'static Encoding, body: &[u8]) -> Result<Decoded, usize> {
    let text = if encoding == UTF_8 {
        match std::str::from_utf8(body) {
            Ok(s) => s.to_owned(),
            // `error_len() == None`: the input ends inside a character (a file cut short); drop that tail.
            Err(e) if e.error_len().is_none() => body
                .get(..e.valid_up_to())
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or_default()
                .to_owned(),
            Err(e) => return Err(e.valid_up_to()),
        }
    } else {
        let body = trim_cut_utf16(encoding, body);
        match encoding.decode_without_bom_handling_and_without_replacement(body) {
            Some(s) => s.into_owned(),
            None => return Err(first_bad_utf16_unit(encoding, body)),
        }
    };
    Ok(Decoded {
        text,
        encoding: encoding.name(),
    })
}

/// Drops an odd trailing byte and a trailing lone high surrogate: the marks of a UTF-16 file cut short.
fn trim_cut_utf16<'a>(encoding: &'static Encoding, body: &'a [u8]) -> &'a [u8] {
    let even = body.get(..body.len() & !1).unwrap_or_default();
    let Some(last) = even.len().checked_sub(2).and_then(|i| even.get(i..)) else {
        return even;
    };
    let unit = utf16_unit(encoding, last);
    if (0xD800..0xDC00).contains(&unit) {
        even.get(..even.len() - 2).unwrap_or_default()
    } else {
        even
    }
}

fn utf16_unit(encoding: &'static Encoding, pair: &[u8]) -> u16 {
    let (a, b) = (
        pair.first().copied().unwrap_or(0),
        pair.get(1).copied().unwrap_or(0),
    );
    if encoding == UTF_16BE {
        u16::from_be_bytes([a, b])
    } else {
        u16::from_le_bytes([a, b])
    }
}

/// Byte offset of the first unpaired surrogate, for the error message.
fn first_bad_utf16_unit(encoding: &'static Encoding, body: &[u8]) -> usize {
    let units: Vec<u16> = body
        .chunks_exact(2)
        .map(|p| utf16_unit(encoding, p))
        .collect();
    let mut i = 0;
    while let Some(&u) = units.get(i) {
        match u {
            0xD800..=0xDBFF
                if units
                    .get(i + 1)
                    .is_some_and(|n| (0xDC00..0xE000).contains(n)) =>
            {
                i += 2;
            }
            0xD800..=0xDFFF => return i * 2,
            _ => i += 1,
        }
    }
    body.len()
}

/// UTF-16 without a byte-order mark: zero bytes all on one side of each code unit (the high byte of ASCII and
/// spaces), none on the other. Windows and some exporters write such files.
fn bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in bytes.chunks_exact(2) {
        even += usize::from(pair.first() == Some(&0));
        odd += usize::from(pair.get(1) == Some(&0));
    }
    let units = bytes.len() / 2;
    // Spaces alone make up more than a tenth of the code units of running text.
    let enough = |n: usize| n >= 2 && n * 10 >= units;
    let encoding = match (even, odd) {
        (0, n) if enough(n) => UTF_16LE,
        (n, 0) if enough(n) => UTF_16BE,
        _ => return None,
    };
    // And the code units read as the scripts of a news article (Latin, Arabic and their punctuation), not as a
    // scatter of CJK or private-use characters: a short binary file with one zero byte is not UTF-16.
    let plausible = bytes
        .chunks_exact(2)
        .filter(|pair| {
            let unit = utf16_unit(encoding, pair);
            unit < 0x0800
                || (0x2000..0x2070).contains(&unit)
                || (0xFB50..=0xFEFF).contains(&unit)
                || (0xD800..0xE000).contains(&unit)
        })
        .count();
    (plausible * 10 >= units * 9).then_some(encoding)
}

/// True when the bytes are UTF-8 apart from a few invalid sequences: many multi-byte characters decode, and
/// invalid sequences are rare next to them. Windows-1256 Arabic text almost never forms valid multi-byte UTF-8.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    multibyte >= 20 && multibyte >= invalid * 50
}

/// Why decoded text is not an article but binary data, if it is not.
pub(super) fn binary_reason(text: &str) -> Option<super::BinaryReason> {
    if text.contains('\0') {
        return Some(super::BinaryReason::NulBytes);
    }
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars() {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{b}' | '\u{c}' | '\u{85}') {
            control += 1;
        }
    }
    // Text files hold almost no control characters; a few in a hundred means binary data.
    (control > 0 && control * 50 > total).then_some(super::BinaryReason::ControlCharacters)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_cut_inside_the_last_character_stays_utf8() {
        let full = "مرحبا".as_bytes();
        let cut = full.get(..full.len() - 1).unwrap();
        let d = decode(cut).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.text, "مرحب");
    }

    #[test]
    fn windows_1256_when_not_utf8() {
        let (bytes, _, _) = WINDOWS_1256.encode("سلام عليكم");
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "windows-1256");
        assert_eq!(d.text, "سلام عليكم");
    }

    #[test]
    fn bomless_utf16le_is_recognised() {
        let bytes: Vec<u8> = "قال: hello world"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "UTF-16LE");
        assert_eq!(d.text, "قال: hello world");
    }

    #[test]
    fn utf16_with_bom_and_a_lone_surrogate_is_malformed() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in [0x0627u16, 0xDC00, 0x0644, 0x0020] {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(
            decode(&bytes),
            Err(Malformed {
                encoding: "UTF-16LE",
                offset: 4
            })
        );
    }

    #[test]
    fn utf16_cut_after_a_high_surrogate_drops_it() {
        let mut bytes = vec![0xFE, 0xFF];
        for u in [0x0627u16, 0xD83D] {
            bytes.extend(u.to_be_bytes());
        }
        bytes.push(0xDE); // half of the low surrogate
        let d = decode(&bytes).unwrap();
        assert_eq!((d.encoding, d.text.as_str()), ("UTF-16BE", "ا"));
    }

    #[test]
    fn a_short_binary_file_with_one_zero_byte_is_not_utf16() {
        assert_eq!(bomless_utf16(b"abc\0def"), None);
        let utf16: Vec<u8> = "قال: نعم، this is text"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(bomless_utf16(&utf16), Some(UTF_16LE));
    }

    #[test]
    fn binary_detection() {
        assert!(binary_reason("abc\0def").is_some());
        assert!(binary_reason("نص عادي\tمع جدولة\n").is_none());
        let noisy: String = (0..100)
            .map(|i| if i % 10 == 0 { '\u{1}' } else { 'a' })
            .collect();
        assert!(binary_reason(&noisy).is_some());
    }
}
