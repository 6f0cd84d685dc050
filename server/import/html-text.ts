/**
 * HTML fragments from WordPress → plain text (our text fields refuse markup). Entities are
 * decoded by the `entities` package (every named entity of the HTML standard, numeric ones,
 * and the legacy forms without a semicolon browsers accept), not by a short list of our own:
 * `&hellip;`, `&ndash;`, `&rsquo;` and `&#8217;` are everyday WordPress output.
 */
import { decodeHTML } from 'entities';

const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/**
 * Every named and numeric entity decoded, as a browser would show it. WordPress plugins
 * often encode twice (`&amp;#8211;` in a title), so it decodes again while entities remain
 * (at most three times).
 */
export function decodeEntities(s: string): string {
  let out = decodeHTML(s);
  for (let i = 0; i < 2 && ENTITY.test(out); i++) out = decodeHTML(out);
  return out;
}

const stripTags = (s: string) =>
  s
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6])\s*>/gi, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '');

/** Tags removed, entities decoded, whitespace tidied; text that decodes into a tag is stripped again. */
export function htmlToText(html: string | null | undefined, max = 5000): string {
  if (!html) return '';
  let text = stripTags(decodeEntities(stripTags(html)));
  text = text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/<(?=\s*[a-z!/?])/gi, '‹')
    .replace(/[ \t\u00a0\u2009\u202f]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
