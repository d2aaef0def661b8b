// The open reports (incremental sync) and their check results, one per
// document version and settings generation: diagnostics, completion, hover,
// outline and code actions all reuse the same parse.
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText, CheckResult } from './core/engine';
import type { PreviousInput } from './core/previous/previous';
import { Settings } from './settings';

interface Cached {
  version: number;
  generation: number;
  result: CheckResult;
}

export class ReportDocuments {
  readonly documents: TextDocuments<TextDocument>;
  private readonly cache = new Map<string, Cached>();
  /** Where a document's last year's report comes from (previousReports.ts); none until set. */
  previousFor: (doc: TextDocument) => PreviousInput = () => ({ kind: 'none' });

  /** `onStale`: told of a change whose version is not newer than the document's, which is ignored. */
  constructor(
    private readonly settings: Settings,
    onStale: (uri: string, version: number, current: number) => void = () => {},
  ) {
    this.documents = new TextDocuments<TextDocument>({
      create: (uri, languageId, version, text) => TextDocument.create(uri, languageId, version, text),
      update: (doc, changes, version) => {
        // An older (or repeated) version would be applied on top of newer text and corrupt it.
        if (version <= doc.version) {
          onStale(doc.uri, version, doc.version);
          return doc;
        }
        return TextDocument.update(doc, changes, version);
      },
    });
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return this.documents.all();
  }

  /** The check result of this version of the document, computed at most once. */
  result(doc: TextDocument): CheckResult {
    const cached = this.cache.get(doc.uri);
    if (cached && cached.version === doc.version && cached.generation === this.settings.generation)
      return cached.result;
    const result = this.check(doc.getText(), this.previousFor(doc));
    this.cache.set(doc.uri, { version: doc.version, generation: this.settings.generation, result });
    return result;
  }

  /** A text checked as the documents are (current settings), not cached: e.g. what a fix would leave. */
  check(text: string, previous?: PreviousInput): CheckResult {
    // Positions in the document's own coordinates, a BOM (if the client kept one) included.
    return checkText(text, { severities: this.settings.severities, keepBom: true, previous });
  }

  /** The open document and its result, or undefined for a document the server does not have. */
  lookup(uri: string): { doc: TextDocument; result: CheckResult } | undefined {
    const doc = this.get(uri);
    return doc ? { doc, result: this.result(doc) } : undefined;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
