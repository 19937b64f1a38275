//! User-facing messages in English and Chinese. The core returns `Message`
//! values; the protocol layer and the CLI render them in the user's locale.

use serde::Serialize;

use super::markers::Direction;

/// The language messages are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum Locale {
    #[default]
    En,
    Zh,
}

impl Locale {
    /// `zh`, `zh-CN`, `zh_TW`… give Chinese; everything else English.
    pub fn from_tag(tag: &str) -> Locale {
        if tag.trim().to_ascii_lowercase().starts_with("zh") {
            Locale::Zh
        } else {
            Locale::En
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Message {
    BrokenWrap {
        blank_lines: usize,
    },
    DoubleSpaced {
        doubled: usize,
        lines: usize,
    },
    CutParagraph {
        inserted_lines: usize,
    },
    ContinuesHere,
    InsertedBlock,
    FixJoinLines,
    FixMoveBlock,
    FixSingleSpace {
        removed: usize,
    },
    FixAll,
    /// `from`: a （上接…） marker; else a （下转…） marker.
    UnresolvedContinuation {
        page: String,
        direction: Direction,
    },
    MismatchedContinuation {
        page: String,
        file: String,
    },
}

impl Message {
    pub fn render(&self, locale: Locale) -> String {
        match (self, locale) {
            (Message::BrokenWrap { blank_lines }, Locale::En) => format!(
                "{blank_lines} blank line{} split a sentence of this paragraph",
                if *blank_lines == 1 { "" } else { "s" }
            ),
            (Message::BrokenWrap { blank_lines }, Locale::Zh) => {
                format!("{blank_lines} 个空行把同一段落的句子断开了")
            }
            (Message::DoubleSpaced { doubled, lines }, Locale::En) => format!(
                "the document is double-spaced: {doubled} of {lines} lines are followed by a blank line, so blank lines do not mark paragraphs"
            ),
            (Message::DoubleSpaced { doubled, lines }, Locale::Zh) => {
                format!("全文隔行排版：{lines} 行中有 {doubled} 行后跟空行，空行不再表示分段")
            }
            (Message::CutParagraph { inserted_lines }, Locale::En) => format!(
                "paragraph cut mid-sentence by {inserted_lines} inserted line{}; it continues after {}",
                if *inserted_lines == 1 { "" } else { "s" },
                if *inserted_lines == 1 { "it" } else { "them" }
            ),
            (Message::CutParagraph { inserted_lines }, Locale::Zh) => {
                format!("段落在句中被插入的 {inserted_lines} 行隔断，正文在其后继续")
            }
            (Message::ContinuesHere, Locale::En) => "the paragraph continues here".into(),
            (Message::ContinuesHere, Locale::Zh) => "段落在此继续".into(),
            (Message::InsertedBlock, Locale::En) => "inserted block".into(),
            (Message::InsertedBlock, Locale::Zh) => "插入的内容".into(),
            (Message::FixJoinLines, Locale::En) => "Join the two halves of the sentence".into(),
            (Message::FixJoinLines, Locale::Zh) => "连接被断开的句子".into(),
            (Message::FixMoveBlock, Locale::En) => {
                "Rejoin the paragraph and move the inserted block after it".into()
            }
            (Message::FixMoveBlock, Locale::Zh) => "接上段落，把插入内容移到段后".into(),
            (Message::FixSingleSpace { removed }, Locale::En) => {
                format!("Collapse to single spacing ({removed} blank lines removed)")
            }
            (Message::FixSingleSpace { removed }, Locale::Zh) => {
                format!("改为单倍行距（删除 {removed} 个空行）")
            }
            (Message::FixAll, Locale::En) => "Fix all baokan findings".into(),
            (Message::FixAll, Locale::Zh) => "修复全部 baokan 问题".into(),
            (Message::UnresolvedContinuation { page, direction }, Locale::En) => format!(
                "{} page {page}, which is not in the workspace",
                match direction {
                    Direction::ContinuedFrom => "continued from",
                    Direction::ContinuedOn => "continued on",
                    Direction::SeeAlso => "refers to",
                }
            ),
            (Message::UnresolvedContinuation { page, direction }, Locale::Zh) => format!(
                "{}第{page}版，但工作区中没有这一版",
                match direction {
                    Direction::ContinuedFrom => "上接",
                    Direction::ContinuedOn => "下转",
                    Direction::SeeAlso => "详见",
                }
            ),
            (Message::MismatchedContinuation { page, file }, Locale::En) => {
                format!("page {page} ({file}) has no article that matches this continuation")
            }
            (Message::MismatchedContinuation { page, file }, Locale::Zh) => {
                format!("第{page}版（{file}）中没有与此接续标记对应的文章")
            }
        }
    }
}
