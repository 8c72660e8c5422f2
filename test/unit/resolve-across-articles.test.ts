// Entity resolution across articles: which nodes of the merged corpus graph become one, and which stay apart.
import { describe, expect, it } from 'vitest';
import { buildGraph, graphToDocument } from '../../src/graph/build-graph.js';
import { resolveAcrossArticles } from '../../src/graph/resolve-across-articles.js';
import type { EdgeType, EntityLabel, GraphDocument } from '../../src/schema/index.js';

type Entity = [id: string, label: EntityLabel, name: string, aliases?: string[]];
type Relation = [type: EdgeType, source: string, target: string];

/** One article's GraphDocument: its Article node, entities each mentioned once and MENTIONED_IN it, and relations. */
function article(key: string, entities: Entity[], relations: Relation[] = []): GraphDocument {
  const articleId = `article:${key}`;
  const mention = (text: string, i: number) => ({ article: key, text, start: i * 100, end: i * 100 + text.length });
  const evidence = (i: number) => [{ article: key, sentence: `sentence ${i} of ${key}`, start: i * 100, end: i * 100 + 50, rule: 'test' }];
  return {
    schemaVersion: 1,
    nodes: [
      { id: articleId, label: 'Article', name: key, aliases: [], mentions: [], source: `${key}.txt`, contentHash: key },
      ...entities.map(([id, label, name, aliases = []], i) => ({ id, label, name, aliases, mentions: [mention(name, i)] })),
    ],
    edges: [
      ...entities.map(([id]) => ({ type: 'MENTIONED_IN' as const, source: id, target: articleId, evidence: [] })),
      ...relations.map(([type, source, target], i) => ({ type, source, target, evidence: evidence(i) })),
    ],
  };
}

const KR: Entity = ['country:KR', 'Country', 'Republic of Korea', ['ROK', 'South Korea']];
const CN: Entity = ['country:CN', 'Country', 'China'];
const SG: Entity = ['country:SG', 'Country', 'Singapore'];
const LEE_JAE_MYUNG: Entity = ['person:lee-jae-myung', 'Person', 'Lee Jae-myung', ['President Lee Jae-myung']];
const LEE_HSIEN_LOONG: Entity = ['person:lee-hsien-loong', 'Person', 'Lee Hsien Loong'];
const LEE: Entity = ['person:lee', 'Person', 'Lee', ['President Lee']];
const WANG: Entity = ['person:wang', 'Person', 'Wang'];
const WANG_YI: Entity = ['person:wang-yi', 'Person', 'Wang Yi'];
const WANG_WENTAO: Entity = ['person:wang-wentao', 'Person', 'Wang Wentao'];
const MOFCOM: Entity = ['org:ministry-of-commerce', 'Organization', 'Ministry of Commerce'];
const MFA: Entity = ['org:ministry-of-foreign-affairs', 'Organization', 'Ministry of Foreign Affairs'];

/** [what the case shows, the articles, node id -> the id it must end up in (itself when it stays apart)] */
const CASES: Array<[string, GraphDocument[], Record<string, string>]> = [
  [
    '"Lee Jae-myung" in one article and "President Lee" with Republic of Korea in another are one person',
    [article('a1', [LEE_JAE_MYUNG, KR, CN], [['VISITED', LEE_JAE_MYUNG[0], CN[0]]]), article('a2', [LEE, KR], [['LEADER_OF', LEE[0], KR[0]]])],
    { 'person:lee': 'person:lee-jae-myung' },
  ],
  [
    'two full-name Lees: the Republic of Korea, named only beside one of them, singles him out',
    [
      article('a1', [LEE_JAE_MYUNG, KR, CN]),
      article('a2', [LEE_HSIEN_LOONG, SG, CN]),
      article('a3', [LEE, KR, CN]),
    ],
    { 'person:lee': 'person:lee-jae-myung', 'person:lee-hsien-loong': 'person:lee-hsien-loong' },
  ],
  [
    'two full-name Wangs and a bare "Wang" whose only context, China, both share: all stay apart',
    [article('a1', [WANG_YI, CN]), article('a2', [WANG_WENTAO, CN]), article('a3', [WANG, CN])],
    { 'person:wang': 'person:wang', 'person:wang-yi': 'person:wang-yi', 'person:wang-wentao': 'person:wang-wentao' },
  ],
  [
    'two full-name Wangs and a bare "Wang" with no context at all: all stay apart',
    [article('a1', [WANG_YI]), article('a2', [WANG_WENTAO]), article('a3', [WANG])],
    { 'person:wang': 'person:wang', 'person:wang-yi': 'person:wang-yi' },
  ],
  [
    'the same AFFILIATED_WITH target singles out one Wang, even where the countries do not',
    [
      article('a1', [WANG_YI, CN, MFA], [['AFFILIATED_WITH', WANG_YI[0], MFA[0]]]),
      article('a2', [WANG_WENTAO, CN, MOFCOM], [['LEADER_OF', WANG_WENTAO[0], MOFCOM[0]]]),
      article('a3', [WANG, CN, MOFCOM], [['AFFILIATED_WITH', WANG[0], MOFCOM[0]]]),
    ],
    { 'person:wang': 'person:wang-wentao', 'person:wang-yi': 'person:wang-yi' },
  ],
  [
    'with countries shared, an organisation named beside only one Wang singles him out',
    [article('a1', [WANG_YI, CN, MFA]), article('a2', [WANG_WENTAO, CN, MOFCOM]), article('a3', [WANG, CN, MOFCOM])],
    { 'person:wang': 'person:wang-wentao', 'person:wang-yi': 'person:wang-yi' },
  ],
  [
    'a country that singles out one Wang is asked before organisations that would point at the other',
    [article('a1', [WANG_YI, CN, MFA]), article('a2', [WANG_WENTAO, SG, MOFCOM]), article('a3', [WANG, CN, MOFCOM])],
    { 'person:wang': 'person:wang-yi', 'person:wang-wentao': 'person:wang-wentao' },
  ],
  [
    'a bare "Wang" in an article that names both full-name Wangs: the evidence cannot tell, all stay apart',
    [article('a1', [WANG_YI, WANG_WENTAO, WANG, CN, MOFCOM]), article('a2', [WANG_YI, MFA])],
    { 'person:wang': 'person:wang', 'person:wang-yi': 'person:wang-yi', 'person:wang-wentao': 'person:wang-wentao' },
  ],
  [
    'role targets that point at two different Wangs conflict: all stay apart',
    [
      article('a1', [WANG_YI, MFA], [['AFFILIATED_WITH', WANG_YI[0], MFA[0]]]),
      article('a2', [WANG_WENTAO, MOFCOM], [['AFFILIATED_WITH', WANG_WENTAO[0], MOFCOM[0]]]),
      article('a3', [WANG, MFA, MOFCOM], [['AFFILIATED_WITH', WANG[0], MFA[0]], ['AFFILIATED_WITH', WANG[0], MOFCOM[0]]]),
    ],
    { 'person:wang': 'person:wang', 'person:wang-yi': 'person:wang-yi', 'person:wang-wentao': 'person:wang-wentao' },
  ],
  [
    'the surname as the first token (East Asian order) or the last',
    [
      article('a1', [['person:xi-jinping', 'Person', 'Xi Jinping'], ['person:angela-merkel', 'Person', 'Angela Merkel']]),
      article('a2', [['person:xi', 'Person', 'Xi'], ['person:merkel', 'Person', 'Merkel']]),
    ],
    { 'person:xi': 'person:xi-jinping', 'person:merkel': 'person:angela-merkel' },
  ],
  [
    'a bare name with no full name to join stays',
    [article('a1', [['person:obama', 'Person', 'Obama'], ['person:angela-merkel', 'Person', 'Angela Merkel']])],
    { 'person:obama': 'person:obama' },
  ],
  [
    'an acronym node joins the one organisation that has it as an alias',
    [
      article('a1', [['org:world-trade-organization', 'Organization', 'World Trade Organization', ['WTO']], ['city:geneva', 'City', 'Geneva']]),
      article('a2', [['org:wto', 'Organization', 'WTO'], ['city:geneva', 'City', 'Geneva']], [['LOCATED_IN', 'org:wto', 'city:geneva']]),
    ],
    { 'org:wto': 'org:world-trade-organization' },
  ],
  [
    'an acronym two organisations have as an alias is ambiguous: it stays',
    [
      article('a1', [['org:united-nations', 'Organization', 'United Nations', ['UN']]]),
      article('a2', [['org:un-women', 'Organization', 'United Nations Entity for Gender Equality', ['UN']]]),
      article('a3', [['org:un', 'Organization', 'UN']]),
    ],
    { 'org:un': 'org:un', 'org:united-nations': 'org:united-nations' },
  ],
  [
    'two organisations with one name but different ids were told apart on purpose: they stay',
    [article('a1', [['org:ministry-of-commerce-cn', 'Organization', 'Ministry of Commerce']]), article('a2', [['org:ministry-of-commerce-th', 'Organization', 'Ministry of Commerce']])],
    { 'org:ministry-of-commerce-cn': 'org:ministry-of-commerce-cn', 'org:ministry-of-commerce-th': 'org:ministry-of-commerce-th' },
  ],
  [
    'labels are never crossed: an organisation named "Lee", a country named "ROK"',
    [article('a1', [LEE_JAE_MYUNG, KR]), article('a2', [['org:lee', 'Organization', 'Lee'], ['org:rok', 'Organization', 'ROK']])],
    { 'org:lee': 'org:lee', 'org:rok': 'org:rok', 'country:KR': 'country:KR' },
  ],
];

describe('resolveAcrossArticles', () => {
  it.each(CASES)('%s', (_case, docs, expected) => {
    const graph = buildGraph(docs);
    const names = new Map(graph.mapNodes((id, attributes) => [id, attributes.name] as const));
    resolveAcrossArticles(graph);
    for (const [id, into] of Object.entries(expected)) {
      expect(graph.hasNode(into), `${into} is in the graph`).toBe(true);
      if (id === into) continue;
      expect(graph.hasNode(id), `${id} merged away`).toBe(false);
      expect(graph.getNodeAttribute(into, 'aliases')).toContain(names.get(id));
    }
  });

  it('moves mentions and aliases, re-points edges with their evidence merged, and drops self-loops', () => {
    const graph = buildGraph([
      article('a1', [LEE_JAE_MYUNG, KR, CN], [['VISITED', LEE_JAE_MYUNG[0], CN[0]], ['LEADER_OF', LEE_JAE_MYUNG[0], KR[0]]]),
      article('a2', [LEE, KR, CN], [['VISITED', LEE[0], CN[0]], ['MET_WITH', LEE[0], LEE_JAE_MYUNG[0]]]),
    ]);
    resolveAcrossArticles(graph);
    const lee = graph.getNodeAttributes('person:lee-jae-myung');
    expect(lee.name).toBe('Lee Jae-myung');
    expect(lee.aliases).toEqual(['Lee', 'President Lee', 'President Lee Jae-myung']);
    expect(lee.mentions.map((m) => `${m.article}:${m.text}`)).toEqual(['a1:Lee Jae-myung', 'a2:Lee']);
    const visited = graph.getEdgeAttributes('VISITED|person:lee-jae-myung|country:CN');
    expect(visited.evidence.map((e) => e.article)).toEqual(['a1', 'a2']);
    expect(graph.hasEdge('MENTIONED_IN|person:lee-jae-myung|article:a2')).toBe(true);
    expect(graph.filterEdges((_, attributes) => attributes.type === 'MET_WITH')).toEqual([]);
    expect(graph.order).toBe(5); // 2 articles, Lee, KR, CN
  });

  it('gives the same graph whatever order the articles were merged in', () => {
    const docs = [
      article('a1', [LEE_JAE_MYUNG, KR, CN], [['VISITED', LEE_JAE_MYUNG[0], CN[0]]]),
      article('a2', [LEE_HSIEN_LOONG, SG, CN]),
      article('a3', [LEE, KR, CN, ['org:wto', 'Organization', 'WTO']], [['VISITED', LEE[0], CN[0]], ['AFFILIATED_WITH', LEE[0], 'org:wto']]),
      article('a4', [WANG_YI, CN, ['org:world-trade-organization', 'Organization', 'World Trade Organization', ['WTO']]], [['AFFILIATED_WITH', WANG_YI[0], 'org:world-trade-organization']]),
      article('a5', [WANG, WANG_WENTAO, CN]),
    ];
    const outputs = new Set<string>();
    for (const order of [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [2, 0, 4, 1, 3], [3, 4, 0, 2, 1]]) {
      const graph = buildGraph(order.map((i) => docs[i]!));
      resolveAcrossArticles(graph);
      outputs.add(JSON.stringify(graphToDocument(graph)));
    }
    expect(outputs.size).toBe(1);
    const [only] = [...outputs];
    const ids = (JSON.parse(only!) as GraphDocument).nodes.map((n) => n.id);
    expect(ids).not.toContain('person:lee');
    expect(ids).not.toContain('org:wto');
    expect(ids).toContain('person:wang');
  });
});
