// The part of cli-progress the CLI uses (the project has no @types/cli-progress).
declare module 'cli-progress' {
  interface Bar {
    setTotal(total: number): void;
    increment(): void;
  }
  export class MultiBar {
    constructor(options: object, preset?: object);
    create(total: number, start: number): Bar;
    log(text: string): void;
    stop(): void;
  }
  export const Presets: { shades_classic: object };
  const cliProgress: { MultiBar: typeof MultiBar; Presets: typeof Presets };
  export default cliProgress;
}
