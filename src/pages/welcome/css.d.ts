// Lets `import './welcome.css'` type-check (TS 7 checks side-effect imports); esbuild bundles the CSS.
declare module '*.css';
