// Loads the browser bundle (sigma, graphology and the view's client code) that `npm run build` writes.
import { readFileSync } from 'node:fs';
import { KgError } from '../errors.js';

// Both src/view/ and dist/view/ sit two levels under the package root, so this resolves to the
// built bundle whether the code runs compiled (dist) or from source (tests).
const BUNDLE_URL = new URL('../../dist/view/client.bundle.js', import.meta.url);

let cached: string | undefined;

export function viewBundle(): string {
  if (cached === undefined) {
    try {
      // `</script` would end the inline script early; `<\/script` means the same inside JS strings and regexes.
      cached = readFileSync(BUNDLE_URL, 'utf8').replace(/<\/(script)/gi, '<\\/$1');
    } catch (error) {
      throw new KgError('OUTPUT_FAILED', `the view's browser bundle is missing (${BUNDLE_URL.pathname})`, {
        hint: 'Run `npm run build`: it bundles sigma and the view code into dist/view/client.bundle.js.',
        cause: error,
      });
    }
  }
  return cached;
}
