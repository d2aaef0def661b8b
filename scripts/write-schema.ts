// Writes the generated JSON Schema to schemas/ (run after changing the model).
import { writeFileSync } from 'node:fs';
import { buildSchema } from '../server/src/core/schema';

const path = 'schemas/xxgk-report-2021.schema.json';
writeFileSync(path, `${JSON.stringify(buildSchema(), null, 2)}\n`);
console.log(`wrote ${path}`);
