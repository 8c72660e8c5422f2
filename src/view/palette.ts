// Colours of node labels and relation types in the view (colour-blind-safe Okabe-Ito hues, greys for provenance).
import type { EdgeType, GraphNode } from '../schema/index.js';

export const LABEL_COLOURS: Record<GraphNode['label'], string> = {
  Person: '#D55E00',
  Country: '#0072B2',
  City: '#009E73',
  Region: '#56B4E9',
  Organization: '#CC79A7',
  Article: '#999999',
};

export const EDGE_COLOURS: Record<EdgeType, string> = {
  VISITED: '#009E73',
  MET_WITH: '#D55E00',
  TRADES_WITH: '#0072B2',
  QUOTED_IN: '#888888',
  AFFILIATED_WITH: '#CC79A7',
  LEADER_OF: '#E69F00',
  LOCATED_IN: '#56B4E9',
  PART_OF: '#8E6C8A',
  INTERVIEWED_BY: '#B8A000',
  MENTIONED_IN: '#CCCCCC',
};
