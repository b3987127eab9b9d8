// Entry of the validation worker thread: registers tsx's loader, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./validation-worker.ts', import.meta.url).href);
