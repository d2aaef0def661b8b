// Writes the generated JSON Schemas (run after changing the model or the
// registry of checks): the report's, to schemas/, and the `xxgk.severity`
// setting's list of check codes, into package.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { CHECK_CODES } from '../server/src/core/checks/registry';
import { buildSchema } from '../server/src/core/schema';

const path = 'schemas/xxgk-report-2021.schema.json';
writeFileSync(path, `${JSON.stringify(buildSchema(), null, 2)}\n`);
console.log(`wrote ${path}`);

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
manifest.contributes.configuration.properties['xxgk.severity'].propertyNames.enum = [...CHECK_CODES];
writeFileSync('package.json', `${JSON.stringify(manifest, null, 2)}\n`);
console.log('wrote package.json contributes.configuration xxgk.severity');
