//! The client's `baokan.*` settings (workspace/configuration), applied live:
//! locale, disabled diagnostic codes, page-name pattern, size limit.

use serde::Deserialize;

use crate::analysis::Locale;

/// The `baokan` section as VS Code sends it (`baokan.diagnostics.disabled` → nested).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ClientSettings {
    pub locale: Option<String>,
    pub diagnostics: DiagnosticSettings,
    pub pages: PageSettings,
    /// MiB.
    pub max_file_size: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DiagnosticSettings {
    pub disabled: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PageSettings {
    pub pattern: Option<String>,
}

/// What the settings change, in the server's terms.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dynamic {
    pub locale: Option<Locale>,
    pub disabled: Vec<String>,
    pub pattern: Option<String>,
    pub max_bytes: Option<usize>,
}

impl Dynamic {
    /// Reads a `baokan` settings value; anything malformed is ignored (and said so).
    pub fn from_value(value: &serde_json::Value) -> (Dynamic, Option<String>) {
        match serde_json::from_value::<ClientSettings>(value.clone()) {
            Ok(s) => (
                Dynamic {
                    locale: s
                        .locale
                        .filter(|l| !l.is_empty())
                        .map(|l| Locale::from_tag(&l)),
                    disabled: s.diagnostics.disabled,
                    pattern: s.pages.pattern.filter(|p| !p.is_empty()),
                    max_bytes: s
                        .max_file_size
                        .filter(|m| *m > 0.0)
                        .map(|m| (m * 1024.0 * 1024.0) as usize),
                },
                None,
            ),
            Err(e) if value.is_null() => {
                let _ = e;
                (Dynamic::default(), None)
            }
            Err(e) => (
                Dynamic::default(),
                Some(format!("baokan settings ignored: {e}")),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_vscode_settings() {
        let (d, problem) = Dynamic::from_value(&serde_json::json!({
            "locale": "zh", "diagnostics": {"disabled": ["broken-wrap"]},
            "pages": {"pattern": ""}, "maxFileSize": 1, "server": {"path": ""}, "include": ["**/*.txt"]
        }));
        assert_eq!(problem, None);
        assert_eq!(d.locale, Some(Locale::Zh));
        assert_eq!(d.disabled, vec!["broken-wrap".to_string()]);
        assert_eq!(d.pattern, None);
        assert_eq!(d.max_bytes, Some(1024 * 1024));
        let (_, problem) = Dynamic::from_value(&serde_json::json!({"maxFileSize": "big"}));
        assert!(problem.is_some());
    }
}
