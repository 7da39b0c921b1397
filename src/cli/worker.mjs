// Worker threads of a run from source (tests calling runAudit in process): register tsx, then the TypeScript worker.
// The built CLI does not use this file: its own dist/cli/worker.mjs (scripts/build-cli.mjs) takes its place.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
