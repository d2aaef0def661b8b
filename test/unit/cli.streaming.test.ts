// `xxgk lint --format json` streams its array one file at a time; the bytes
// must be exactly those of the whole array stringified at once (the contract
// scripts parse), whatever the number of files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FileResult, JsonArrayWriter, toJsonResult } from '../../server/src/cli/formatFindings';
import { checkText } from '../../server/src/core/engine';
import { WITH_ERRORS, XICHENG } from './helpers/summaryFixtures';

const results: FileResult[] = [
  { file: '带错误.xxgk.yaml', findings: checkText(WITH_ERRORS).findings },
  { file: 'a "quoted"\nname.xxgk.yaml', findings: [] },
  { file: '西城.xxgk.yaml', findings: checkText(XICHENG).findings },
];

for (let count = 0; count <= results.length; count++) {
  test(`${count} file(s): the streamed array is byte for byte JSON.stringify of the whole`, () => {
    const chunks: string[] = [];
    const writer = new JsonArrayWriter((text) => chunks.push(text));
    for (const result of results.slice(0, count)) writer.add(result);
    writer.end();
    assert.equal(chunks.length, count + 1, 'one write per file, and the end');
    assert.equal(chunks.join(''), JSON.stringify(results.slice(0, count).map(toJsonResult), null, 2) + '\n');
  });
}
