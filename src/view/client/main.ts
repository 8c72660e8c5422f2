// The view's browser code: draws the embedded graph with sigma.js and wires search, filters and the details panel.
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { ViewData, ViewEdge, ViewNode } from '../view-data.js';

interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  kind: ViewNode['label'];
}
// `type` is sigma's edge program name, so the relation type is kept under `relation`.
interface EdgeAttributes {
  type: 'arrow';
  relation: ViewEdge['type'];
  label: string;
  color: string;
  size: number;
  index: number;
}

const HIDDEN_BY_DEFAULT = new Set(['MENTIONED_IN']);

const data = JSON.parse(document.getElementById('kg-data')!.textContent!) as ViewData;
const message = document.getElementById('kg-message')!;
const status = document.getElementById('kg-status')!;
const details = document.getElementById('kg-details')!;
const filters = document.getElementById('kg-filters')!;
const search = document.getElementById('kg-search') as HTMLInputElement;
const results = document.getElementById('kg-results')!;

const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
data.nodes.forEach((node) => {
  graph.addNode(node.id, { x: node.x, y: node.y, size: node.size, label: node.name, color: data.labelColours[node.label]!, kind: node.label });
});
data.edges.forEach((edge, index) => {
  graph.addEdge(data.nodes[edge.source]!.id, data.nodes[edge.target]!.id, {
    type: 'arrow',
    relation: edge.type,
    label: edge.type,
    color: data.edgeColours[edge.type]!,
    size: Math.min(1 + edge.evidence.length, 5),
    index,
  });
});
const nodeById = new Map(data.nodes.map((node) => [node.id, node]));
const entityCount = data.nodes.filter((n) => n.label !== 'Article').length;

// Articles are provenance: shown only when there is nothing else to show, or on request.
const shownLabels = new Set(data.nodes.map((n) => n.label).filter((label) => label !== 'Article' || entityCount === 0));
const shownTypes = new Set(data.edges.map((e) => e.type).filter((type) => !HIDDEN_BY_DEFAULT.has(type)));
let selected: string | undefined;
let neighbours = new Set<string>();

let renderer: Sigma<NodeAttributes, EdgeAttributes> | undefined;
if (data.nodes.length > 0) {
  try {
    renderer = new Sigma(graph, document.getElementById('kg-graph')!, {
      renderEdgeLabels: true,
      defaultEdgeType: 'arrow',
      labelRenderedSizeThreshold: 6,
      edgeLabelSize: 11,
      zIndex: true,
      nodeReducer: (node, attributes) => {
        const display: Partial<NodeAttributes> & { hidden?: boolean; highlighted?: boolean; forceLabel?: boolean; zIndex?: number } = { ...attributes };
        if (!shownLabels.has(attributes.kind)) display.hidden = true;
        if (selected) {
          if (node === selected) Object.assign(display, { highlighted: true, forceLabel: true, zIndex: 2 });
          else if (neighbours.has(node)) Object.assign(display, { forceLabel: true, zIndex: 1 });
          else display.color = '#e4e4e4';
        }
        return display;
      },
      edgeReducer: (edge, attributes) => {
        const display: Partial<EdgeAttributes> & { hidden?: boolean } = { ...attributes };
        const [source, target] = graph.extremities(edge);
        const visible =
          shownTypes.has(attributes.relation) && shownLabels.has(graph.getNodeAttribute(source, 'kind')) && shownLabels.has(graph.getNodeAttribute(target, 'kind'));
        if (!visible || (selected && source !== selected && target !== selected)) display.hidden = true;
        return display;
      },
    });
    message.remove();
    renderer.on('clickNode', ({ node }) => select(node));
    renderer.on('clickStage', () => select(undefined));
  } catch (error) {
    message.textContent = `This browser could not draw the graph (${(error as Error).message}). It needs WebGL: try another browser, or enable hardware acceleration.`;
  }
}

function updateStatus(): void {
  const articles = data.nodes.length - entityCount;
  const visible = graph.filterNodes((_, a) => shownLabels.has(a.kind)).length;
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  status.textContent = `${count(entityCount, 'entity', 'entities')}, ${count(articles, 'article', 'articles')}, ${count(data.edges.length, 'edge', 'edges')} · ${visible} nodes shown`;
  status.dataset.nodes = String(graph.order);
  status.dataset.edges = String(graph.size);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function swatch(colour: string): HTMLSpanElement {
  const el = element('span', undefined, 'swatch');
  el.style.background = colour;
  return el;
}

function buildFilters(): void {
  const groups: [string, string[], Set<string>, Record<string, string>][] = [
    ['Labels', [...new Set(data.nodes.map((n) => n.label))].sort(), shownLabels, data.labelColours],
    ['Relations', [...new Set(data.edges.map((e) => e.type))].sort(), shownTypes, data.edgeColours],
  ];
  for (const [title, values, shown, colours] of groups) {
    if (values.length === 0) continue;
    const fieldset = element('fieldset');
    fieldset.append(element('legend', title));
    for (const value of values) {
      const label = element('label');
      const box = element('input');
      box.type = 'checkbox';
      box.checked = shown.has(value);
      box.dataset.filter = value;
      box.addEventListener('change', () => {
        if (box.checked) shown.add(value);
        else shown.delete(value);
        updateStatus();
        renderer?.refresh();
      });
      label.append(box, swatch(colours[value]!), document.createTextNode(` ${value}`));
      fieldset.append(label);
    }
    filters.append(fieldset);
  }
}

/** Lower case without accents, so "seoul" finds "Séoul" and "rok" finds "ROK". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

const searchIndex = data.nodes.map((node) => ({ id: node.id, names: [node.name, ...node.aliases].map(fold) }));

function findNodes(query: string, limit = 10): ViewNode[] {
  const q = fold(query);
  if (!q) return [];
  const scored: [number, ViewNode][] = [];
  for (const { id, names } of searchIndex) {
    const score = Math.min(...names.map((name) => (name === q ? 0 : name.startsWith(q) ? 1 : name.includes(q) ? 2 : 3)));
    if (score < 3) scored.push([score, nodeById.get(id)!]);
  }
  scored.sort((a, b) => a[0] - b[0] || b[1].size - a[1].size || a[1].name.localeCompare(b[1].name));
  return scored.slice(0, limit).map(([, node]) => node);
}

function showResults(): void {
  results.replaceChildren();
  for (const node of findNodes(search.value)) {
    const item = element('li');
    item.setAttribute('role', 'option');
    item.dataset.node = node.id;
    item.append(swatch(data.labelColours[node.label]!), element('span', node.name, 'name'), element('span', node.label, 'kind'));
    const matched = node.aliases.find((alias) => fold(alias).includes(fold(search.value)));
    if (matched && !fold(node.name).includes(fold(search.value))) item.append(element('span', `alias: ${matched}`, 'alias'));
    item.addEventListener('click', () => {
      select(node.id);
      results.replaceChildren();
    });
    results.append(item);
  }
}

search.addEventListener('input', showResults);
search.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    const first = findNodes(search.value, 1)[0];
    if (first) select(first.id);
    results.replaceChildren();
  } else if (event.key === 'Escape') {
    results.replaceChildren();
  }
});

function select(id: string | undefined): void {
  selected = id;
  neighbours = new Set(id ? graph.neighbors(id) : []);
  if (id) {
    const node = nodeById.get(id)!;
    // A searched node must be visible even if its label is filtered out.
    if (!shownLabels.has(node.label)) {
      shownLabels.add(node.label);
      filters.querySelector<HTMLInputElement>(`input[data-filter="${node.label}"]`)!.checked = true;
      updateStatus();
    }
    showDetails(node);
    const display = renderer?.getNodeDisplayData(id);
    if (renderer && display) renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.5 }, { duration: 400 });
  } else {
    details.replaceChildren(element('p', 'Click a node to see its names, relations and evidence.', 'hint'));
  }
  renderer?.refresh();
}

function showDetails(node: ViewNode): void {
  const parts: HTMLElement[] = [];
  const heading = element('h2', node.name);
  heading.prepend(swatch(data.labelColours[node.label]!));
  parts.push(heading, element('p', `${node.label} · ${node.id}`, 'kind'));
  if (node.aliases.length) parts.push(element('p', `Also: ${node.aliases.join(', ')}`, 'aliases'));
  const facts = Object.entries(node.properties);
  if (facts.length) {
    const table = element('dl', undefined, 'facts');
    for (const [key, value] of facts) table.append(element('dt', key), element('dd', String(value)));
    parts.push(table);
  }
  const relations = element('ul', undefined, 'relations');
  const mentionedIn: string[] = [];
  graph.forEachEdge(node.id, (_, attributes, source, target) => {
    const edge = data.edges[attributes.index]!;
    if (edge.type === 'MENTIONED_IN') {
      mentionedIn.push(source === node.id ? target : source);
      return;
    }
    const outgoing = source === node.id;
    const other = nodeById.get(outgoing ? target : source)!;
    const item = element('li');
    const line = element('p', undefined, 'relation');
    line.append(element('span', outgoing ? `${edge.type} →` : `← ${edge.type}`, 'type'), document.createTextNode(' '));
    const link = element('a', other.name);
    link.href = '#';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      select(other.id);
    });
    line.append(link);
    item.append(line);
    const evidence = element('ul', undefined, 'evidence');
    for (const [article, sentence] of edge.evidence) {
      const quote = element('li');
      quote.append(element('q', data.sentences[sentence]!), element('cite', data.articles[article]?.title || article));
      evidence.append(quote);
    }
    item.append(evidence);
    relations.append(item);
  });
  parts.push(element('h3', `Relations (${relations.childElementCount})`), relations);
  if (mentionedIn.length) {
    const list = element('ul', undefined, 'articles');
    for (const id of mentionedIn) list.append(element('li', nodeById.get(id)?.name || id));
    parts.push(element('h3', `Mentioned in ${mentionedIn.length} article${mentionedIn.length === 1 ? '' : 's'}`), list);
  }
  details.replaceChildren(...parts);
}

buildFilters();
updateStatus();

/** For scripts and tests driving the page. */
(window as unknown as { kgView: unknown }).kgView = { graph, renderer, select, findNodes, ready: renderer !== undefined };
