// Build step: write the JSON Schema of every model into dist/schemas/<Name>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { modelJsonSchemas } from '../src/model/json-schema.js';

mkdirSync('dist/schemas', { recursive: true });
for (const [name, schema] of Object.entries(modelJsonSchemas())) {
  writeFileSync(`dist/schemas/${name}.json`, `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(modelJsonSchemas()).length} JSON Schemas to dist/schemas/`);
