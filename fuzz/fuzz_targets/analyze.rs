//! Any bytes, read as a page the way the CLI and the server read it: the whole
//! analysis (layout, findings, entities, outline, markers) and the fixes must
//! not panic, ranges must lie on character boundaries, and fixes lose no text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = match baokan::encoding::decode(data.to_vec()) {
        Ok(decoded) => decoded.text,
        Err(_) => String::from_utf8_lossy(data).into_owned(),
    };
    let analysis = baokan::analysis::analyze(&text);
    for finding in &analysis.findings {
        assert!(text.is_char_boundary(finding.range.start));
        assert!(text.is_char_boundary(finding.range.end));
        assert!(finding.range.start <= finding.range.end && finding.range.end <= text.len());
    }
    for person in &analysis.entities.people {
        assert!(text.get(person.range.clone()).is_some());
        assert!(text.get(person.name_range.clone()).is_some());
    }
    for org in &analysis.entities.organisations {
        assert!(text.get(org.range.clone()).is_some());
    }
    let _ = baokan::analysis::outline::outline(&text, &analysis.layout);
    for marker in baokan::analysis::markers::find_markers(&text) {
        assert!(text.get(marker.range.clone()).is_some());
    }
    let (fixed, applied) = baokan::analysis::fix_all(&text);
    // Fixes join lines and move an inserted block (a caption) out of the
    // paragraph it cut: no character other than white space (as baokan reads
    // it: U+3000 and a stray U+FEFF too) is lost or added.
    if applied.is_empty() {
        assert_eq!(fixed, text);
    }
    let characters = |s: &str| {
        let mut chars: Vec<char> = s
            .chars()
            .filter(|&c| !baokan::analysis::text::is_space(c))
            .collect();
        chars.sort_unstable();
        chars
    };
    assert_eq!(
        characters(&text),
        characters(&fixed),
        "a fix lost or added text"
    );
});
