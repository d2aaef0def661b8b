// The phrase grammar: which table quantity a number in a paragraph names.
// A number is read only where its own phrase (from the previous number or
// comma to the number, plus the words after its unit up to the next
// punctuation) has a cue; the sentence and the paragraph only supply what
// the phrase leaves out (whose applications, which court).
import {
  APPEAL_MARKER,
  appealColumnOf,
  appealRowsOf,
  APPLICATION_MARKER,
  APPLICATION_OBJECT,
  CARRIED_IN,
  CARRIED_OUT,
  CASE_WORD,
  DECISION_NOUNS,
  DECISION_VERB,
  DOCUMENT_NOUNS,
  DOCUMENT_VERBS,
  FEE_NOUN,
  HANDLED,
  JOINER,
  NEW_ONLY,
  NOT_A_STOCK,
  PUBLISHED_ITEMS,
  RECEIVED,
  RESULT_CUES,
  scopeOf,
  TRAILING_APPLICATION,
} from './cues';
import { noneClaims, upheldClaims, UpheldClaim } from './claims';
import { findNumbers, isMoney, ProseNumber } from './numerals';
import { AppealRow, Quantity, ReportQuantities, Scope } from './quantities';
import { clauseOf, lastIndexBefore, lastMatch, nextIndex, PHRASE_END, SENTENCE_END } from './text';

export interface FigureReading {
  number: ProseNumber;
  /** The words around the number, for the message. */
  clause: string;
  /** What the number was read as, in the words of the message. */
  what: string;
  /** The table quantities it may equal; the first is the one named. */
  quantities: Quantity[];
  /** What the prose states, where it is not a number (未收到申请). */
  stated?: string;
}

const FULL_STOP = /[。！!？?]/;
/** Words after the unit that still belong to the number: 1 件结转下年度, 3 件予以公开, 1 件被纠正. */
const TRAILING_CUE =
  /^(申请)?(的|均|已|被|为|都|则)*(予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理|结转|顺延|转入|延续|下一?年|维持|纠正|撤销|尚未审结|未审结)/;
/** Before a verb, words that make it something other than handling applications (终止办理, 延期答复). */
const NOT_HANDLING =
  /未|不予|拒绝|正在|尚在|仍在|因|由于|撤回|终止|中止|不再|暂停|涉及|针对|关于|移送|转送|告知|补正|延期|延长|逾期|超期|征求|第三方|未能|无法/;
const WHOSE: Record<Scope, string> = { all: '', person: '（自然人）', org: '（法人或其他组织）' };
const CATEGORY_WORD = /予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理/;
const PHRASE_START = /[，,：:（()）。；;！!？?\n]/;

type Topic = 'apply' | 'appeal' | undefined;
type ApplyVerb = 'received' | 'new' | 'handled' | 'handledOrReceived';

interface State {
  topic: Topic;
  appealRows: AppealRow[];
  /** Within the current sentence. */
  verb?: ApplyVerb;
  documentVerb?: string;
  documentRow?: string;
  sentenceStart: number;
  /** Whether the full sentence (to 。, across ；) so far names applications, or a result. */
  sentenceApply: boolean;
  sentenceCategory: boolean;
}

/** Result words in a phrase; several joined by 及、和、、 read as their sum. */
function resultKeys(phrase: string): string[] | undefined {
  const hits: { key: string; start: number; end: number }[] = [];
  for (const cue of RESULT_CUES)
    for (const m of phrase.matchAll(cue.re)) hits.push({ key: cue.key, start: m.index, end: m.index + m[0].length });
  if (!hits.length) return undefined;
  hits.sort((a, b) => a.start - b.start);
  for (let i = 1; i < hits.length; i++) {
    const between = phrase.slice(hits[i - 1]!.end, hits[i]!.start).replace(/的|类|情形/g, '');
    if (!JOINER.test(between)) return undefined;
  }
  return [...new Set(hits.map((h) => h.key))];
}

export class ParagraphReader {
  readonly figures: FigureReading[] = [];
  readonly claims: UpheldClaim[] = [];

  constructor(private readonly q: ReportQuantities) {}

  read(text: string): void {
    const state: State = {
      topic: undefined,
      appealRows: [],
      sentenceStart: 0,
      sentenceApply: false,
      sentenceCategory: false,
    };
    let previousEnd = 0;
    for (const n of findNumbers(text)) {
      this.track(text, previousEnd, n.start, state);
      const phraseStart = Math.max(previousEnd, lastIndexBefore(text, PHRASE_START, previousEnd, n.start) + 1);
      // pdftotext and converters put spaces around digits: the words alone are read.
      const local = text.slice(phraseStart, n.start).replace(/\s+/g, '');
      const trailingEnd = nextIndex(text, PHRASE_END, n.unitEnd);
      const trailing = text.slice(n.unitEnd, trailingEnd).replace(/\s+/g, '');
      previousEnd = n.unitEnd;
      if (n.approximate || NOT_A_STOCK.test(local + trailing)) continue;
      const clause = clauseOf(text, phraseStart, trailingEnd);
      const reading = this.readNumber(n, local, trailing, state);
      if (reading) this.figures.push({ number: n, clause, ...reading });
    }
    this.track(text, previousEnd, text.length, state);
    this.claims.push(...upheldClaims(text));
    this.figures.push(...noneClaims(text, this.q));
  }

  /** Updates topic, court and sentence state over text that holds no figure. */
  private track(text: string, from: number, to: number, state: State): void {
    const sentenceEnd = lastIndexBefore(text, SENTENCE_END, from, to);
    if (sentenceEnd >= 0) {
      state.sentenceStart = sentenceEnd + 1;
      state.verb = state.documentVerb = state.documentRow = undefined;
    }
    const chunk = text.slice(from, to);
    // What the sentence (to its 。, across ；) has said so far, kept as flags: a
    // paragraph of one endless sentence is still read in linear time.
    const fullStop = lastIndexBefore(chunk, FULL_STOP, 0, chunk.length);
    if (fullStop >= 0) state.sentenceApply = state.sentenceCategory = false;
    const sinceStop = chunk.slice(fullStop + 1);
    state.sentenceApply ||= APPLICATION_MARKER.test(sinceStop);
    state.sentenceCategory ||= CATEGORY_WORD.test(sinceStop);
    const appealAt = lastMatch(chunk, APPEAL_MARKER);
    const applyAt = lastMatch(chunk, APPLICATION_MARKER);
    if (appealAt >= 0) state.appealRows = appealRowsOf(chunk);
    if (appealAt > applyAt) state.topic = 'appeal';
    else if (applyAt > appealAt) state.topic = 'apply';
  }

  private readNumber(
    n: ProseNumber,
    local: string,
    trailing: string,
    state: State,
  ): Omit<FigureReading, 'number' | 'clause'> | undefined {
    const phrase = local + (TRAILING_CUE.test(trailing) ? trailing : '');
    if (FEE_NOUN.test(local + trailing)) return isMoney(n.unit) ? this.fee(phrase) : undefined;
    if (isMoney(n.unit) || !Number.isInteger(n.value)) return undefined;
    const documents = this.documents(local, state);
    if (documents) return documents;
    const decision = DECISION_NOUNS.filter((d) => d.re.test(local));
    if (decision.length) {
      if (!DECISION_VERB.test(local) || PUBLISHED_ITEMS.test(phrase)) return undefined;
      const quantities = decision.map((d) => this.q.proactive(d.path, `${d.path[1]}本年处理决定数量`));
      return { what: `${decision.map((d) => d.path[1]).join('、')}处理决定数`, quantities: [this.sum(quantities)] };
    }
    if (APPEAL_MARKER.test(phrase) || (state.topic === 'appeal' && !APPLICATION_MARKER.test(phrase)))
      return this.appeal(phrase, state);
    if (APPLICATION_MARKER.test(local + trailing) || state.topic === 'apply')
      return this.application(local, trailing, state);
    return undefined;
  }

  private sum(quantities: Quantity[]): Quantity {
    if (quantities.length === 1) return quantities[0]!;
    return { label: quantities.map((q) => q.label).join(' + '), terms: quantities.flatMap((q) => q.terms) };
  }

  private fee(phrase: string): Omit<FigureReading, 'number' | 'clause'> | undefined {
    if (!/收取|收费金额|金额|征收|共计|合计/.test(phrase)) return undefined;
    const q = this.q.proactive(['第二十条第（八）项', '行政事业性收费'], '行政事业性收费本年收费金额（万元）');
    return { what: '行政事业性收费金额', quantities: [q] };
  }

  private documents(local: string, state: State): Omit<FigureReading, 'number' | 'clause'> | undefined {
    const verb = DOCUMENT_VERBS.find((v) => v.re.test(local));
    const noun = DOCUMENT_NOUNS.filter((d) => d.re.test(local));
    if (noun.length > 1) return undefined;
    // A verb with an object of its own (印发工作通知 5 件) is about something else.
    if (verb && !noun.length && !/^[了共计为的]*$/.test(local.slice(local.search(verb.re)).replace(verb.re, ''))) {
      state.documentVerb = undefined;
      return undefined;
    }
    if (verb) state.documentVerb = verb.column;
    if (noun.length) state.documentRow = noun[0]!.row;
    // A verb alone continues the sentence's document (清理规范性文件，废止 3 件); a noun alone its verb.
    if (!verb && !noun.length) return undefined;
    if (!state.documentVerb || !state.documentRow) return undefined;
    const path = ['第二十条第（一）项', state.documentRow, state.documentVerb];
    const what = `${state.documentRow}${state.documentVerb}`;
    return { what, quantities: [this.q.proactive(path, what)] };
  }

  private appeal(phrase: string, state: State): Omit<FigureReading, 'number' | 'clause'> | undefined {
    const own = appealRowsOf(phrase);
    const rows = own.length ? own : state.appealRows;
    if (!rows.length) return undefined;
    const column = appealColumnOf(phrase);
    if (!column && !APPEAL_MARKER.test(phrase) && !CASE_WORD.test(phrase)) return undefined;
    const named = this.q.appeals(rows, column ?? '总计');
    const quantities = [named];
    // 复议 + 诉讼 together is a natural sum of either.
    if (rows.length < 3) quantities.push(this.q.appeals(['review', 'direct', 'afterReview'], column ?? '总计'));
    return { what: named.label, quantities };
  }

  private application(
    local: string,
    trailing: string,
    state: State,
  ): Omit<FigureReading, 'number' | 'clause'> | undefined {
    const phrase = local + (TRAILING_CUE.test(trailing) ? trailing : '');
    const inSentence = state.sentenceApply || APPLICATION_MARKER.test(trailing);
    const scopes: Scope[] = (() => {
      const s = scopeOf(phrase);
      return s === 'both' ? [] : [s];
    })();
    if (!scopes.length) return undefined;
    const scope = scopes[0]!;
    // Last year's first: any other 结转 (结转至2025年, 结转下年度) is to next year.
    // A year named before it (2023年结转的) could be either: not read.
    if (/[0-9]{4}年度?[^，。；]{0,4}结转/.test(phrase)) return undefined;
    if (CARRIED_IN.test(phrase)) return this.one(this.q.carriedIn(scope));
    if (CARRIED_OUT.test(phrase)) return this.one(this.q.carriedOut(scope));
    const keys = resultKeys(phrase);
    // A row's own words (国家秘密, 重复申请) name it only in a sentence about applications or results.
    if (keys && !inSentence && !state.sentenceCategory && !CATEGORY_WORD.test(trailing)) return undefined;
    if (keys) {
      const named = this.q.results(keys, scope);
      const quantities = [named];
      // 予以公开 alone often counts 部分公开 in.
      if (keys.length === 1 && keys[0] === '予以公开') quantities.push(this.q.results(['予以公开', '部分公开'], scope));
      return { what: named.label, quantities };
    }
    // Result words this grammar does not know (公开、提供 in other senses): unclear, not read.
    if (/公开|提供/.test(phrase.replace(/政府信息公开|依申请公开|信息公开/g, ''))) return undefined;
    const own = this.verbOf(local, trailing, inSentence);
    if (own) state.verb = own;
    const verb = own ?? (scope !== 'all' ? state.verb : undefined);
    if (!verb) return undefined;
    switch (verb) {
      case 'new':
        return this.one(this.q.received(scope));
      case 'received':
        return {
          what: `收到的申请数${WHOSE[scope]}`,
          quantities: [this.q.received(scope), this.q.receivedWithCarried(scope)],
        };
      case 'handled':
        return this.one(this.q.handled(scope));
      case 'handledOrReceived':
        return {
          what: `办理的申请数${WHOSE[scope]}`,
          quantities: [this.q.handled(scope), this.q.received(scope), this.q.receivedWithCarried(scope)],
        };
    }
  }

  private one(q: Quantity): Omit<FigureReading, 'number' | 'clause'> {
    return { what: q.label, quantities: [q] };
  }

  /** The verb of a phrase over applications, where its object is applications or nothing. */
  private verbOf(local: string, trailing: string, inSentence: boolean): ApplyVerb | undefined {
    const verbs: [RegExp, ApplyVerb][] = [
      [NEW_ONLY, 'new'],
      [RECEIVED, 'received'],
      [/办结|答复/, 'handled'],
      [HANDLED, 'handledOrReceived'],
    ];
    // 办理结果总计 95 件: the results' total.
    if (/办理结果(总计|合计|共计)?[共计为]*$/.test(local)) return 'handled';
    for (const [re, verb] of verbs) {
      const m = re.exec(local);
      if (!m) continue;
      const object = local.slice(m.index + m[0].length);
      if (NOT_HANDLING.test(local.slice(0, m.index)) || !APPLICATION_OBJECT.test(object)) return undefined;
      // A verb with no object of its own (办结 69 件) needs applications in its sentence.
      if (
        !/申请/.test(object) &&
        !(/^(的)?(政府信息)?(公开)?申请/.test(trailing) || (inSentence && TRAILING_APPLICATION.test(trailing)))
      )
        return undefined;
      return verb;
    }
    // 政府信息公开申请 75 件: a count of applications with no verb is read as received.
    if (/申请(总量|数量|总数)?[共计合为达]*$/.test(local) && !/人|其中/.test(local)) return 'received';
    return undefined;
  }
}
