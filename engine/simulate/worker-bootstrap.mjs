// Entry of the simulation worker thread: registers tsx's loader (the worker starts as a plain
// Node.js thread, whatever the main thread runs under: tsx, `node --import tsx`, vitest), then
// loads the TypeScript worker module next to this file.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./simulate-worker.ts', import.meta.url).href);
