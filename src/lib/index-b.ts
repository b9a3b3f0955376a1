// Python-source library modules, group b (see index.ts).
export const sourcesB: [string, string][] = [];
