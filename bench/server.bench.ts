// Language-server benchmark (prints, never fails on time): OUR server
// (`node dist/server.js --stdio`) beside yaml-language-server 1.25 configured
// with our JSON schema, both driven over stdio with
// vscode-languageserver-protocol as an editor would (the approach of
// test/protocol/lspClient.ts), on the same report:
//   1. spawn → first publishDiagnostics of the opened document;
//   2. one-digit didChange (a count in table 三, back and forth) → the
//      publishDiagnostics for that version (median, p95);
//   3. completion and hover round trips (median);
//   4. the same edit on a 2,000-line report (section 一 padded with prose).
// Phases alternate between the two servers in rounds, so load from other jobs
// on the machine hits both alike. Every wait has a timeout; a watchdog prints
// what was measured and stops both servers if the whole run goes too long.
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  CompletionList,
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  Diagnostic,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  Hover,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  Position,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  UnregistrationRequest,
  WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';
import { ensureBuilt, ROOT } from '../test/protocol/serverBuild';
import { exampleText, positionOf } from '../test/protocol/texts';

const WAIT_MS = 10_000;
const WATCHDOG_MS = 170_000;
const EDITS = 60;
const LARGE_EDITS = 30;
const REQUESTS = 50;
const LARGE_LINES = 2000;

const SCHEMA_URI = pathToFileURL(join(ROOT, 'schemas', 'xxgk-report-2021.schema.json')).toString();
/** The `yaml` settings section for yaml-language-server. The schema store is off so it never goes to the network. */
const YAML_SETTINGS = {
  schemas: { [SCHEMA_URI]: ['*.xxgk.yaml'] },
  validate: true,
  completion: true,
  hover: true,
  schemaStore: { enable: false },
};

/** Documents live (virtually) next to the example, under the example's own name. */
function docUri(name: string): string {
  return pathToFileURL(join(ROOT, 'examples', name)).toString();
}

// ---------------------------------------------------------------- statistics

function quantile(samples: number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
const median = (s: number[]): number => quantile(s, 0.5);
const p95 = (s: number[]): number => quantile(s, 0.95);

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- the client

interface ServerSpec {
  label: string;
  command: string[];
  languageId: string;
  /** Answers one workspace/configuration item. */
  configuration: (section: string | undefined) => unknown;
  /** Pushed with workspace/didChangeConfiguration right after `initialized`, if any. */
  pushSettings?: unknown;
}

interface Published {
  at: number;
  params: PublishDiagnosticsParams;
}

interface Waiter {
  uri: string;
  accept: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: Published) => void;
}

const live = new Set<ChildProcess>();

class BenchClient {
  readonly published: Published[] = [];
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();
  private lastPublishAt = 0;

  private constructor(
    readonly spec: ServerSpec,
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    readonly spawnedAt: number,
  ) {}

  /** Spawns the server and wires the connection; `initialize` is up to the caller so start-up can be timed from here. */
  static spawn(spec: ServerSpec): BenchClient {
    const spawnedAt = performance.now();
    const [cmd, ...args] = spec.command;
    const child = spawn(cmd!, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    live.add(child);
    child.once('exit', () => live.delete(child));
    child.on('error', (error) => notes.push(`${spec.label}: could not start: ${error.message}`));
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString().trim();
      if (text) process.stderr.write(`[${spec.label} stderr] ${text}\n`);
    });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    const client = new BenchClient(spec, child, connection, spawnedAt);
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => spec.configuration(item.section)),
    );
    connection.onRequest(RegistrationRequest.type, () => null);
    connection.onRequest(UnregistrationRequest.type, () => null);
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => null);
    // Anything else the server asks is answered MethodNotFound by vscode-jsonrpc.
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const entry = { at: performance.now(), params };
      client.lastPublishAt = entry.at;
      client.published.push(entry);
      for (const waiter of [...client.waiters]) {
        if (waiter.uri === params.uri && waiter.accept(params)) {
          client.waiters.splice(client.waiters.indexOf(waiter), 1);
          waiter.resolve(entry);
        }
      }
    });
    connection.onError(() => undefined);
    connection.listen();
    return client;
  }

  async initialize(): Promise<void> {
    await withTimeout(
      this.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(ROOT).toString(),
        workspaceFolders: [{ uri: pathToFileURL(ROOT).toString(), name: 'main' }],
        capabilities: {
          workspace: {
            configuration: true,
            didChangeConfiguration: { dynamicRegistration: true },
            workspaceFolders: true,
          },
          textDocument: {
            synchronization: { dynamicRegistration: false },
            completion: {
              completionItem: {
                snippetSupport: true,
                documentationFormat: ['markdown', 'plaintext'],
                insertTextModeSupport: { valueSet: [1, 2] },
              },
            },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            documentSymbol: { hierarchicalDocumentSymbolSupport: true },
            publishDiagnostics: { relatedInformation: true, versionSupport: true },
          },
        },
        initializationOptions: {},
      }),
      WAIT_MS * 3,
      `${this.spec.label}: initialize`,
    );
    await this.connection.sendNotification(InitializedNotification.type, {});
    if (this.spec.pushSettings !== undefined) {
      await this.connection.sendNotification(DidChangeConfigurationNotification.type, {
        settings: this.spec.pushSettings,
      });
    }
  }

  /** The next publishDiagnostics for `uri` that `accept` takes (earlier ones are not considered). */
  next(
    uri: string,
    accept: (p: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = WAIT_MS,
  ): Promise<Published> {
    let waiter!: Waiter;
    const promise = new Promise<Published>((resolve) => {
      waiter = { uri, accept, resolve };
      this.waiters.push(waiter);
    });
    return withTimeout(promise, timeoutMs, `${this.spec.label}: diagnostics for ${uri}`).catch((error: unknown) => {
      this.waiters = this.waiters.filter((w) => w !== waiter);
      throw error;
    });
  }

  /** Resolves once no diagnostics have been published for `quietMs` (at most `maxMs`). */
  async settle(quietMs: number, maxMs = 5_000): Promise<void> {
    const until = performance.now() + maxMs;
    while (performance.now() < until) {
      const idle = performance.now() - this.lastPublishAt;
      if (idle >= quietMs) return;
      await sleep(quietMs - idle + 1);
    }
  }

  /**
   * The publish that answers a document version. Ours publishes with
   * `version`; yaml-language-server publishes without one, so there the first
   * publish for the document after the change counts.
   */
  answers(version: number): (p: PublishDiagnosticsParams) => boolean {
    return (p) => p.version === undefined || p.version === version;
  }

  async open(uri: string, text: string): Promise<Published> {
    this.versions.set(uri, 1);
    const published = this.next(uri, this.answers(1), WAIT_MS * 3);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: this.spec.languageId, version: 1, text },
    });
    return published;
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Replaces one character at `at` and resolves with the milliseconds until that version's diagnostics. */
  async editOneChar(uri: string, at: Position, newChar: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.next(uri, this.answers(version));
    const t0 = performance.now();
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: newChar }],
    });
    const { at: t1 } = await published;
    return t1 - t0;
  }

  async completion(uri: string, position: Position): Promise<{ ms: number; items: number; labels: string[] }> {
    const t0 = performance.now();
    const result = (await withTimeout(
      this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }),
      WAIT_MS,
      `${this.spec.label}: completion`,
    )) as CompletionList | CompletionList['items'] | null;
    const ms = performance.now() - t0;
    const items = result === null ? [] : Array.isArray(result) ? result : result.items;
    return { ms, items: items.length, labels: items.slice(0, 4).map((i) => i.label) };
  }

  async hover(uri: string, position: Position): Promise<{ ms: number; text: string }> {
    const t0 = performance.now();
    const result: Hover | null = await withTimeout(
      this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }),
      WAIT_MS,
      `${this.spec.label}: hover`,
    );
    const ms = performance.now() - t0;
    const contents = result?.contents;
    const text =
      contents === undefined
        ? ''
        : typeof contents === 'string'
          ? contents
          : Array.isArray(contents)
            ? contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n')
            : contents.value;
    return { ms, text };
  }

  /** shutdown + exit, then make sure the process is gone. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 2_000, 'shutdown');
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // gone already, or stuck: killed below
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 2_000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

function killAll(): void {
  for (const child of live) child.kill('SIGKILL');
}
process.on('exit', killAll);

// ---------------------------------------------------------------- the servers

const OURS: ServerSpec = {
  label: 'xxgk',
  command: [process.execPath, join(ROOT, 'dist', 'server.js'), '--stdio'],
  languageId: 'xxgk-report',
  configuration: (section) => (section === 'xxgk' ? {} : null),
};
if (process.env.XXGK_BENCH_PROFILE) {
  // XXGK_BENCH_PROFILE=dir writes a V8 CPU profile of our server into dir.
  OURS.command.splice(1, 0, '--cpu-prof', `--cpu-prof-dir=${process.env.XXGK_BENCH_PROFILE}`);
}

const YAMLLS: ServerSpec = {
  label: 'yaml-language-server',
  command: [
    process.execPath,
    join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'),
    '--stdio',
  ],
  languageId: 'yaml',
  configuration: (section) => {
    if (section === 'yaml') return YAML_SETTINGS;
    if (section === 'http') return { proxy: '', proxyStrictSSL: false };
    if (section === '[yaml]') return {};
    if (section === 'editor') return { detectIndentation: true };
    return null;
  },
  pushSettings: { yaml: YAML_SETTINGS },
};

// ---------------------------------------------------------------- texts and positions

const EXAMPLE_NAME = '2023-西城区民政局.xxgk.yaml';
const LARGE_NAME = '2023-西城区民政局-2000行.xxgk.yaml';
const VERIFY_NAME = '2023-西城区民政局-未知键.xxgk.yaml';

/** The example with ~1,900 lines of extra prose in section 一 (总体情况, a block scalar), LARGE_LINES lines in all. */
function largeText(text: string): string {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => l.startsWith('主动公开政府信息情况:'));
  if (end < 0) throw new Error('section 二 not found in the example');
  const extra = LARGE_LINES - lines.length + (text.endsWith('\n') ? 1 : 0);
  const prose: string[] = [];
  for (let i = 0; i < extra; i++) {
    prose.push(
      `  补充说明第${i + 1}段：西城区民政局持续推进政务公开标准化规范化建设，围绕社会救助、养老服务和社会组织管理等重点领域，` +
        `及时回应群众关切，本段为第${i + 1}次补充，全年累计公开信息${300 + (i % 97)}条。`,
    );
  }
  lines.splice(end, 0, ...prose);
  return lines.join('\n');
}

const lineCount = (t: string): number => t.split('\n').length - (t.endsWith('\n') ? 1 : 0);

/** The example with a key the schema does not allow, at the top level. */
function unknownKeyText(text: string): string {
  return text.replace('年度: 2023\n', '年度: 2023\n未知的键: 1\n');
}

// The edited cell: 予以公开 / 自然人 in table 三 (a one-digit count, 0 ↔ 1).
const EDIT_NEEDLE = '予以公开: {自然人: ';
// Completion inside a table-三 row flow mapping: right after the `{` of 部分公开 (a key position).
const COMPLETION_NEEDLE = '部分公开: {';
// Hover on a statutory key.
const HOVER_NEEDLE = '予以公开';

// ---------------------------------------------------------------- results

type Row = { name: string; goal: string; ours: string; yamlls: string };
const rows = new Map<string, Row>();
const notes: string[] = [];

function fmt(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

/** Sets one cell; for ours, a goal like '< 20' is marked met (✓) or missed (✗). */
function setCell(name: string, goal: string, which: 'ours' | 'yamlls', ms: number): void {
  const row = rows.get(name) ?? { name, goal, ours: '—', yamlls: '—' };
  row[which] = fmt(ms);
  const limit = /^< (\d+)$/.exec(goal);
  if (which === 'ours' && limit && Number.isFinite(ms)) row.goal = `${goal} ${ms < Number(limit[1]) ? '✓' : '✗'}`;
  rows.set(name, row);
}

function printTables(): void {
  const list = [...rows.values()];
  const header = ['measure', 'xxgk (ours)', 'yaml-language-server 1.25', 'goal (ours)'];
  const body = list.map((r) => [r.name, r.ours, r.yamlls, r.goal]);
  const width = (s: string): number =>
    [...s].reduce(
      (w, ch) =>
        w + (/[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1),
      0,
    );
  const widths = header.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]!))));
  const line = (cells: string[]): string => cells.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  ');
  console.log('');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
  console.log('');
  console.log('Markdown:');
  console.log('');
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
  for (const b of body) console.log(`| ${b.join(' | ')} |`);
  if (notes.length) {
    console.log('');
    for (const n of notes) console.log(`note: ${n}`);
  }
}

// ---------------------------------------------------------------- phases

interface Session {
  which: 'ours' | 'yamlls';
  client: BenchClient;
}

const STARTS = 3;

/** Spawn → initialize answered → first diagnostics of the opened document. */
async function startOnce(
  spec: ServerSpec,
  uri: string,
  text: string,
): Promise<{ client: BenchClient; init: number; first: number; count: number }> {
  const client = BenchClient.spawn(spec);
  try {
    await client.initialize();
    const init = performance.now() - client.spawnedAt;
    const first = await client.open(uri, text);
    return { client, init, first: first.at - client.spawnedAt, count: first.params.diagnostics.length };
  } catch (error) {
    await client.stop();
    throw error;
  }
}

/**
 * Start-up, timed STARTS times per server in alternation (the servers never
 * start at the same time); the last start of each is kept for the other phases.
 */
async function startups(
  specs: [ServerSpec, 'ours' | 'yamlls'][],
  uri: string,
  text: string,
  sessions: Session[],
): Promise<void> {
  const firsts = new Map<string, number[]>();
  const inits = new Map<string, number[]>();
  for (let round = 0; round < STARTS; round++) {
    for (const [spec, which] of specs) {
      const run = await startOnce(spec, uri, text);
      (firsts.get(which) ?? firsts.set(which, []).get(which)!).push(run.first);
      (inits.get(which) ?? inits.set(which, []).get(which)!).push(run.init);
      console.log(
        `${spec.label}: start ${round + 1}: initialize answered after ${fmt(run.init)} ms, first diagnostics after ${fmt(run.first)} ms (${run.count} diagnostics)`,
      );
      if (round === STARTS - 1) sessions.push({ which, client: run.client });
      else await run.client.stop();
    }
  }
  for (const [, which] of specs) {
    setCell(`start-up: spawn → initialize result, median of ${STARTS} (ms)`, '—', which, median(inits.get(which)!));
    setCell(`start-up: spawn → first diagnostics, median of ${STARTS} (ms)`, '—', which, median(firsts.get(which)!));
  }
}

/** Opens a copy with an unknown top-level key and checks the server flags it. */
async function verifyUnknownKey(s: Session, text: string): Promise<void> {
  const uri = docUri(VERIFY_NAME);
  const { params } = await s.client.open(uri, unknownKeyText(text));
  const line = unknownKeyText(text).split('\n').indexOf('未知的键: 1');
  const hits = params.diagnostics.filter((d: Diagnostic) => d.range.start.line === line);
  await s.client.close(uri);
  if (hits.length) {
    console.log(
      `${s.client.spec.label}: validates against the schema — unknown key 未知的键 flagged: “${hits[0]!.message.split('\n')[0]}”`,
    );
  } else {
    console.log(
      `${s.client.spec.label}: WARNING — unknown key 未知的键 NOT flagged (${params.diagnostics.length} diagnostics); schema not applied?`,
    );
    notes.push(`${s.client.spec.label} did not flag an unknown key; its numbers may not include schema validation`);
  }
}

/** `count` one-digit edits (0 → 1 → 0 …) on the cell at `at`, each timed to its diagnostics. */
async function edits(
  s: Session,
  uri: string,
  at: Position,
  count: number,
  samples: number[],
  state: { digit: string },
): Promise<void> {
  for (let i = 0; i < count; i++) {
    state.digit = state.digit === '0' ? '1' : '0';
    try {
      samples.push(await s.client.editOneChar(uri, at, state.digit));
    } catch (error) {
      notes.push(`${s.client.spec.label}: ${(error as Error).message}`);
      await s.client.settle(300, 2_000);
    }
  }
  // Any late publish (e.g. yaml-language-server's stray ones) must not answer the next round.
  await s.client.settle(s.which === 'yamlls' ? 250 : 30, 3_000);
}

async function main(): Promise<void> {
  const started = performance.now();
  ensureBuilt();
  const text = exampleText();
  const large = largeText(text);
  const uri = docUri(EXAMPLE_NAME);
  const largeUri = docUri(LARGE_NAME);
  console.log(
    `server bench: ${EXAMPLE_NAME} (${lineCount(text)} lines); large copy ${lineCount(large)} lines, ${(Buffer.byteLength(large) / 1024).toFixed(0)} KiB`,
  );
  console.log(`yaml-language-server schema: ${SCHEMA_URI} for *.xxgk.yaml`);

  // 1. Start-up, one server at a time so they do not compete for the CPU.
  const sessions: Session[] = [];
  const watchdog = setTimeout(() => {
    console.log(
      `\nwatchdog: run exceeded ${WATCHDOG_MS / 1000} s, printing what was measured and stopping the servers`,
    );
    notes.push('run cut short by the watchdog');
    printTables();
    killAll();
    process.exit(0);
  }, WATCHDOG_MS);
  try {
    await startups(
      [
        [OURS, 'ours'],
        [YAMLLS, 'yamlls'],
      ],
      uri,
      text,
      sessions,
    );
    for (const s of sessions) await s.client.settle(s.which === 'yamlls' ? 400 : 50);

    for (const s of sessions) await verifyUnknownKey(s, text);
    for (const s of sessions) await s.client.settle(s.which === 'yamlls' ? 400 : 50);

    // 2. Edit → diagnostics, in alternating rounds.
    const editAt = positionOf(text, EDIT_NEEDLE, EDIT_NEEDLE.length);
    const editSamples = new Map(sessions.map((s) => [s.which, [] as number[]]));
    const digits = new Map(sessions.map((s) => [s.which, { digit: '0' }]));
    for (const s of sessions) await edits(s, uri, editAt, 4, [], digits.get(s.which)!); // warm-up
    const rounds = 3;
    for (let r = 0; r < rounds; r++) {
      for (const s of sessions)
        await edits(s, uri, editAt, EDITS / rounds, editSamples.get(s.which)!, digits.get(s.which)!);
    }
    for (const s of sessions) {
      const samples = editSamples.get(s.which)!;
      setCell('edit → diagnostics, median (ms)', '< 20', s.which, median(samples));
      setCell('edit → diagnostics, p95 (ms)', '—', s.which, p95(samples));
      console.log(
        `${s.client.spec.label}: ${samples.length} edits, median ${fmt(median(samples))} ms, p95 ${fmt(p95(samples))} ms, max ${fmt(Math.max(...samples))} ms`,
      );
    }

    // 3. Completion and hover at the same positions for both.
    const completionAt = positionOf(text, COMPLETION_NEEDLE, COMPLETION_NEEDLE.length);
    const hoverAt = positionOf(text, HOVER_NEEDLE, 1);
    const completionSamples = new Map(sessions.map((s) => [s.which, [] as number[]]));
    const hoverSamples = new Map(sessions.map((s) => [s.which, [] as number[]]));
    for (const s of sessions) {
      const c = await s.client.completion(uri, completionAt);
      const h = await s.client.hover(uri, hoverAt);
      console.log(
        `${s.client.spec.label}: completion at ${completionAt.line + 1}:${completionAt.character + 1} → ${c.items} items (${c.labels.join('、')}${c.items > 4 ? '…' : ''}); ` +
          `hover on ${HOVER_NEEDLE} → ${h.text ? `“${h.text.replace(/\s+/g, ' ').slice(0, 40)}…”` : 'nothing'}`,
      );
      setCell('completion, first request (ms)', '—', s.which, c.ms);
      setCell('hover, first request (ms)', '—', s.which, h.ms);
      if (c.items === 0)
        notes.push(
          `${s.client.spec.label} offered no completions at ${completionAt.line + 1}:${completionAt.character + 1}`,
        );
      if (!h.text) notes.push(`${s.client.spec.label} gave no hover on ${HOVER_NEEDLE}`);
      for (let i = 0; i < 5; i++) {
        await s.client.completion(uri, completionAt);
        await s.client.hover(uri, hoverAt);
      }
    }
    for (let r = 0; r < 2; r++) {
      for (const s of sessions) {
        for (let i = 0; i < REQUESTS / 2; i++) {
          try {
            completionSamples.get(s.which)!.push((await s.client.completion(uri, completionAt)).ms);
            hoverSamples.get(s.which)!.push((await s.client.hover(uri, hoverAt)).ms);
          } catch (error) {
            notes.push((error as Error).message);
          }
        }
      }
    }
    for (const s of sessions) {
      setCell('completion, median (ms)', '< 5', s.which, median(completionSamples.get(s.which)!));
      setCell('hover, median (ms)', '< 5', s.which, median(hoverSamples.get(s.which)!));
    }

    // 4. The 2,000-line report: open it beside the example, then the same edit.
    const largeAt = positionOf(large, EDIT_NEEDLE, EDIT_NEEDLE.length);
    const largeSamples = new Map(sessions.map((s) => [s.which, [] as number[]]));
    const largeDigits = new Map(sessions.map((s) => [s.which, { digit: '0' }]));
    for (const s of sessions) {
      const t0 = performance.now();
      const first = await s.client.open(largeUri, large);
      const ms = first.at - t0;
      setCell(`${LARGE_LINES}-line report: open → diagnostics (ms)`, '—', s.which, ms);
      await s.client.settle(s.which === 'yamlls' ? 400 : 50);
      await edits(s, largeUri, largeAt, 3, [], largeDigits.get(s.which)!); // warm-up
    }
    for (let r = 0; r < 2; r++) {
      for (const s of sessions)
        await edits(s, largeUri, largeAt, LARGE_EDITS / 2, largeSamples.get(s.which)!, largeDigits.get(s.which)!);
    }
    for (const s of sessions) {
      const samples = largeSamples.get(s.which)!;
      setCell(`${LARGE_LINES}-line report: edit → diagnostics, median (ms)`, '< 50', s.which, median(samples));
      setCell(`${LARGE_LINES}-line report: edit → diagnostics, p95 (ms)`, '—', s.which, p95(samples));
      console.log(
        `${s.client.spec.label}: ${LARGE_LINES}-line report, ${samples.length} edits, median ${fmt(median(samples))} ms, p95 ${fmt(p95(samples))} ms`,
      );
    }
  } catch (error) {
    notes.push(`aborted: ${(error as Error).message}`);
  } finally {
    clearTimeout(watchdog);
    await Promise.all(sessions.map((s) => s.client.stop()));
    killAll();
  }
  printTables();
  console.log(
    `\n(yaml-language-server debounces validation by 200 ms; run took ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  killAll();
  process.exit(1);
});
