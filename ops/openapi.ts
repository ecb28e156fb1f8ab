/**
 * `npm run openapi`: writes docs/openapi.json from the code (functions/openapi.ts).
 * `npm run openapi -- --check`: fails when docs/openapi.json is not what the code generates.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openApiJson } from '../functions/openapi';

const FILE = path.resolve(__dirname, '../docs/openapi.json');
const generated = openApiJson();

if (process.argv.includes('--check')) {
  const committed = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '';
  if (committed !== generated) {
    console.error('docs/openapi.json is not what the code generates: run npm run openapi');
    process.exit(1);
  }
  console.log('docs/openapi.json is up to date');
} else {
  fs.writeFileSync(FILE, generated);
  console.log(`wrote docs/openapi.json (${Object.keys(JSON.parse(generated).paths as object).length} paths)`);
}
