#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run prepare` (run by npm ci).
import { main } from '../dist/cli/main.js';
// `jixiao query … | head`: a closed pipe is the reader being done, not an error
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); throw e; });
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
