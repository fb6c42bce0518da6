// Validates SARIF files written by postmortem:check against the SARIF 2.1.0 JSON schema.
// Usage: node validate.mjs FILE.sarif [...]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04'; // the SARIF schema is JSON Schema draft-04
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// the schema's language pattern is not valid with the u flag, which ajv sets by default
const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);
let failed = 0;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(readFileSync(file, 'utf8'));
  if (validate(log)) {
    console.log(`sarif: ${file}: valid SARIF 2.1.0, ${log.runs[0].results.length} results`);
  } else {
    failed++;
    for (const e of validate.errors) console.error(`FAIL sarif: ${file}: ${e.instancePath} ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
