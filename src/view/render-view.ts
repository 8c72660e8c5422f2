// Renders a GraphDocument as one self-contained HTML page: data, layout, sigma.js bundle and styles inline.
import type { GraphDocument } from '../schema/index.js';
import { escapeXml } from '../export/xml-escape.js';
import { jsonChunks } from '../io/json-chunks.js';
import { viewBundle } from './view-bundle.js';
import { VIEW_STYLES } from './view-styles.js';
import type { LayoutOptions } from './layout-view.js';
import { toViewData } from './view-data.js';

export interface RenderViewOptions extends LayoutOptions {
  /** Page title; defaults to "Knowledge graph". */
  title?: string;
}

export function renderViewHtml(doc: GraphDocument, options: RenderViewOptions = {}): string {
  return [...renderViewPieces(doc, options)].join('');
}

/** The page in pieces (the data element by element, the bundle apart), so a large graph's page is written without one string of it all. */
export function* renderViewPieces(doc: GraphDocument, options: RenderViewOptions = {}): Generator<string> {
  const title = options.title ?? 'Knowledge graph';
  const data = toViewData(doc, title, options);
  yield `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeXml(title)}</title>
<style>${VIEW_STYLES}</style>
</head>
<body>
<header>
  <h1>${escapeXml(title)}</h1>
  <input id="kg-search" type="search" placeholder="Search a name or alias" autocomplete="off" aria-label="Search a name or alias">
  <ol id="kg-results" role="listbox"></ol>
  <p id="kg-status" role="status"></p>
</header>
<main>
  <div id="kg-graph"><p id="kg-message" role="alert">${doc.nodes.length === 0 ? EMPTY_MESSAGE : 'Loading the graph…'}</p></div>
  <aside>
    <section id="kg-details"><p class="hint">Click a node to see its names, relations and evidence.</p></section>
    <section id="kg-filters"></section>
  </aside>
</main>
<noscript><p>This page needs JavaScript to draw the graph.</p></noscript>
<script type="application/json" id="kg-data">`;
  for (const piece of jsonChunks({ ...data }, { indent: false })) yield escapeForScript(piece);
  yield '</script>\n<script>';
  yield viewBundle();
  yield `</script>
</body>
</html>
`;
}

const EMPTY_MESSAGE = 'This graph is empty: no entities or articles were found in the input.';

/**
 * JSON inside a script element: `<`, `>` and `&` escaped so no text in the data can close the element or open a comment.
 * Each character is escaped on its own, so escaping the pieces of the JSON equals escaping it whole.
 */
function escapeForScript(json: string): string {
  // Most pieces have none of these: one test instead of five passes over each.
  if (!/[<>&\u2028\u2029]/.test(json)) return json;
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
