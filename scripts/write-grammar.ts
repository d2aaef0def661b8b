// Writes the TextMate grammar (syntaxes/xxgk.tmLanguage.json) from the
// statutory model, so that every label the format knows is highlighted as one.
import { writeFileSync } from 'node:fs';
import { buildGrammar } from '../server/src/core/grammar';

const path = 'syntaxes/xxgk.tmLanguage.json';
writeFileSync(path, `${JSON.stringify(buildGrammar(), null, 2)}\n`);
console.log(`wrote ${path}`);
