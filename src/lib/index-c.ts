// Python-source library modules, group c (see index.ts).
export const sourcesC: [string, string][] = [];
