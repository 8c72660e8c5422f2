// Markdown, HTML and JSON Lines articles become the same kind of text as a .txt article: headline first, then the body.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/corpus/html-to-text.js';
import { articleFromRecord } from '../../src/corpus/jsonl-article.js';
import { markdownToText } from '../../src/corpus/markdown-to-text.js';

describe('markdownToText', () => {
  it.each([
    ['an ATX heading as the headline', '# Leaders meet in Beijing\n\nThe **president** met [Xi Jinping](https://x.org/xi) on _Monday_.\n', 'Leaders meet in Beijing', 'Leaders meet in Beijing\n\nThe president met Xi Jinping on Monday.'],
    ['front matter dropped, setext heading', '---\nlayout: post\n---\nTrade talks resume\n==================\n\nOfficials said `talks` would resume.\n', 'Trade talks resume', 'Trade talks resume\n\nOfficials said talks would resume.'],
    ['paragraph lines joined, lists and quotes unmarked, code and images dropped', '## Summit\nThe summit\nopened today.\n\n- Seoul\n- Tokyo\n\n> "We agree," he said.\n\n```js\nconsole.log(1)\n```\n![map](map.png)\n', 'Summit', 'Summit\n\nThe summit opened today.\n\nSeoul Tokyo\n\n"We agree," he said.'],
    ['no heading: the first paragraph is the headline', 'Ministers meet\n\nThey met in Paris.\n', 'Ministers meet', 'Ministers meet\n\nThey met in Paris.'],
  ])('%s', (_what, markdown, title, text) => {
    expect(markdownToText(markdown)).toEqual({ title, text });
  });
});

describe('htmlToText', () => {
  const page = `<!doctype html><html><head><title>Leaders meet | News Site</title>
    <link rel="canonical" href="https://news.example/leaders-meet">
    <meta property="article:published_time" content="2025-11-01T08:00:00Z">
    <script>var p = "<p>not text</p>";</script><style>p { color: red }</style></head>
    <body><nav><p>Home &amp; World</p></nav>
    <article><h1>Leaders meet in <em>Beijing</em></h1>
      <p>President Lee&nbsp;Jae-myung arrived in Beijing on Monday.</p>
      <figure><img src="a.jpg"><figcaption><p>Photo: agency</p></figcaption></figure>
      <p>He met   Xi Jinping, <a href="/xi">state media</a> said.</p></article>
    <aside><p>Read more</p></aside><footer><p>Copyright</p></footer></body></html>`;

  it('takes the headline from <h1>, the text from the article paragraphs (white space folded, &nbsp; too), and the date and URL from the head', () => {
    expect(htmlToText(page)).toEqual({
      title: 'Leaders meet in Beijing',
      text: 'Leaders meet in Beijing\n\nPresident Lee Jae-myung arrived in Beijing on Monday.\n\nHe met Xi Jinping, state media said.',
      date: '2025-11-01T08:00:00Z',
      url: 'https://news.example/leaders-meet',
    });
  });

  it('falls back to <title> and to every paragraph of the page when there is no <h1> or <article>', () => {
    const result = htmlToText('<html><head><title>Trade up</title></head><body><div><p>Exports rose.</p><p>Imports fell.</p></div></body></html>');
    expect(result).toEqual({ title: 'Trade up', text: 'Trade up\n\nExports rose.\n\nImports fell.' });
  });

  it('keeps words apart across a line break inside a paragraph', () => {
    expect(htmlToText('<h1>Talks</h1><p>Ministers met<br>in Paris.</p>').text).toBe('Talks\n\nMinisters met in Paris.');
  });

  it('reads the visible text block by block from a page without paragraphs, and survives broken markup', () => {
    const result = htmlToText('<title>Note</title><div>First block<br>second line</div><div>Third <b>block</div>');
    expect(result.text).toBe('Note\n\nFirst block\n\nsecond line\n\nThird block');
  });
});

describe('articleFromRecord', () => {
  it('puts the title first, keeps date and url, and uses the record id', () => {
    expect(articleFromRecord({ id: 'a1', title: 'Talks resume', text: 'Officials met.', date: '2024-05-01', url: 'https://x.org/a1' }, 'feed', 'feed.jsonl:3')).toEqual({
      id: 'a1',
      title: 'Talks resume',
      text: 'Talks resume\n\nOfficials met.',
      source: 'feed.jsonl:3',
      date: '2024-05-01',
      url: 'https://x.org/a1',
    });
  });

  it('does not repeat a title the text already starts with, and takes the first line when there is no title', () => {
    expect(articleFromRecord({ id: 7, title: 'Talks', text: 'Talks\nOfficials met.' }, 'feed', 's').text).toBe('Talks\nOfficials met.');
    expect(articleFromRecord({ id: 7, text: 'Talks\nOfficials met.' }, 'feed', 's')).toMatchObject({ id: '7', title: 'Talks' });
  });

  it('gives a record without id an id from its file and text, the same in every run', () => {
    const a = articleFromRecord({ text: 'Talks\nOfficials met.' }, 'feed', 's');
    const b = articleFromRecord({ text: 'Talks\nOfficials met.' }, 'feed', 'other line');
    expect(typeof a === 'object' && a.id).toMatch(/^feed\/[0-9a-f]{12}$/);
    expect(typeof a === 'object' && typeof b === 'object' && a.id === b.id).toBe(true);
  });

  it.each([
    ['no text', { id: 'a', title: 'T' }, 'text'],
    ['blank text', { id: 'a', text: '  \n' }, 'text: has no text'],
    ['an array', [1, 2], '(root)'],
    ['a title that is not a string', { text: 'x', title: 3 }, 'title'],
  ])('refuses a record with %s, naming the field', (_what, data, field) => {
    const result = articleFromRecord(data, 'feed', 's');
    expect(typeof result).toBe('string');
    expect(result).toContain(field);
  });
});
