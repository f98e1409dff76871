// V8 compiles a new pattern to bytecode and interprets it, then compiles it again to machine
// code once it runs a second time. For the rules' long patterns (some 400, most asked of a draft
// within its first check) the bytecode step costs more than the machine code: compiling straight
// to machine code nearly halves a process's first check (a worker's start in a batch), and later
// checks run the same code. The flag is process-wide (worker threads included), and V8 promises
// nothing for a flag changed mid-run: only entry points import this module, as their first import,
// before any pattern is compiled (the command line, the benchmark); a library or worker never does.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
