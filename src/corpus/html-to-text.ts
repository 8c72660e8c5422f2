// HTML page to article text with an HTML parser: headline from <h1> or <title>, body from the article's paragraphs.
import { Parser } from 'htmlparser2';
import type { TextWithTitle } from './markdown-to-text.js';

export interface HtmlArticle extends TextWithTitle {
  date?: string;
  url?: string;
}

/** Elements whose text is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'figcaption', 'form', 'button', 'svg']);
/** Elements that end a run of text when no <p> is found. */
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'td', 'blockquote', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre']);
const PARAGRAPHS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'li']);
const DATE_META = new Set(['article:published_time', 'datePublished', 'date', 'dc.date', 'pubdate', 'publishdate']);

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Paragraphs inside <article> (or <main>) when the page has one, else every paragraph of the page;
 * a page without paragraphs gives its visible text block by block.
 */
export function htmlToText(html: string): HtmlArticle {
  let skipDepth = 0;
  let articleDepth = 0;
  let paragraphDepth = 0;
  let current = '';
  let titleText = '';
  let h1Text = '';
  let capture: 'title' | 'h1' | undefined;
  let date: string | undefined;
  let url: string | undefined;
  let loose = '';
  const inArticle: string[] = [];
  const anywhere: string[] = [];
  const looseBlocks: string[] = [];

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED.has(name)) skipDepth += 1;
        if (name === 'article' || name === 'main') articleDepth += 1;
        if (name === 'title' && !titleText) capture = 'title';
        if (name === 'h1' && !h1Text && skipDepth === 0) capture = 'h1';
        if (PARAGRAPHS.has(name)) {
          if (paragraphDepth === 0) current = '';
          paragraphDepth += 1;
        }
        if (BLOCKS.has(name) || name === 'h1') {
          looseBlocks.push(clean(loose));
          loose = '';
        }
        // A line break inside a paragraph separates words.
        if (name === 'br' && paragraphDepth > 0) current += ' ';
        if (name === 'meta') {
          const key = attributes.property ?? attributes.name ?? attributes.itemprop ?? '';
          if (!date && DATE_META.has(key) && attributes.content) date = attributes.content.trim();
          if (!url && key === 'og:url' && attributes.content) url = attributes.content.trim();
        }
        if (name === 'link' && attributes.rel === 'canonical' && attributes.href) url = attributes.href.trim();
        if (name === 'time' && !date && attributes.datetime) date = attributes.datetime.trim();
      },
      ontext(text) {
        if (capture === 'title') titleText += text;
        else if (capture === 'h1') h1Text += text;
        if (skipDepth > 0 || capture) return;
        if (paragraphDepth > 0) current += text;
        loose += text;
      },
      onclosetag(name) {
        if (name === 'title' && capture === 'title') capture = undefined;
        if (name === 'h1' && capture === 'h1') capture = undefined;
        if (PARAGRAPHS.has(name) && paragraphDepth > 0) {
          paragraphDepth -= 1;
          const text = clean(current);
          if (paragraphDepth === 0 && text && skipDepth === 0) (articleDepth > 0 ? inArticle : anywhere).push(text);
        }
        if (name === 'article' || name === 'main') articleDepth = Math.max(0, articleDepth - 1);
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (BLOCKS.has(name)) {
          looseBlocks.push(clean(loose));
          loose = '';
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  looseBlocks.push(clean(loose));

  const title = clean(h1Text) || clean(titleText);
  const paragraphs = inArticle.length ? inArticle : anywhere.length ? [...anywhere] : looseBlocks.filter(Boolean);
  const body = paragraphs.filter((p) => p !== title);
  return {
    title,
    text: [title, ...body].filter(Boolean).join('\n\n'),
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
  };
}
