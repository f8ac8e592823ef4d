// The part of the WebAssembly JavaScript API the CLI uses (wasmLines.ts). TypeScript declares it
// only in its DOM library, which the CLI (Node) does not load.
declare namespace WebAssembly {
  class Module {
    constructor(bytes: BufferSource);
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>);
    readonly exports: Record<string, unknown>;
  }
  class Memory {
    readonly buffer: ArrayBuffer;
    grow(pages: number): number;
  }
  class Global {
    value: unknown;
  }
}
type BufferSource = ArrayBufferView | ArrayBuffer;
