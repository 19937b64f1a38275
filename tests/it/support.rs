//! A small LSP client for tests: Content-Length framing over any byte stream,
//! used both in-process (a duplex pipe) and against the spawned binary.

use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};

pub const TIMEOUT: Duration = Duration::from_secs(20);

pub struct LspClient {
    writer: Box<dyn AsyncWrite + Unpin + Send>,
    reader: BufReader<Box<dyn AsyncRead + Unpin + Send>>,
    next_id: i64,
    /// Notifications received while waiting for something else.
    pub notifications: Vec<Value>,
    /// The `baokan` section this client answers workspace/configuration with.
    pub configuration: Value,
}

impl LspClient {
    pub fn new(
        reader: Box<dyn AsyncRead + Unpin + Send>,
        writer: Box<dyn AsyncWrite + Unpin + Send>,
    ) -> LspClient {
        LspClient {
            writer,
            reader: BufReader::new(reader),
            next_id: 1,
            notifications: Vec::new(),
            configuration: Value::Null,
        }
    }

    /// A server running in this process, with the debug hooks on.
    pub fn in_process() -> LspClient {
        let (client_side, server_side) = tokio::io::duplex(1 << 22);
        let (server_read, server_write) = tokio::io::split(server_side);
        let (service, socket) =
            baokan::server::service(baokan::server::ServerOptions { debug_hooks: true });
        tokio::spawn(
            tower_lsp_server::Server::new(server_read, server_write, socket).serve(service),
        );
        let (read, write) = tokio::io::split(client_side);
        LspClient::new(Box::new(read), Box::new(write))
    }

    pub async fn send(&mut self, message: &Value) {
        let body = serde_json::to_vec(message).unwrap();
        let header = format!("Content-Length: {}\r\n\r\n", body.len());
        self.writer.write_all(header.as_bytes()).await.unwrap();
        self.writer.write_all(&body).await.unwrap();
        self.writer.flush().await.unwrap();
    }

    pub async fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}))
            .await;
    }

    /// Sends a request without waiting; returns its id.
    pub async fn send_request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))
            .await;
        id
    }

    /// Sends a request and waits for its response (the whole message).
    pub async fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params).await;
        self.response(id).await
    }

    pub async fn response(&mut self, id: i64) -> Value {
        loop {
            let message = self.recv().await;
            if message.get("id") == Some(&json!(id)) && message.get("method").is_none() {
                return message;
            }
            self.stash(message).await;
        }
    }

    /// Reads one message, failing the test after `TIMEOUT`.
    pub async fn recv(&mut self) -> Value {
        tokio::time::timeout(TIMEOUT, self.read_message())
            .await
            .expect("timed out waiting for a message from the server")
    }

    async fn read_message(&mut self) -> Value {
        let mut length = None;
        loop {
            let mut line = String::new();
            let n = self.reader.read_line(&mut line).await.unwrap();
            assert!(n > 0, "server closed the stream");
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            let (name, value) = line.split_once(':').expect("header line");
            if name.eq_ignore_ascii_case("content-length") {
                length = Some(value.trim().parse::<usize>().unwrap());
            }
        }
        let mut body = vec![0; length.expect("Content-Length header")];
        self.reader.read_exact(&mut body).await.unwrap();
        serde_json::from_slice(&body).expect("a JSON message")
    }

    /// Keeps notifications; answers workspace/configuration with `configuration`
    /// and other requests from the server with `null`.
    async fn stash(&mut self, message: Value) {
        if let (Some(id), Some(method)) = (message.get("id"), message.get("method")) {
            let id = id.clone();
            let result = if method == "workspace/configuration" {
                json!([self.configuration])
            } else {
                Value::Null
            };
            self.send(&json!({"jsonrpc": "2.0", "id": id, "result": result}))
                .await;
        } else {
            self.notifications.push(message);
        }
    }

    /// Waits for a notification `method` whose params satisfy `matches`, looking
    /// first at those already received.
    pub async fn notification(&mut self, method: &str, matches: impl Fn(&Value) -> bool) -> Value {
        if let Some(pos) = self
            .notifications
            .iter()
            .position(|n| n["method"] == method && matches(&n["params"]))
        {
            return self.notifications.remove(pos)["params"].clone();
        }
        loop {
            let message = self.recv().await;
            if message["method"] == method
                && message.get("id").is_none()
                && matches(&message["params"])
            {
                return message["params"].clone();
            }
            self.stash(message).await;
        }
    }

    /// initialize + initialized with the given client capabilities and locale.
    pub async fn initialize(&mut self, capabilities: Value, locale: Option<&str>) -> Value {
        let response = self
            .request(
                "initialize",
                json!({"processId": null, "rootUri": null, "capabilities": capabilities, "locale": locale}),
            )
            .await;
        self.notify("initialized", json!({})).await;
        response
    }

    /// initialize with `root` as the workspace (progress reporting on), initialized,
    /// and the end of the background index. Returns the initialize response and
    /// the params of the progress end.
    pub async fn initialize_workspace(&mut self, root: &std::path::Path) -> (Value, Value) {
        self.initialize_workspace_with(root, json!({})).await
    }

    /// The same, with `general` client capabilities (e.g. position encodings).
    pub async fn initialize_workspace_with(
        &mut self,
        root: &std::path::Path,
        general: Value,
    ) -> (Value, Value) {
        let root = format!("file://{}", root.display());
        let response = self
            .request(
                "initialize",
                json!({"processId": null, "rootUri": root, "capabilities": {"window": {"workDoneProgress": true}, "general": general}}),
            )
            .await;
        self.notify("initialized", json!({})).await;
        let end = self
            .notification("$/progress", |p| p["value"]["kind"] == "end")
            .await;
        (response, end)
    }

    pub async fn open(&mut self, uri: &str, version: i32, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "plaintext", "version": version, "text": text}}),
        )
        .await;
    }

    /// Waits for the diagnostics of `uri` at `version`.
    pub async fn diagnostics(&mut self, uri: &str, version: i32) -> Vec<Value> {
        let params = self
            .notification("textDocument/publishDiagnostics", |p| {
                p["uri"] == uri && p["version"] == version
            })
            .await;
        params["diagnostics"].as_array().unwrap().clone()
    }
}

/// Applies LSP text edits (UTF-16 positions) to `text`, as a client would.
pub fn apply_text_edits(text: &str, edits: &[Value]) -> String {
    let index = baokan::line_index::LineIndex::new(text);
    let mut resolved: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            let pos = |p: &Value| {
                index
                    .offset(
                        text,
                        baokan::line_index::Position {
                            line: p["line"].as_u64().unwrap() as u32,
                            character: p["character"].as_u64().unwrap() as u32,
                        },
                        baokan::line_index::PositionEncoding::Utf16,
                    )
                    .unwrap()
            };
            (
                pos(&e["range"]["start"]),
                pos(&e["range"]["end"]),
                e["newText"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    resolved.sort_by_key(|(s, e, _)| (*s, *e));
    let mut out = String::new();
    let mut at = 0;
    for (s, e, insert) in resolved {
        assert!(s >= at, "overlapping edits");
        out.push_str(&text[at..s]);
        out.push_str(&insert);
        at = e;
    }
    out.push_str(&text[at..]);
    out
}

pub fn corpus(name: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let entry = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(name))
        .unwrap_or_else(|| panic!("no corpus page {name}"));
    std::fs::read_to_string(entry).unwrap()
}

/// A weather box (written for the tests): the issuer's line over labelled
/// lines (今天夜间：…), a table's title right over its rows, a tip. No line
/// ends in a stop but the last.
pub const WEATHER_BOX: &str = " 天气预报

鄂尔多斯市气象台12月5日16时发布

今天夜间：晴，西北风3～4级，最低气温-15℃
明天白天：晴转多云，西北风2～3级，最高气温-3℃

各旗区天气
东胜区      晴      -14℃～-2℃
康巴什区    晴      -15℃～-3℃
达拉特旗    多云    -13℃～-1℃
乌审旗      晴      -17℃～-4℃

温馨提示：近期气温较低，请注意防寒保暖。
";

/// A short magazine article, one paragraph a line (written for the tests):
/// headline, dash subtitle, 文/ credit, three long paragraphs, a heading, a note.
pub const MAGAZINE_ARTICLE: &str = "让监督更有力度

——鄂托克旗人大常委会创新监督方式纪实

文/张三  李四

近年来，鄂托克旗人大常委会坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，紧紧围绕旗委中心工作，依法履行监督职责，推动全旗经济社会高质量发展。

在监督方式上，常委会创新运用“专题询问+跟踪督办”模式，邀请人大代表全程参与，对发现的问题建立清单、明确时限、跟踪整改，确保监督实效。今年以来，共开展专题询问3次。

一、代表全程参与

乌兰镇人大主席团组织代表深入嘎查村开展视察活动，围绕乡村振兴、基层治理等工作提出意见建议21条，目前已全部交办，代表们表示将持续跟踪办理情况，确保件件有回音、事事有着落。

（作者单位：鄂托克旗人大常委会办公室）
";

/// A report set single-spaced, its points' headings wrapped over two lines
/// ("（一）以规划为引领，进一步提升社区" over "养老服务设施水平"), a blank
/// line after each (one whose second line the extraction set in), and a
/// paragraph that opens "一是…" with its last word wrapped ("配建" over
/// "标准，…").
pub const WRAPPED_POINTS: &str = "关于全市居家社区养老服务工作情况的调研报告

一、基本情况

近年来，市政府高度重视养老服务工作，出台了
一系列政策措施，养老服务体系建设取得积极成效。

二、意见和建议

（一）以规划为引领，进一步提升社区
养老服务设施水平

一是落实新建小区养老服务用房配建
标准，政府统筹在公共活动空间增设适合老年
人活动、休息的设施；二是支持已建成的多层
住宅加装电梯，方便老年人出行。

（二）以需求为导向，进一步搭建养老
服务网络平台

要整合医疗卫生、家政服务等资源，为社区老
年人提供助餐、助洁、助医等服务，让老年人
在家门口享受便利。

(三)加大宣传力度，在全社会营造关心
 老年人的浓厚氛围

要有计划地开展形式多样的宣传活动，使敬老
爱老助老在全社会蔚然成风。
";

/// A page of a paragraph a line where a cut (…联合相关⟦部⟧, going on at 门，…)
/// moves a block that holds another cut (…多层次联系⟦服⟧ over a caption, going
/// on at 务委员制度…). `⟦ ⟧` mark the cut characters.
pub const NESTED_CUTS: &str = "一朵独放不是春，万紫千红春满园。在市政协的带动下，各旗区政协纷纷行动起来，结合自身实际开展形式多样的读书活动，推动读书活动在全市政协系统落地生根、开花结果。为了让委员在读书中增长见识，市政协教科卫体委员会联合相关⟦部⟧

鄂尔多斯市政协

集成创新赋能政协履职提质增效

创新是推动政协事业高质量发展的不竭动力。近年来，市政协聚焦解答好新时代市域政协工作的重大课题，坚持在实践中探索、在继承中创新，探索形成了一批务实管用的制度成果，构建起“委员之家、界别活动组、委员工作室”的履职架构体系。

联委员促履职，精耕双向发力的责任田——市政协探索建立发挥委员作用的“委员联系群众、界别联系委员”的多层次联系⟦服⟧

▲ 5月22日至24日，市政协主席会议成员深入旗区调研，围绕推进铸牢中华民族共同体意识工作开展协商。

务委员制度，为委员履职搭建平台、创造条件，让委员在联系服务群众中履职尽责，推动委员履职活起来实起来强起来。

联群众促和谐，画好团结奋斗最大同心圆——

市政协把搭建协商平台作为推进政协协商向基层延伸的重要抓手，依托委员之家组织委员开展视察调研、民主监督、团结联谊等活动，把协商议事延伸到群众身边，让群众的意见建议在协商中得到回应。

门，组织部分外国留学生、高中师生和家长代表，在教育界委员的带领下参观了科技馆和博物馆，亲身感受科技发展和文化传承的魅力，进一步激发了学习热情。
";

/// A journal's pages set single-spaced (as `fix` leaves a double-spaced one):
/// a two-line headline over its ● author line, holding 、 and quotes
/// ("开展“进社区、送服务”活动" over "让群众的获得感、幸福感更足"); a
/// headline and subtitle set wider than the text's column, no punctuation in
/// either, over another article's headline; a three-line title of a report
/// right over its author line.
pub const SIGNED_TITLES: &str = "机关党支部把志愿服务作为联系群众的重要抓手，
每月组织党员干部深入社区，帮助解决居民反映
的实际困难，受到群众好评。

开展“进社区、送服务”活动
让群众的获得感、幸福感更足

●市人大常委会机关第一党支部  李 强
 今年以来，支部党员干部到社区开展“文明城市
创建”主题党日活动，宣讲垃圾分类常识，帮助
居民解决实际困难二十余件。

市人大常委会举办基层人大干部依法履职专题研讨班
市人大常委会副主任王建国出席并作专题辅导报告

王副主任带队赴外地考察学习

为进一步提升基层人大干部依法履职能力，
11月6日—8日，市人大常委会在五原县举办基层
人大干部依法履职专题研讨班。80余名基层人大
干部参加培训。

市人大常委会执法检查组
关于检查《中华人民共和国食品安全法》
贯彻实施情况的报告
●市人大常委会财政经济工作委员会  赵 敏

一、执法检查的基本情况

按照年度监督工作计划，市人大常委会组成执法
检查组，于9月对全市贯彻实施食品安全法的情况
进行了检查。
";
