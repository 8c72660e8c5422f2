// Bundles the view's browser code (sigma, graphology and src/view/client) into dist/view/client.bundle.js, which kg view inlines.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/view/client/main.ts'],
  outfile: 'dist/view/client.bundle.js',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'eof',
  logLevel: 'warning',
});
