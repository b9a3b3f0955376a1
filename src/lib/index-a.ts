// Python-source library modules, group a (see index.ts).
export const sourcesA: [string, string][] = [];
