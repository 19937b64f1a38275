//! The LSP layer: tower-lsp-server glue around the pure core.
//!
//! Ordering invariant: didOpen/didChange/didClose apply their edit and queue their
//! diagnostics synchronously, before any `.await`; a single publisher task sends the
//! queued diagnostics in order. Requests read immutable snapshots and run the core
//! under `catch_unwind`, so a panic answers one request with an error and the server
//! goes on.

mod convert;
mod documents;

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex, OnceLock};

use tokio::sync::mpsc;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, ClientSocket, LanguageServer, LspService, Server};

use crate::analysis::{self, Locale, Message};
use crate::line_index::PositionEncoding;
use convert::Ctx;
use documents::{Change, Document, Snapshot};

pub use documents::MAX_ANALYSED_BYTES;

/// The code action kind of "fix everything baokan can fix".
pub const FIX_ALL_KIND: &str = "source.fixAll.baokan";

/// Options for building a server (tests turn on the debug hooks).
#[derive(Debug, Clone, Default)]
pub struct ServerOptions {
    /// Registers `baokan/debugPanic`, a request that panics, to test isolation.
    pub debug_hooks: bool,
}

/// Serves LSP on stdin/stdout until the client exits.
pub fn serve_stdio() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    runtime.block_on(async {
        let (service, socket) = service(ServerOptions::default());
        Server::new(tokio::io::stdin(), tokio::io::stdout(), socket)
            .serve(service)
            .await;
    });
}

/// Builds the service, for stdio or for in-process tests. Must be called inside a
/// tokio runtime (it starts the diagnostics publisher).
pub fn service(options: ServerOptions) -> (LspService<Backend>, ClientSocket) {
    let builder = LspService::build(Backend::new);
    let builder = if options.debug_hooks {
        builder.custom_method("baokan/debugPanic", Backend::debug_panic)
    } else {
        builder
    };
    builder.finish()
}

struct Publish {
    uri: Uri,
    version: Option<i32>,
    diagnostics: Vec<Diagnostic>,
}

#[derive(Debug, Default)]
struct Settings {
    encoding: PositionEncoding,
    locale: Locale,
    versioned_edits: bool,
}

pub struct Backend {
    client: Client,
    documents: Mutex<HashMap<Uri, Document>>,
    settings: OnceLock<Settings>,
    publisher: mpsc::UnboundedSender<Publish>,
}

impl Backend {
    fn new(client: Client) -> Backend {
        let (tx, mut rx) = mpsc::unbounded_channel::<Publish>();
        let sender = client.clone();
        tokio::spawn(async move {
            while let Some(first) = rx.recv().await {
                // Coalesce: of what is queued now, only the newest per document matters.
                let mut batch = vec![first];
                while let Ok(more) = rx.try_recv() {
                    batch.push(more);
                }
                let mut latest: Vec<Publish> = Vec::new();
                for p in batch {
                    latest.retain(|q| q.uri != p.uri);
                    latest.push(p);
                }
                for p in latest {
                    sender
                        .publish_diagnostics(p.uri, p.diagnostics, p.version)
                        .await;
                }
            }
        });
        Backend {
            client,
            documents: Mutex::new(HashMap::new()),
            settings: OnceLock::new(),
            publisher: tx,
        }
    }

    fn settings(&self) -> &Settings {
        self.settings.get_or_init(Settings::default)
    }

    fn docs(&self) -> std::sync::MutexGuard<'_, HashMap<Uri, Document>> {
        // A panic while holding the lock must not take every later request with it.
        self.documents.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn snapshot(&self, uri: &Uri) -> Option<Arc<Snapshot>> {
        self.docs().get(uri).map(|d| d.snapshot.clone())
    }

    /// Queues the diagnostics of `snapshot`. Synchronous: call it under the documents lock.
    fn queue_diagnostics(&self, uri: &Uri, snapshot: &Snapshot) {
        let settings = self.settings();
        let ctx = Ctx {
            uri,
            text: &snapshot.text,
            index: &snapshot.index,
            encoding: settings.encoding,
            locale: settings.locale,
        };
        let diagnostics = snapshot
            .analysis
            .findings
            .iter()
            .map(|f| convert::diagnostic(&ctx, f))
            .collect();
        let _ = self.publisher.send(Publish {
            uri: uri.clone(),
            version: Some(snapshot.version),
            diagnostics,
        });
    }

    async fn debug_panic(&self) -> Result<()> {
        guard(|| -> () { panic!("baokan/debugPanic was called") })
    }
}

/// Runs `f`, turning a panic into an internal error for this request alone.
fn guard<T>(f: impl FnOnce() -> T) -> Result<T> {
    std::panic::catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        eprintln!("baokan: request panicked: {what}");
        Error {
            code: ErrorCode::InternalError,
            message: format!("baokan: internal error: {what}").into(),
            data: None,
        }
    })
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let encoding = convert::negotiate(
            params
                .capabilities
                .general
                .as_ref()
                .and_then(|g| g.position_encodings.as_deref()),
        );
        let locale = params
            .locale
            .as_deref()
            .map(Locale::from_tag)
            .unwrap_or_default();
        let versioned_edits = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.workspace_edit.as_ref())
            .and_then(|e| e.document_changes)
            .unwrap_or(false);
        let _ = self.settings.set(Settings {
            encoding,
            locale,
            versioned_edits,
        });
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(convert::encoding_kind(encoding)),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        ..Default::default()
                    },
                )),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![
                            CodeActionKind::QUICKFIX,
                            CodeActionKind::new(FIX_ALL_KIND),
                        ]),
                        ..Default::default()
                    },
                )),
                ..Default::default()
            },
            server_info: Some(ServerInfo {
                name: "baokan".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        eprintln!(
            "baokan: initialized (positions in {:?}, messages in {:?})",
            self.settings().encoding,
            self.settings().locale
        );
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let doc = params.text_document;
        let large = {
            let mut docs = self.docs();
            let document = Document::open(doc.version, doc.text);
            self.queue_diagnostics(&doc.uri, &document.snapshot);
            let large = document.snapshot.too_large;
            docs.insert(doc.uri.clone(), document);
            large
        };
        if large {
            self.client
                .log_message(
                    MessageType::WARNING,
                    format!(
                        "baokan: {} is larger than {} MiB and is not analysed",
                        doc.uri.as_str(),
                        MAX_ANALYSED_BYTES / (1024 * 1024)
                    ),
                )
                .await;
        }
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let version = params.text_document.version;
        let encoding = self.settings().encoding;
        // Applied synchronously, before any await: edits are never reordered.
        let failure = {
            let mut docs = self.docs();
            match docs.get_mut(&uri) {
                None => Some(format!(
                    "didChange for a document that is not open: {}",
                    uri.as_str()
                )),
                Some(document) => {
                    let changes: Vec<Change<'_>> = params
                        .content_changes
                        .iter()
                        .map(|c| Change {
                            range: c
                                .range
                                .map(|r| (convert::from_lsp(r.start), convert::from_lsp(r.end))),
                            text: &c.text,
                        })
                        .collect();
                    match documents::apply_changes(&document.rope, &changes, encoding) {
                        Ok(rope) => {
                            let snapshot = Arc::new(Snapshot::new(version, rope.to_string()));
                            document.rope = rope;
                            document.snapshot = snapshot;
                            self.queue_diagnostics(&uri, &document.snapshot);
                            None
                        }
                        Err(e) => Some(format!(
                            "rejected edit to {} (version {version}): {e}; keeping the last good text (version {})",
                            uri.as_str(),
                            document.snapshot.version
                        )),
                    }
                }
            }
        };
        if let Some(message) = failure {
            eprintln!("baokan: {message}");
            self.client.log_message(MessageType::ERROR, message).await;
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        self.docs().remove(&uri);
        let _ = self.publisher.send(Publish {
            uri,
            version: None,
            diagnostics: Vec::new(),
        });
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let Some(snapshot) = self.snapshot(&params.text_document.uri) else {
            return Ok(None);
        };
        let settings = self.settings();
        guard(|| {
            let uri = &params.text_document.uri;
            let ctx = Ctx {
                uri,
                text: &snapshot.text,
                index: &snapshot.index,
                encoding: settings.encoding,
                locale: settings.locale,
            };
            let want = |kind: &CodeActionKind| match &params.context.only {
                None => true,
                Some(only) => only.iter().any(|o| {
                    kind.as_str() == o.as_str()
                        || kind.as_str().starts_with(&format!("{}.", o.as_str()))
                }),
            };
            let mut actions = Vec::new();
            let findings = &snapshot.analysis.findings;
            if want(&CodeActionKind::QUICKFIX) {
                for finding in findings {
                    let Some(fix) = &finding.fix else { continue };
                    let diag = convert::diagnostic(&ctx, finding);
                    if !overlaps(&diag.range, &params.range) {
                        continue;
                    }
                    let edits: Vec<&analysis::Edit> = fix.edits.iter().collect();
                    actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                        title: fix.title.render(settings.locale),
                        kind: Some(CodeActionKind::QUICKFIX),
                        diagnostics: Some(vec![diag]),
                        edit: Some(convert::workspace_edit(
                            &ctx,
                            snapshot.version,
                            &edits,
                            settings.versioned_edits,
                        )),
                        is_preferred: Some(true),
                        ..Default::default()
                    }));
                }
            }
            let fix_all = CodeActionKind::new(FIX_ALL_KIND);
            if want(&fix_all)
                || params
                    .context
                    .only
                    .as_ref()
                    .is_some_and(|o| o.iter().any(|k| k.as_str() == "source.fixAll"))
            {
                let chosen = analysis::fix::compatible_fixes(findings);
                if !chosen.is_empty() {
                    let edits: Vec<&analysis::Edit> = chosen
                        .iter()
                        .flat_map(|f| f.fix.iter().flat_map(|fix| fix.edits.iter()))
                        .collect();
                    actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                        title: Message::FixAll.render(settings.locale),
                        kind: Some(fix_all),
                        edit: Some(convert::workspace_edit(
                            &ctx,
                            snapshot.version,
                            &edits,
                            settings.versioned_edits,
                        )),
                        ..Default::default()
                    }));
                }
            }
            Some(actions)
        })
    }
}

fn overlaps(a: &Range, b: &Range) -> bool {
    a.start <= b.end && b.start <= a.end
}
