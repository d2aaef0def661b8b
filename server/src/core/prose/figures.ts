// Every figure of the prose read against the tables: what each number was
// read as, the table's value, and whether they agree. The prose-figure check
// reports the disagreements; hover shows every compared figure.
import { Row, Table3 } from '../tables';
import { YNode } from '../yamlTree';
import { isMoney, Unit } from './numerals';
import { proseParagraphs } from './paragraphs';
import { Quantity, ReportQuantities, valueOf } from './quantities';
import { ParagraphReader } from './reading';

export interface ComparedFigure {
  /** Source offsets of the number. */
  start: number;
  end: number;
  section: string;
  clause: string;
  /** The number as written with its unit, e.g. '2 件'. */
  stated: string;
  what: string;
  /** The quantities it was compared with, each with its value. */
  compared: { quantity: Quantity; value: number }[];
  agrees: boolean;
}

export interface AllUpheldClaim {
  start: number;
  end: number;
  section: string;
  clause: string;
  /** The cells that contradict the claim (结果纠正 or 尚未审结 above 0). */
  against: { name: string; value: number; place?: { start: number; end: number } }[];
  /** The cells looked at. */
  looked: Quantity;
}

export interface ProseReading {
  figures: ComparedFigure[];
  claims: AllUpheldClaim[];
}

/** Equal, or for money the same at the precision the prose states (96171.6 万元 for 96171.60). */
function agrees(stated: number, raw: string, unit: Unit, table: number): boolean {
  if (!isMoney(unit)) return stated === table;
  const inUnit = unit === '元' ? table * 10000 : table;
  const decimals = /\.(\d+)$/.exec(raw.replace(/[,，]/g, ''))?.[1]?.length ?? 0;
  const scale = 10 ** decimals;
  return Math.round(inUnit * scale) === Math.round(stated * scale);
}

export function readProse(root: YNode, source: string, tables?: { table3: Table3; table4: Row[] }): ProseReading {
  const quantities = new ReportQuantities(root, tables);
  const figures: ComparedFigure[] = [];
  const claims: AllUpheldClaim[] = [];
  for (const paragraph of proseParagraphs(root, source)) {
    const reader = new ParagraphReader(quantities);
    reader.read(paragraph.text);
    for (const f of reader.figures) {
      const compared = f.quantities.map((quantity) => ({ quantity, value: valueOf(quantity) }));
      // Compared only where every table term is a count: a blank is never 0.
      if (compared.some((c) => c.value === undefined)) continue;
      const values = compared as { quantity: Quantity; value: number }[];
      figures.push({
        start: paragraph.offset + f.number.start,
        end: paragraph.offset + f.number.end,
        section: paragraph.section,
        clause: f.clause,
        stated: f.stated ?? `${f.number.raw} ${f.number.unit}`,
        what: f.what,
        compared: values,
        agrees: values.some((c) => agrees(f.number.value, f.number.raw, f.number.unit, c.value)),
      });
    }
    for (const c of reader.claims) {
      const looked = quantities.appeals(c.rows, '结果纠正');
      const pending = quantities.appeals(c.rows, '尚未审结');
      const terms = c.decidedOnly ? looked.terms : [...looked.terms, ...pending.terms];
      if (terms.some((t) => t.value === undefined)) continue;
      claims.push({
        start: paragraph.offset + c.start,
        end: paragraph.offset + c.end,
        section: paragraph.section,
        clause: c.clause,
        against: terms.filter((t) => t.value! > 0).map((t) => ({ name: t.name, value: t.value!, place: t.place })),
        looked: { label: looked.label, terms },
      });
    }
  }
  return { figures, claims };
}
