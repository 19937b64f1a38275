// The baokan extension: finds the server, decides which files it reads, and
// mirrors the `baokan.*` settings to it (workspace/configuration, applied live).
import * as fs from "fs";
import * as path from "path";
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

/** The server binary: the setting, else the bundled one, else `baokan` on PATH. */
function findServer(context: vscode.ExtensionContext): string | undefined {
  const configured = vscode.workspace.getConfiguration("baokan").get<string>("server.path");
  if (configured) {
    return fs.existsSync(configured) ? configured : undefined;
  }
  const bundled = path.join(context.extensionPath, "server", process.platform === "win32" ? "baokan.exe" : "baokan");
  if (fs.existsSync(bundled)) {
    return bundled;
  }
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, process.platform === "win32" ? "baokan.exe" : "baokan");
    if (dir && fs.existsSync(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

/** Globs of the pages to read, or none when this workspace is not baokan's. */
async function includeGlobs(): Promise<string[]> {
  const config = vscode.workspace.getConfiguration("baokan");
  const inspected = config.inspect<string[]>("include");
  const explicit = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
  if (explicit) {
    return explicit;
  }
  const marker = await vscode.workspace.findFiles("**/baokan.toml", "**/node_modules/**", 1);
  return marker.length > 0 ? config.get<string[]>("include") ?? ["**/*.txt"] : [];
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const globs = await includeGlobs();
  if (globs.length === 0) {
    return;
  }
  const command = findServer(context);
  if (!command) {
    const configured = vscode.workspace.getConfiguration("baokan").get<string>("server.path");
    const message = configured
      ? `baokan: the server at "${configured}" does not exist. Fix the setting baokan.server.path.`
      : "baokan: no server found. Install the platform package of the extension, put `baokan` on PATH (cargo install --path . in the baokan repository), or set baokan.server.path.";
    void vscode.window.showErrorMessage(message, "Open Settings").then((choice) => {
      if (choice) {
        void vscode.commands.executeCommand("workbench.action.openSettings", "baokan.server.path");
      }
    });
    return;
  }
  output ??= vscode.window.createOutputChannel("baokan");
  const serverOptions: ServerOptions = {
    run: { command, args: ["lsp"], transport: TransportKind.stdio },
    debug: { command, args: ["lsp"], transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: globs.map((pattern) => ({ scheme: "file", language: "plaintext", pattern })),
    outputChannel: output,
    synchronize: {
      configurationSection: "baokan",
      fileEvents: vscode.workspace.createFileSystemWatcher("**/{*.txt,baokan.toml}"),
    },
    initializationOptions: {},
  };
  client = new LanguageClient("baokan", "baokan", serverOptions, clientOptions);
  await client.start();
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand("baokan.restartServer", async () => {
      await stop();
      await start(context);
    }),
    vscode.commands.registerCommand("baokan.showOutput", () => output?.show(true)),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // Which files and which binary need a new client; the rest the server applies live.
      if (e.affectsConfiguration("baokan.include") || e.affectsConfiguration("baokan.server.path")) {
        await stop();
        await start(context);
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}
