#!/usr/bin/env node
// Entry point of the `hotline` command: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../engine/cli/main.ts');
