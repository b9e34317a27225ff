import MarkdownIt from 'markdown-it';

/**
 * Markdown written by publishers (dataset descriptions, later course and council texts), rendered
 * safely: raw HTML is escaped, never passed through (`html: false`); links are checked by
 * markdown-it's `validateLink` (no `javascript:`, `vbscript:`, `file:`, no `data:` but images), and
 * images become links, so a description cannot load anything from a third party into the page
 * (the CSP would block it anyway). Headings start at level 3: the page has its own h1 and h2.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

markdown.renderer.rules.image = (tokens, index) => {
  const token = tokens[index]!;
  const src = String(token.attrGet('src') ?? '');
  return `<a href="${markdown.utils.escapeHtml(src)}">${markdown.utils.escapeHtml(token.content || src)}</a>`;
};

markdown.renderer.rules.heading_open = (tokens, index) => {
  const level = Math.min(6, Number(tokens[index]!.tag.slice(1)) + 2);
  return `<h${level}>`;
};
markdown.renderer.rules.heading_close = (tokens, index) => {
  const level = Math.min(6, Number(tokens[index]!.tag.slice(1)) + 2);
  return `</h${level}>\n`;
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

/** The text of Markdown without its markup, for summaries, meta data and search snippets. */
export function markdownToText(source: string): string {
  return renderMarkdown(source)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[entity]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Rendered Markdown in a container with the stylesheet's text styles. */
export function Markdown({ source }: { source: string }) {
  return <div class="prose" dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
