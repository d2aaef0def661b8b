// The Getting Started walkthrough (contributes.walkthroughs): its steps lead
// through the path — start this year's report or import last year's,
// fill the tables in the preview, export Word — with command links and
// completion events that name real commands, and media in both languages.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string };
  completionEvents?: string[];
}
interface Manifest {
  contributes: { commands: { command: string }[]; walkthroughs: { id: string; steps: Step[] }[] };
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const bundles: Record<string, Record<string, string>> = {
  en: JSON.parse(readFileSync('package.nls.json', 'utf8')),
  'zh-cn': JSON.parse(readFileSync('package.nls.zh-cn.json', 'utf8')),
};
const commands = new Set(manifest.contributes.commands.map((c) => c.command));
const [walkthrough] = manifest.contributes.walkthroughs;

/** A manifest string as VS Code shows it in one language (`%key%` replaced from its bundle). */
function localized(value: string, language: string): string {
  const key = /^%(.+)%$/.exec(value)?.[1];
  if (!key) return value;
  const text = bundles[language]![key];
  assert.ok(text !== undefined, `${key} missing from the ${language} bundle`);
  return text;
}

test('there is one walkthrough, its steps each with a title, a description and Markdown media', () => {
  assert.equal(manifest.contributes.walkthroughs.length, 1);
  assert.ok(walkthrough!.steps.length >= 3);
  for (const step of walkthrough!.steps) {
    for (const language of Object.keys(bundles)) {
      assert.ok(localized(step.title, language).trim(), `${step.id}: title in ${language}`);
      assert.ok(localized(step.description, language).trim(), `${step.id}: description in ${language}`);
      const media = localized(step.media.markdown ?? '', language);
      assert.match(media, /\.md$/, `${step.id}: Markdown media in ${language}`);
      assert.ok(existsSync(media), `${step.id}: ${media} does not exist`);
    }
  }
});

test('every command a step links to or completes on is a contributed command, in both languages', () => {
  for (const step of walkthrough!.steps) {
    for (const language of Object.keys(bundles)) {
      const linked = [...localized(step.description, language).matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]!);
      assert.ok(linked.length > 0, `${step.id}: no command link in ${language}`);
      for (const command of linked) assert.ok(commands.has(command), `${step.id} links to unknown ${command}`);
    }
    for (const event of step.completionEvents ?? []) {
      const command = /^onCommand:(.+)$/.exec(event)?.[1];
      if (command) assert.ok(commands.has(command), `${step.id} completes on unknown ${command}`);
    }
  }
});

test('the steps lead from a new or imported report through the preview to a Word file, in that order', () => {
  const firstLinkOf = (command: string) =>
    walkthrough!.steps.findIndex((s) => localized(s.description, 'en').includes(`(command:${command})`));
  const order = ['xxgk.newReport', 'xxgk.showPreviewToSide', 'xxgk.exportDocx'].map(firstLinkOf);
  assert.ok(
    order.every((i) => i >= 0),
    `steps linking to new report, preview, Word export: ${order.join(', ')}`,
  );
  assert.deepEqual(
    [...order].sort((a, b) => a - b),
    order,
    'in that order',
  );
  assert.equal(firstLinkOf('xxgk.import'), order[0], 'import offered beside the new report');
});
