// The library modules written in Python (src/lib), as the command-line bundle
// sees them. scripts/build.mjs puts this module in place of src/lib/index.ts
// for dist/cli.cjs and writes the sources, ~1.3 MB, to python-lib.json beside
// the bundle: as string constants of the bundle they made every start read,
// and deserialise from the code cache, text that most programs never import.
// The file is read on the first lookup, when a program imports a module that
// is neither loaded nor native. The library build (dist/index.js) and the
// tests keep src/lib/index.ts.

let sources: ReadonlyMap<string, string> | null = null;

function load(): ReadonlyMap<string, string> {
  // `require` is the bundle's own (src/cli/load.ts), relative to dist/cli.cjs;
  // the build leaves this path to be resolved at run time.
  sources ??= new Map(Object.entries(require("./python-lib.json") as Record<string, string>));
  return sources;
}

class PythonSources implements ReadonlyMap<string, string> {
  get size(): number {
    return load().size;
  }
  get(name: string): string | undefined {
    return load().get(name);
  }
  has(name: string): boolean {
    return load().has(name);
  }
  forEach(cb: (source: string, name: string, map: ReadonlyMap<string, string>) => void): void {
    load().forEach((source, name) => cb(source, name, this));
  }
  entries(): MapIterator<[string, string]> {
    return load().entries();
  }
  keys(): MapIterator<string> {
    return load().keys();
  }
  values(): MapIterator<string> {
    return load().values();
  }
  [Symbol.iterator](): MapIterator<[string, string]> {
    return load().entries();
  }
}

export const pythonSources: ReadonlyMap<string, string> = new PythonSources();
