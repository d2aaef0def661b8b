// The helpers of the workspace pass's speed: parses offered for a moment and
// taken once while the file is unchanged (recentParses.ts), and the disk's
// report identities looked up by agency and year in the order found
// (diskIdentities.ts).
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parsePrevious } from '../../server/src/core/previous/previous';
import { DiskIdentities } from '../../server/src/diskIdentities';
import { diskStamp, RecentParses } from '../../server/src/recentParses';
import { lastYearReport } from './helpers/pairs';
import { useTempDir } from './helpers/tempDir';

describe('recent parses', () => {
  let dir = '';
  useTempDir('xxgk-recent-parses-', (d) => {
    dir = d;
  });
  const parsed = parsePrevious(lastYearReport());

  test('a parse is taken once, and only under the stamp it was offered with', async () => {
    const file = join(dir, '2023.xxgk.yaml');
    await writeFile(file, lastYearReport());
    const stamp = diskStamp(file);
    const recent = new RecentParses();
    recent.offer(file, stamp, parsed);
    assert.equal(recent.take(file, stamp), parsed);
    assert.equal(recent.take(file, stamp), undefined);
    recent.offer(file, stamp, parsed);
    await writeFile(file, `${lastYearReport()}# 已改\n`);
    assert.notEqual(diskStamp(file), stamp);
    assert.equal(recent.take(file, diskStamp(file)), undefined);
    assert.equal(diskStamp(join(dir, 'none.xxgk.yaml')), 'missing');
    recent.offer(join(dir, 'none.xxgk.yaml'), 'missing', parsed);
    assert.equal(recent.take(join(dir, 'none.xxgk.yaml'), 'missing'), undefined);
  });

  test('only the newest few are kept; a forgotten one is gone', () => {
    const recent = new RecentParses();
    for (let i = 0; i < 20; i++) recent.offer(`/r/${i}`, 's', parsed);
    assert.equal(recent.take('/r/0', 's'), undefined);
    assert.equal(recent.take('/r/19', 's'), parsed);
    recent.forget('/r/18');
    assert.equal(recent.take('/r/18', 's'), undefined);
  });
});

describe('disk identities', () => {
  test('looked up by agency and year in the order found, kept current as they change', () => {
    const disk = new DiskIdentities();
    disk.set('/b', { agency: '某局', year: 2023 });
    disk.set('/a', { agency: '某局', year: 2023 });
    disk.set('/c', { agency: '某局', year: 2024 });
    disk.set('/d', { agency: '另一局', year: 2023 });
    assert.deepEqual(disk.withAgencyYear('某局', 2023), ['/b', '/a']);
    assert.ok(disk.placeOf('/b') < disk.placeOf('/a'));
    assert.equal(disk.placeOf('/none'), Infinity);
    disk.set('/c', { agency: '某局', year: 2023 });
    assert.deepEqual(disk.withAgencyYear('某局', 2023), ['/b', '/a', '/c']);
    assert.equal(disk.delete('/b'), true);
    assert.deepEqual(disk.withAgencyYear('某局', 2023), ['/a', '/c']);
    assert.deepEqual(disk.withAgencyYear('某局', 2024), []);
    assert.deepEqual(
      [...disk].map(([p]) => p),
      ['/a', '/c', '/d'],
    );
  });
});
