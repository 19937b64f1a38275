//! Prints how the layout reads each line of a page, for tuning the rules:
//! `kinds PAGE` prints the page's layout (and whether its paragraphs open
//! with an indent the extraction dropped), then one line per line of text
//! (number, kind, width/column, its part of a list or table if any, flags, the
//! text). Flags: `o` opens a paragraph, `s` starts with a space, `t` tight
//! (no blank line on either side where most lines have one), then the ending:
//! `.` terminal, `,` clause, `-` continuing, ` ` open.
use std::io::Write;

fn main() {
    let path = std::env::args().nth(1).expect("page path");
    let text = std::fs::read_to_string(path).expect("a UTF-8 page");
    let page = baokan::analysis::layout::analyze_layout(&text);
    let mut out = std::io::stdout().lock();
    // A closed pipe (`| head`) ends the listing quietly.
    let _ = writeln!(
        out,
        "{:?}{}",
        page.layout,
        if page.indents_paragraphs {
            " (paragraphs indented)"
        } else {
            ""
        }
    );
    for (n, line) in page.lines.iter().enumerate() {
        let written = writeln!(
            out,
            "{:>5} {:<8} {:>3}/{:<3} {:<6} {}{}{}{} {}",
            n + 1,
            format!("{:?}", line.kind),
            line.width,
            line.column,
            match line.list {
                baokan::analysis::layout::ListPart::Outside => String::new(),
                part => format!("{part:?}"),
            },
            if line.opens_paragraph { 'o' } else { '_' },
            if line.leading_space { 's' } else { '_' },
            if line.tight { 't' } else { '_' },
            match line.ending {
                baokan::analysis::text::Ending::Terminal => '.',
                baokan::analysis::text::Ending::Clause => ',',
                baokan::analysis::text::Ending::Continuing => '-',
                _ => ' ',
            },
            &text[line.content.clone()]
        );
        if written.is_err() {
            return;
        }
    }
}
