// Markdown article to plain text: the first heading becomes the headline line, markup is dropped, words are kept.
export interface TextWithTitle {
  title: string;
  /** The headline on the first line, a blank line, then the body paragraphs. */
  text: string;
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s{0,3}(```|~~~)/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;

/** Inline markup: images go, links keep their words, emphasis and code marks go, HTML tags go. */
function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>\n]+>/g, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_]*?\S)[*_](?!\w)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

export function markdownToText(markdown: string): TextWithTitle {
  const lines = markdown.replace(FRONT_MATTER, '').split(/\r?\n/);
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let title = '';
  let inFence = false;
  const endParagraph = (): void => {
    if (paragraph.length) blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i] ?? '';
    if (FENCE.test(raw)) {
      inFence = !inFence;
      endParagraph();
      continue;
    }
    if (inFence || LINK_DEFINITION.test(raw)) continue;
    const next = lines[i + 1] ?? '';
    const heading = HEADING.exec(raw)?.[1] ?? (raw.trim() && SETEXT_UNDERLINE.test(next) && !paragraph.length ? raw.trim() : undefined);
    if (heading !== undefined) {
      endParagraph();
      if (!HEADING.test(raw)) i += 1;
      const words = stripInline(heading).trim();
      if (!title && words) title = words;
      else if (words) blocks.push(words);
      continue;
    }
    if (RULE.test(raw) || raw.trim() === '') {
      endParagraph();
      continue;
    }
    const content = stripInline(raw.replace(/^\s{0,3}(>\s?)+/, '').replace(/^\s*([-*+]|\d+[.)])\s+/, '')).trim();
    if (content) paragraph.push(content);
  }
  endParagraph();
  if (!title) title = blocks.shift() ?? '';
  return { title, text: [title, ...blocks].join('\n\n') };
}
