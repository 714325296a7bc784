#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run prepare` (run by npm ci).
import { main } from '../dist/cli/main.js';
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
