// Worker threads run plain JavaScript: register tsx (as bin.mjs does) before importing the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
