import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { reportJsonSchema } from '../src/core/report/render/reportJson.schema.ts';

/** Writes schema/report.schema.json from the zod schema of the JSON report, prettier-formatted. */
const path = 'schema/report.schema.json';
const options = await resolveConfig(path);
const text = await format(JSON.stringify(reportJsonSchema(), null, 2), {
  ...options,
  parser: 'json',
});
writeFileSync(path, text);
