#!/usr/bin/env -S node --no-regexp-tier-up
// Entry point for `npx safeguards`. The source is TypeScript, run directly by Node 24's type
// stripping; an older Node gets a clear message instead of a syntax error.
// (V8's --no-regexp-tier-up compiles the rules' patterns straight to machine code: a worker's
// first check takes about half as long. It is given here, at the process's start: set later from
// inside the process, with patterns already compiled, V8 crashed about one long run in twelve.)
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`safeguards needs Node 24 or later (this is ${process.version}). Run it through npx or npm scripts, which use the Node 24 that "npm install" brings.`);
  process.exit(1);
}
// Node keeps the TypeScript, stripped and compiled, in its compile cache: later runs start faster.
(await import('node:module')).enableCompileCache();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
