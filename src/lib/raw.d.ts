// Python library sources are bundled as text (esbuild's text loader, vite's ?raw).
declare module "*.py?raw" {
  const source: string;
  export default source;
}
