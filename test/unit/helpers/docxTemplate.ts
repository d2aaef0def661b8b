// The official 2021 template (.docx) with hostile additions, for the import
// bounds test and bench/hostile.bench.ts: paragraphs added to its body, parts
// added to the archive, bytes appended to document.xml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

const TEMPLATE = join(__dirname, '../../fixtures/published/official-template-2021.docx');

export interface TemplateAdditions {
  /** `<w:p>`s added at the start of the body. */
  paragraphs?: number;
  /** Parts added to the archive, name → bytes. */
  entries?: [string, Buffer][];
  /** Bytes appended to word/document.xml. */
  documentTail?: Buffer;
}

export async function templateWith(add: TemplateAdditions): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(TEMPLATE));
  const document = await zip.file('word/document.xml')!.async('string');
  const paragraphs = '<w:p><w:r><w:t>附</w:t></w:r></w:p>'.repeat(add.paragraphs ?? 0);
  const body = Buffer.from(document.replace('<w:body>', `<w:body>${paragraphs}`));
  zip.file('word/document.xml', add.documentTail ? Buffer.concat([body, add.documentTail]) : body);
  for (const [name, content] of add.entries ?? []) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
