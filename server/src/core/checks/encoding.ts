// encoding: the file's bytes were not plain UTF-8 or GB18030. UTF-16/32 are
// read as such (a hint to save as UTF-8); UTF-8 with a few damaged bytes is
// read as UTF-8, not misread whole as GB18030, with the damaged places named.
import { RawFinding } from '../findings';
import { defineRule } from './rule';

/** How the caller decoded the file's bytes, where it did (the CLI). */
export interface EncodingNote {
  /** 'utf-8', 'gb18030', 'utf-16le', 'utf-16be', 'utf-32le' or 'utf-32be'. */
  encoding: string;
  /** Damaged bytes of a UTF-8 file, as hex, in order (each is U+FFFD in the text). */
  damaged?: string[];
}

export const encodingRule = defineRule({
  code: 'encoding',
  severity: 'warning',
  description: '文件是 UTF-16/UTF-32 编码，或 UTF-8 中有损坏的字节（xxgk lint 读文件时）',
  suppressible: true,
});

export function encodingFindings(text: string, note: EncodingNote | undefined): RawFinding[] {
  if (!note) return [];
  if (note.damaged?.length) {
    const at = Math.max(0, text.indexOf('\ufffd'));
    const bytes = note.damaged.slice(0, 8).join(' ') + (note.damaged.length > 8 ? ' …' : '');
    return [
      {
        start: at,
        end: Math.min(text.length, at + 1),
        code: 'encoding',
        message: `文件不是有效的 UTF-8：有 ${note.damaged.length} 处无法识别的字节（${bytes}），已显示为「\ufffd」，其余内容仍按 UTF-8 读取。请在这些位置重新输入正确的文字。`,
      },
    ];
  }
  const wide = /^utf-(16|32)(le|be)$/.exec(note.encoding);
  if (wide) {
    const name = `UTF-${wide[1]}${wide[2]!.toUpperCase()}`;
    return [
      {
        start: 0,
        end: 0,
        code: 'encoding',
        message: `文件是 ${name} 编码，已按 ${name} 读取。报告应保存为 UTF-8（或 GB18030）：其他工具可能无法读取这个文件。`,
      },
    ];
  }
  return [];
}
