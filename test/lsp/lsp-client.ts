/** A minimal LSP client for yaml-language-server over stdio (for tests). */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type CompletionItem,
  type CompletionList,
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  type Diagnostic,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

export interface YamlLsClient {
  open(file: string, text: string): string;
  /** Resolves with the first published diagnostics of `uri` that satisfy `done` (default: any). */
  diagnostics(uri: string, done?: (d: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  complete(uri: string, line: number, character: number): Promise<CompletionItem[]>;
  /** The hover text at a position, flattened to a string. */
  hover(uri: string, line: number, character: number): Promise<string>;
  close(): Promise<number | null>;
}

export async function startYamlLs(root: string, settings: Record<string, unknown>): Promise<YamlLsClient> {
  const bin = join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
  const proc: ChildProcess = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const conn: ProtocolConnection = createProtocolConnection(
    new StreamMessageReader(proc.stdout!),
    new StreamMessageWriter(proc.stdin!),
  );
  const published = new Map<string, Diagnostic[]>();
  const waiters: (() => void)[] = [];
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.set(p.uri, p.diagnostics);
    for (const w of waiters.splice(0)) w();
  });
  conn.onRequest(ConfigurationRequest.type, (p) =>
    p.items.map((i) => (i.section === 'yaml' ? settings : i.section === 'http' ? { proxyStrictSSL: false } : {})),
  );
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification('window/logMessage', () => undefined);
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'main' }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: {
        publishDiagnostics: {},
        completion: { completionItem: { snippetSupport: false, documentationFormat: ['plaintext'] } },
      },
    },
    initializationOptions: {},
  });
  await conn.sendNotification(InitializedNotification.type, {});
  await conn.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: settings } });

  return {
    open(file, text) {
      const uri = pathToFileURL(file).href;
      void conn.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'yaml', version: 1, text },
      });
      return uri;
    },
    diagnostics(uri, done = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), timeoutMs);
        const check = () => {
          const d = published.get(uri);
          if (d && done(d)) {
            clearTimeout(timer);
            resolve(d);
          } else waiters.push(check);
        };
        check();
      });
    },
    async complete(uri, line, character) {
      const r = (await conn.sendRequest(CompletionRequest.type, {
        textDocument: { uri },
        position: { line, character },
      })) as CompletionList | CompletionItem[] | null;
      return Array.isArray(r) ? r : (r?.items ?? []);
    },
    async hover(uri, line, character) {
      const h = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
      const c = h?.contents;
      if (!c) return '';
      const parts = Array.isArray(c) ? c : [c];
      return parts.map((p) => (typeof p === 'string' ? p : p.value)).join('\n');
    },
    async close() {
      const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
      await conn.sendRequest(ShutdownRequest.type);
      await conn.sendNotification(ExitNotification.type);
      const code = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 3000))]);
      conn.dispose();
      if (proc.exitCode === null) proc.kill();
      return code;
    },
  };
}
