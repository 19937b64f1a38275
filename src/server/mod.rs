//! The LSP layer: tower-lsp-server glue around the pure core.
//!
//! Ordering invariant: didOpen/didChange/didClose apply their edit and queue their
//! diagnostics synchronously, before any `.await`; a single publisher task sends the
//! queued diagnostics in order. Requests read immutable snapshots and run the core
//! under `catch_unwind`, so a panic answers one request with an error and the server
//! goes on.

mod continuation;
mod convert;
mod documents;
mod entities;
mod settings;
mod symbols;
mod workspace;

use std::collections::{HashMap, HashSet};
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use tokio::sync::mpsc;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, ClientSocket, LanguageServer, LspService, Server};

use crate::analysis::{self, Locale, Message};
use crate::index::{ReadOptions, WorkspaceIndex};
use crate::line_index::PositionEncoding;
use convert::Ctx;
use documents::{Document, Snapshot};

pub use documents::MAX_ANALYSED_BYTES;
pub use documents::{Change, apply_changes};
pub use workspace::summarise_file;

/// Pages read together in a workspace scan: a cancel takes effect between chunks.
const SCAN_CHUNK: usize = 256;
/// How long after the last keystroke people and organisations are recognised.
const ENTITY_DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(40);

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
    let builder = LspService::build(Backend::new)
        .custom_method("window/workDoneProgress/cancel", Backend::cancel_progress);
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
    roots: Vec<PathBuf>,
    progress: bool,
    watch: bool,
    /// The client answers workspace/configuration.
    configuration: bool,
}

/// The server: a handle on state shared with background tasks.
pub struct Backend(Arc<Shared>);

impl std::ops::Deref for Backend {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

pub struct Shared {
    client: Client,
    documents: Mutex<HashMap<Uri, Document>>,
    /// Every page of the workspace; locked after `documents` when both are needed.
    /// Requests take a reference-counted copy and let go of the lock; an update
    /// copies the index only if a request still holds the old one.
    index: Mutex<Arc<WorkspaceIndex>>,
    naming: Mutex<ReadOptions>,
    /// Folders already scanned for pages.
    scanned: Mutex<HashSet<PathBuf>>,
    settings: OnceLock<Settings>,
    /// The client's `baokan.*` settings, changed live.
    dynamic: Mutex<settings::Dynamic>,
    /// baokan.toml's naming, before the client's pattern overrides it.
    toml_naming: Mutex<ReadOptions>,
    publisher: mpsc::UnboundedSender<Publish>,
    /// Workspace scans under way, by progress token: set to stop one.
    scans: Mutex<HashMap<String, Arc<std::sync::atomic::AtomicBool>>>,
}

impl Backend {
    fn new(client: Client) -> Backend {
        Backend(Arc::new(Shared::new(client)))
    }

    /// The client's cancel button on a progress: stops the workspace scan it reports.
    async fn cancel_progress(&self, params: WorkDoneProgressCancelParams) {
        let token = match params.token {
            NumberOrString::String(s) => s,
            NumberOrString::Number(n) => n.to_string(),
        };
        let scans = self.0.scans.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(stop) = scans.get(&token) {
            stop.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }

    async fn debug_panic(&self) -> Result<()> {
        guard(|| -> () { panic!("baokan/debugPanic was called") })
    }
}

impl Shared {
    fn new(client: Client) -> Shared {
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
        Shared {
            client,
            documents: Mutex::new(HashMap::new()),
            index: Mutex::new(Arc::new(WorkspaceIndex::default())),
            naming: Mutex::new(ReadOptions::default()),
            scanned: Mutex::new(HashSet::new()),
            settings: OnceLock::new(),
            dynamic: Mutex::new(settings::Dynamic::default()),
            toml_naming: Mutex::new(ReadOptions::default()),
            publisher: tx,
            scans: Mutex::new(HashMap::new()),
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

    /// The byte offset of a client position in `snapshot`; `None` when it is invalid.
    fn offset(&self, snapshot: &Snapshot, position: Position) -> Option<usize> {
        snapshot
            .index
            .offset(
                &snapshot.text,
                convert::from_lsp(position),
                self.settings().encoding,
            )
            .ok()
    }

    fn workspace(&self) -> std::sync::MutexGuard<'_, Arc<WorkspaceIndex>> {
        self.index.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The index as it is now, for a request: no copy, no lock held.
    fn index_now(&self) -> Arc<WorkspaceIndex> {
        self.workspace().clone()
    }

    /// Changes the index (copying it first only if a request holds the current one).
    fn update_index<R>(&self, f: impl FnOnce(&mut WorkspaceIndex) -> R) -> R {
        f(Arc::make_mut(&mut self.workspace()))
    }

    fn naming(&self) -> ReadOptions {
        self.naming
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn dynamic(&self) -> std::sync::MutexGuard<'_, settings::Dynamic> {
        self.dynamic.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The locale of messages: the client's `baokan.locale`, else its UI language.
    fn locale(&self) -> Locale {
        self.dynamic().locale.unwrap_or(self.settings().locale)
    }

    /// Reads every open page again (new lexicons, pattern or size limit) and
    /// re-publishes. Synchronous.
    fn reread_open_documents(&self) {
        let naming = self.naming();
        let mut docs = self.docs();
        let uris: Vec<Uri> = docs.keys().cloned().collect();
        for uri in uris {
            let Some(old) = docs.get(&uri) else { continue };
            let snapshot = Arc::new(Snapshot::new(
                old.snapshot.version,
                old.snapshot.text.clone(),
                &summary_path(&uri),
                &naming,
            ));
            let document = Document {
                rope: old.rope.clone(),
                snapshot,
            };
            self.install(&mut docs, &uri, document);
        }
    }

    /// The naming in force: baokan.toml's, with the client's pattern and size limit.
    fn set_naming(&self, toml: ReadOptions) {
        let dynamic = self.dynamic().clone();
        let mut naming = toml.clone();
        if let Some(pattern) = &dynamic.pattern {
            match regex::Regex::new(pattern) {
                Ok(re) => naming.pattern = Some(re),
                Err(e) => eprintln!("baokan: setting baokan.pages.pattern ignored: {e}"),
            }
        }
        naming.max_bytes = dynamic.max_bytes;
        naming.encoding = self.settings().encoding;
        *self.toml_naming.lock().unwrap_or_else(|e| e.into_inner()) = toml;
        *self.naming.lock().unwrap_or_else(|e| e.into_inner()) = naming;
    }

    /// Applies new client settings: re-reads pages when how they are read changed,
    /// else re-publishes (locale, disabled codes).
    fn apply_settings(self: &Arc<Self>, new: settings::Dynamic) {
        let old = std::mem::replace(&mut *self.dynamic(), new.clone());
        if old == new {
            return;
        }
        if old.pattern != new.pattern || old.max_bytes != new.max_bytes {
            let toml = self
                .toml_naming
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clone();
            self.set_naming(toml);
            self.reread_open_documents();
            if old.pattern != new.pattern {
                self.scanned
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .clear();
                Shared::scan(self, self.settings().roots.clone(), true, false);
            }
        } else {
            let docs = self.docs();
            self.republish(&docs, None, None);
        }
    }

    /// Asks the client for the `baokan` settings and applies them.
    async fn fetch_settings(self: &Arc<Self>) {
        if !self.settings().configuration {
            return;
        }
        let item = ConfigurationItem {
            scope_uri: None,
            section: Some("baokan".to_string()),
        };
        match self.client.configuration(vec![item]).await {
            Ok(values) => {
                let value = values.into_iter().next().unwrap_or_default();
                let (dynamic, problem) = settings::Dynamic::from_value(&value);
                if let Some(problem) = problem {
                    self.client.log_message(MessageType::WARNING, problem).await;
                }
                self.apply_settings(dynamic);
            }
            Err(e) => eprintln!("baokan: workspace/configuration failed: {e}"),
        }
    }

    /// The snapshot of `uri` with entities recognised (completing it now if the
    /// last edit left a quick one).
    async fn ready_snapshot(self: &Arc<Self>, uri: &Uri) -> Option<Arc<Snapshot>> {
        let snapshot = self.snapshot(uri)?;
        if snapshot.entities_ready {
            return Some(snapshot);
        }
        let shared = self.clone();
        let (uri2, version) = (uri.clone(), snapshot.version);
        let _ = tokio::task::spawn_blocking(move || shared.complete(&uri2, version)).await;
        self.snapshot(uri)
    }

    /// Replaces the quick snapshot of version `version` with a full one (entities
    /// recognised), if it is still the current one. Runs off the async threads.
    fn complete(&self, uri: &Uri, version: i32) {
        let text = {
            let docs = self.docs();
            match docs.get(uri) {
                Some(d) if d.snapshot.version == version && !d.snapshot.entities_ready => {
                    d.snapshot.text.clone()
                }
                _ => return,
            }
        };
        let full = Snapshot::new(version, text, &summary_path(uri), &self.naming());
        let mut docs = self.docs();
        if let Some(document) = docs.get_mut(uri)
            && document.snapshot.version == version
            && !document.snapshot.entities_ready
            && document.snapshot.text == full.text
        {
            // Same text, same findings: only the index learns the entities.
            if document_path(uri).is_some() {
                self.update_index(|index| index.insert((*full.summary).clone()));
            }
            document.snapshot = Arc::new(full);
        }
    }

    /// Queues the diagnostics of `snapshot`: the page's own findings, cached with
    /// the snapshot, and the cross-page ones, computed now from the index.
    /// Synchronous: call it under the documents lock.
    fn queue_diagnostics(&self, uri: &Uri, snapshot: &Snapshot) {
        let settings = self.settings();
        let disabled = self.dynamic().disabled.clone();
        let ctx = Ctx {
            uri,
            text: &snapshot.text,
            index: &snapshot.index,
            encoding: settings.encoding,
            locale: self.locale(),
        };
        let cross = self
            .workspace()
            .cross_page_findings(&snapshot.summary, &snapshot.markers);
        let diagnostics = snapshot
            .analysis
            .findings
            .iter()
            .chain(cross.iter())
            .filter(|f| !disabled.iter().any(|d| d == f.code.as_str()))
            .map(|f| convert::diagnostic(&ctx, f))
            .collect();
        let _ = self.publisher.send(Publish {
            uri: uri.clone(),
            version: Some(snapshot.version),
            diagnostics,
        });
    }

    /// Re-publishes every open page (of `issue` when given): their cross-page
    /// diagnostics may have changed with another page.
    fn republish(&self, docs: &HashMap<Uri, Document>, issue: Option<&str>, except: Option<&Uri>) {
        for (uri, document) in docs {
            if Some(uri) == except {
                continue;
            }
            if issue.is_none_or(|i| document.snapshot.summary.issue == i) {
                self.queue_diagnostics(uri, &document.snapshot);
            }
        }
    }

    /// Puts the new snapshot of an open document in place, updates the index and
    /// queues diagnostics. Synchronous.
    fn install(&self, docs: &mut HashMap<Uri, Document>, uri: &Uri, document: Document) {
        let summary = document.snapshot.summary.clone();
        let mut others_affected = false;
        if document_path(uri).is_some() {
            others_affected = self.update_index(|index| {
                let affected = index.get(&summary.path).is_none_or(|old| {
                    old.issue != summary.issue || old.cross_page_key() != summary.cross_page_key()
                });
                index.insert((*summary).clone());
                affected
            });
        }
        self.queue_diagnostics(uri, &document.snapshot);
        docs.insert(uri.clone(), document);
        if others_affected {
            self.republish(docs, Some(&summary.issue), Some(uri));
        }
    }

    /// Scans `folders` for pages in the background, reporting progress, then
    /// re-publishes open pages.
    fn scan(self: &Arc<Self>, folders: Vec<PathBuf>, recursive: bool, report: bool) {
        let folders: Vec<PathBuf> = {
            let mut scanned = self.scanned.lock().unwrap_or_else(|e| e.into_inner());
            folders
                .into_iter()
                .filter(|f| scanned.insert(f.clone()))
                .collect()
        };
        if folders.is_empty() {
            return;
        }
        let this = self.clone();
        // One token per scan: the client's cancel button names it.
        static SCANS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let token = format!(
            "baokan-index-{}",
            SCANS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        );
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        self.scans
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(token.clone(), stop.clone());
        tokio::spawn(async move {
            let progress = if report && this.settings().progress {
                let token = NumberOrString::String(token.clone());
                match this.client.create_work_done_progress(token.clone()).await {
                    Ok(()) => Some(
                        this.client
                            .progress(token, "baokan: indexing pages")
                            .with_percentage(0)
                            .with_cancel_button()
                            .begin()
                            .await,
                    ),
                    Err(_) => None,
                }
            } else {
                None
            };
            let naming = this.naming();
            let files: Vec<PathBuf> = {
                let folders = folders.clone();
                tokio::task::spawn_blocking(move || {
                    folders
                        .iter()
                        .flat_map(|f| workspace::page_files(f, recursive))
                        .collect()
                })
                .await
                .unwrap_or_default()
            };
            let total = files.len().max(1);
            let mut summaries = Vec::with_capacity(files.len());
            let mut cancelled = false;
            // One chunk is read (in parallel) while the one before is shared: the
            // sharing is sequential, and would otherwise leave the cores idle.
            let read = |chunk: &[PathBuf]| {
                let chunk = chunk.to_vec();
                let naming = naming.clone();
                tokio::task::spawn_blocking(move || {
                    use rayon::prelude::*;
                    chunk
                        .par_iter()
                        .map(|p| workspace::summarise_file(p, &naming))
                        .collect::<Vec<_>>()
                })
            };
            let mut chunks = files.chunks(SCAN_CHUNK).enumerate().peekable();
            let mut reading = chunks.peek().map(|(_, chunk)| read(chunk));
            while let (Some((n, _)), Some(current)) = (chunks.next(), reading.take()) {
                let results = current.await.unwrap_or_default();
                if stop.load(std::sync::atomic::Ordering::Relaxed) {
                    cancelled = true;
                } else {
                    reading = chunks.peek().map(|(_, chunk)| read(chunk));
                }
                {
                    // Names and bodies shared as they come, not once all pages are read.
                    let mut guard = this.workspace();
                    let index = Arc::make_mut(&mut guard);
                    for result in results {
                        match result {
                            Ok(mut summary) => {
                                index.share(&mut summary);
                                summaries.push(summary);
                            }
                            Err(e) => eprintln!("baokan: {e}"),
                        }
                    }
                }
                if cancelled {
                    break;
                }
                if let Some(p) = &progress {
                    let done = ((n + 1) * SCAN_CHUNK).min(total);
                    p.report_with_message(
                        format!("{done}/{total} pages"),
                        (done * 100 / total) as u32,
                        None,
                    )
                    .await;
                }
            }
            let count = summaries.len();
            {
                let docs = this.docs();
                let open: HashSet<PathBuf> = docs.keys().filter_map(document_path).collect();
                {
                    // In path order, the order the index keeps its lists in.
                    summaries.sort_unstable_by(|a, b| a.path.cmp(&b.path));
                    let mut guard = this.workspace();
                    let index = Arc::make_mut(&mut guard);
                    for summary in summaries {
                        // An open document's live text wins over the file on disk.
                        if !open.contains(&summary.path) {
                            index.insert_shared(summary);
                        }
                    }
                }
                this.republish(&docs, None, None);
            }
            this.scans
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(&token);
            let message = if cancelled {
                eprintln!(
                    "baokan: indexing cancelled: {count} of {} pages indexed",
                    files.len()
                );
                format!("cancelled: {count} of {} pages", files.len())
            } else {
                eprintln!("baokan: indexed {count} pages");
                format!("{count} pages")
            };
            if let Some(p) = progress {
                p.finish_with_message(message).await;
            }
        });
    }

    /// A file changed on disk (watched files): update its summary unless it is open.
    fn file_changed(&self, path: &Path, deleted: bool) {
        let docs = self.docs();
        if docs
            .keys()
            .any(|u| document_path(u).as_deref() == Some(path))
        {
            return;
        }
        if deleted {
            self.update_index(|index| index.remove(path));
        } else {
            match workspace::summarise_file(path, &self.naming()) {
                Ok(summary) => self.update_index(|index| index.insert(summary)),
                Err(e) => {
                    eprintln!("baokan: {e}");
                    self.update_index(|index| index.remove(path));
                }
            }
        }
        self.republish(&docs, None, None);
    }
}

/// The file behind a `file:` URI; `None` for `untitled:` and other schemes.
fn document_path(uri: &Uri) -> Option<PathBuf> {
    if uri.scheme().as_str() != "file" {
        return None;
    }
    uri.to_file_path().map(|p| p.into_owned())
}

/// The path a document is summarised under: its file, or its URI for other schemes.
fn summary_path(uri: &Uri) -> PathBuf {
    document_path(uri).unwrap_or_else(|| PathBuf::from(uri.as_str()))
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
        let mut roots: Vec<PathBuf> = params
            .workspace_folders
            .iter()
            .flatten()
            .filter_map(|f| document_path(&f.uri))
            .collect();
        #[allow(deprecated)]
        if roots.is_empty() {
            roots.extend(params.root_uri.as_ref().and_then(document_path));
        }
        let progress = params
            .capabilities
            .window
            .as_ref()
            .and_then(|w| w.work_done_progress)
            .unwrap_or(false);
        let watch = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false);
        let configuration = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.configuration)
            .unwrap_or(false);
        let root = roots.first().cloned();
        let _ = self.settings.set(Settings {
            encoding,
            locale,
            versioned_edits,
            roots,
            progress,
            watch,
            configuration,
        });
        // After the settings: how pages are read includes the negotiated encoding.
        let (naming, problem) = match &root {
            Some(root) => workspace::read_naming(root),
            None => (ReadOptions::default(), None),
        };
        if let Some(problem) = problem {
            eprintln!("baokan: {problem}");
        }
        self.set_naming(naming);
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
                definition_provider: Some(OneOf::Left(true)),
                document_symbol_provider: Some(OneOf::Left(true)),
                folding_range_provider: Some(FoldingRangeProviderCapability::Simple(true)),
                workspace_symbol_provider: Some(OneOf::Left(true)),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                references_provider: Some(OneOf::Left(true)),
                document_highlight_provider: Some(OneOf::Left(true)),
                semantic_tokens_provider: Some(
                    SemanticTokensServerCapabilities::SemanticTokensOptions(
                        SemanticTokensOptions {
                            legend: entities::legend(),
                            full: Some(SemanticTokensFullOptions::Bool(true)),
                            range: None,
                            ..SemanticTokensOptions::default()
                        },
                    ),
                ),
                document_link_provider: Some(DocumentLinkOptions {
                    resolve_provider: Some(false),
                    work_done_progress_options: Default::default(),
                }),
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
        let settings = self.settings();
        if settings.watch {
            let options = DidChangeWatchedFilesRegistrationOptions {
                watchers: ["**/*.txt", "**/baokan.toml"]
                    .into_iter()
                    .map(|glob| FileSystemWatcher {
                        glob_pattern: GlobPattern::String(glob.to_string()),
                        kind: None,
                    })
                    .collect(),
            };
            let registration = Registration {
                id: "baokan-watch".to_string(),
                method: "workspace/didChangeWatchedFiles".to_string(),
                register_options: serde_json::to_value(options).ok(),
            };
            if let Err(e) = self.client.register_capability(vec![registration]).await {
                eprintln!("baokan: could not register file watchers: {e}");
            }
        }
        self.0.fetch_settings().await;
        Shared::scan(&self.0, settings.roots.clone(), true, true);
        eprintln!(
            "baokan: initialized (positions in {:?}, messages in {:?})",
            self.settings().encoding,
            self.settings().locale
        );
    }

    async fn shutdown(&self) -> Result<()> {
        // Scans under way stop at their next chunk.
        for stop in self
            .scans
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .values()
        {
            stop.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let doc = params.text_document;
        let naming = self.naming();
        let large = {
            let mut docs = self.docs();
            let document = Document::open(doc.version, doc.text, &summary_path(&doc.uri), &naming);
            let large = document.snapshot.too_large;
            self.install(&mut docs, &doc.uri, document);
            large
        };
        // Pages outside every workspace folder: index their own folder, so that
        // continuations to sibling pages resolve.
        let folder = document_path(&doc.uri).and_then(|p| p.parent().map(Path::to_path_buf));
        if let Some(folder) =
            folder.filter(|f| !self.settings().roots.iter().any(|r| f.starts_with(r)))
        {
            Shared::scan(&self.0, vec![folder], false, false);
        }
        if large {
            self.client
                .log_message(
                    MessageType::WARNING,
                    format!(
                        "baokan: {} is larger than {} MiB and is not analysed",
                        doc.uri.as_str(),
                        naming.max_bytes.unwrap_or(MAX_ANALYSED_BYTES) / (1024 * 1024)
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
                            // Diagnostics first; people and organisations right after.
                            let snapshot = Arc::new(Snapshot::quick(
                                version,
                                rope.to_string(),
                                &summary_path(&uri),
                                &self.naming(),
                            ));
                            let document = Document { rope, snapshot };
                            self.install(&mut docs, &uri, document);
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
        } else {
            let shared = self.0.clone();
            // Recognise entities once typing pauses (requests that need them
            // complete the snapshot at once, see `ready_snapshot`).
            tokio::spawn(async move {
                tokio::time::sleep(ENTITY_DEBOUNCE).await;
                let _ = tokio::task::spawn_blocking(move || shared.complete(&uri, version)).await;
            });
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        if self.settings().configuration {
            self.0.fetch_settings().await;
        } else if let Some(value) = params.settings.get("baokan") {
            let (dynamic, problem) = settings::Dynamic::from_value(value);
            if let Some(problem) = problem {
                self.client.log_message(MessageType::WARNING, problem).await;
            }
            self.0.apply_settings(dynamic);
        }
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        for change in params.changes {
            let Some(path) = document_path(&change.uri) else {
                continue;
            };
            if path.file_name().is_some_and(|n| n == "baokan.toml") {
                let root = path.parent().unwrap_or(Path::new("/")).to_path_buf();
                let (naming, problem) = workspace::read_naming(&root);
                if let Some(problem) = problem {
                    self.client
                        .log_message(MessageType::WARNING, format!("baokan: {problem}"))
                        .await;
                }
                self.set_naming(naming);
                // Open pages are read again with the new lexicons and pattern.
                self.reread_open_documents();
                self.scanned
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .clear();
                Shared::scan(&self.0, self.settings().roots.clone(), true, true);
            } else {
                self.file_changed(&path, change.typ == FileChangeType::DELETED);
            }
        }
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let position = params.text_document_position_params;
        let Some(snapshot) = self.snapshot(&position.text_document.uri) else {
            return Ok(None);
        };
        let Some(offset) = self.offset(&snapshot, position.position) else {
            return Ok(None);
        };
        let index = self.index_now();
        guard(|| continuation::definition(&snapshot, &index, offset))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let position = params.text_document_position_params;
        let Some(snapshot) = self.0.ready_snapshot(&position.text_document.uri).await else {
            return Ok(None);
        };
        let settings = self.settings();
        let Some(offset) = self.offset(&snapshot, position.position) else {
            return Ok(None);
        };
        let index = self.index_now();
        guard(|| {
            continuation::hover(&snapshot, &index, offset, settings.locale).or_else(|| {
                entities::hover(
                    &snapshot,
                    &index,
                    offset,
                    settings.encoding,
                    settings.locale,
                )
            })
        })
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let position = params.text_document_position;
        let uri = position.text_document.uri;
        let Some(snapshot) = self.0.ready_snapshot(&uri).await else {
            return Ok(None);
        };
        let Some(offset) = self.offset(&snapshot, position.position) else {
            return Ok(None);
        };
        let encoding = self.settings().encoding;
        let index = self.index_now();
        guard(|| entities::references(&snapshot, &uri, &index, offset, encoding))
    }

    async fn document_highlight(
        &self,
        params: DocumentHighlightParams,
    ) -> Result<Option<Vec<DocumentHighlight>>> {
        let position = params.text_document_position_params;
        let Some(snapshot) = self.0.ready_snapshot(&position.text_document.uri).await else {
            return Ok(None);
        };
        let Some(offset) = self.offset(&snapshot, position.position) else {
            return Ok(None);
        };
        let encoding = self.settings().encoding;
        guard(|| entities::highlights(&snapshot, offset, encoding))
    }

    async fn semantic_tokens_full(
        &self,
        params: SemanticTokensParams,
    ) -> Result<Option<SemanticTokensResult>> {
        let Some(snapshot) = self.0.ready_snapshot(&params.text_document.uri).await else {
            return Ok(None);
        };
        let encoding = self.settings().encoding;
        guard(|| {
            Some(SemanticTokensResult::Tokens(entities::semantic_tokens(
                &snapshot, encoding,
            )))
        })
    }

    async fn document_link(&self, params: DocumentLinkParams) -> Result<Option<Vec<DocumentLink>>> {
        let Some(snapshot) = self.snapshot(&params.text_document.uri) else {
            return Ok(None);
        };
        let index = self.index_now();
        guard(|| Some(continuation::links(&snapshot, &index)))
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let Some(snapshot) = self.snapshot(&params.text_document.uri) else {
            return Ok(None);
        };
        let encoding = self.settings().encoding;
        guard(|| {
            Some(DocumentSymbolResponse::Nested(symbols::document_symbols(
                &snapshot, encoding,
            )))
        })
    }

    async fn folding_range(&self, params: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        let Some(snapshot) = self.snapshot(&params.text_document.uri) else {
            return Ok(None);
        };
        guard(|| Some(symbols::folding_ranges(&snapshot)))
    }

    async fn symbol(
        &self,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<WorkspaceSymbolResponse>> {
        let index = self.index_now();
        guard(|| {
            let mut list = symbols::workspace_symbols(&index, &params.query);
            list.extend(entities::workspace_symbols(&index, &params.query));
            list.truncate(2000);
            Some(WorkspaceSymbolResponse::Flat(list))
        })
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        self.docs().remove(&uri);
        // The file on disk speaks for the page again.
        if let Some(path) = document_path(&uri) {
            self.file_changed(&path, !path.exists());
        }
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
                let edits = analysis::fix_all_edits(&snapshot.text, findings);
                if !edits.is_empty() {
                    let edits: Vec<&analysis::Edit> = edits.iter().collect();
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
