#!/usr/bin/env node
// Runs the prebuilt bundle (`npm run build:cli`, also run by `npm run build` and on `npm ci`).
import { existsSync } from 'node:fs';
import { URL } from 'node:url';

const bundle = new URL('../dist-cli/cli.js', import.meta.url);
if (existsSync(bundle)) await import(bundle.href);
else {
  process.stderr.write('journey-mapper: the command is not built; run `npm run build:cli`\n');
  process.exitCode = 1;
}
