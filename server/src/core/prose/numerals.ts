// Numbers stated in prose with their unit: Arabic (75, 3,119, 96171.6) and
// Chinese (两, 十二, 一百零五). Only a number followed by a unit the tables
// count in is a candidate figure; a number without one (years, dates,
// document numbers, phone numbers, percentages) is never read.

/** Units of a count, and of a money amount. */
const COUNT_UNITS = ['件', '起', '条', '项', '份', '宗'] as const;
const MONEY_UNITS = ['万元', '元'] as const;

export type Unit = (typeof COUNT_UNITS)[number] | (typeof MONEY_UNITS)[number];

export interface ProseNumber {
  /** Offsets in the paragraph: the digits (or Chinese numerals) alone. */
  start: number;
  end: number;
  /** End of the unit. */
  unitEnd: number;
  value: number;
  unit: Unit;
  /** The number as written. */
  raw: string;
  /** 约、余、多、以上… around it: an approximation, never compared. */
  approximate: boolean;
}

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a Chinese numeral (一百零五 → 105, 十二 → 12, 两万三千 → 23000), or undefined. */
export function chineseNumeral(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch === '零' || ch === '〇') {
      if (digit !== undefined) return undefined; // 二〇: a year's digits, not a numeral
    } else if (ch in DIGIT) {
      if (digit !== undefined) return undefined; // 一二: not a numeral
      digit = DIGIT[ch];
    } else if (ch in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[ch]!;
      digit = undefined;
    } else if (ch === '万') {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

const UNIT_SOURCE = [...MONEY_UNITS, ...COUNT_UNITS].join('|');
/**
 * A number, optional 余/多 and spaces (pdftotext puts spaces around digits),
 * then a unit. Chinese numerals must not follow 第 (第二十条) — checked below.
 */
const NUMBER_RE = new RegExp(
  `([0-9][0-9,，]*(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千万]+)\\s*(余|多)?\\s*(${UNIT_SOURCE})`,
  'g',
);
const APPROXIMATE_BEFORE = /(约|近|超过|超|逾|不足|不到|将近|大约|上万|数)\s*$/;
const APPROXIMATE_AFTER = /^\s*(以上|左右|上下|之多)/;

export function findNumbers(text: string): ProseNumber[] {
  const numbers: ProseNumber[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const raw = m[1]!;
    const start = m.index;
    const before = text.slice(Math.max(0, start - 4), start);
    // Part of a longer token: 〔2021〕39号, A1件, 第二十条, 0517-83605210.
    if (/[0-9A-Za-z.\-_/]$/.test(before) || /第\s*$/.test(before)) continue;
    const arabic = /^[0-9]/.test(raw);
    if (arabic && /[,，]/.test(raw) && !/^[0-9]{1,3}([,，][0-9]{3})+(\.[0-9]+)?$/.test(raw)) continue;
    const value = arabic ? Number(raw.replace(/[,，]/g, '')) : chineseNumeral(raw);
    if (value === undefined || !Number.isFinite(value)) continue;
    const unit = m[3] as Unit;
    const unitEnd = start + m[0].length;
    numbers.push({
      start,
      end: start + raw.length,
      unitEnd,
      value,
      unit,
      raw,
      approximate:
        !!m[2] || APPROXIMATE_BEFORE.test(before) || APPROXIMATE_AFTER.test(text.slice(unitEnd, unitEnd + 4)),
    });
  }
  return numbers;
}

export function isMoney(unit: Unit): boolean {
  return unit === '万元' || unit === '元';
}
