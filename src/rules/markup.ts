export type Markup = 'XML' | 'HTML' | 'SVG'

/** How much of a text file is searched for embedded markup (browsers sniff about as much). */
export const MARKUP_SNIFF_CHARS = 8 * 1024

// A text file that starts like a document of these kinds would be rendered, not shown, by a browser.
const LEADING: [RegExp, Markup][] = [
  [/^<\?xml/i, 'XML'],
  [/^<svg[\s>/]/i, 'SVG'],
  [/^<!doctype\s+svg/i, 'SVG'],
  [/^<!doctype/i, 'HTML'],
  [/^<!--/, 'HTML'],
  // Any element at the very start (<html>, <script>, <a href>, <rss>, <x:y>…): no CSV or note starts so.
  [/^<[a-z][\w:.-]*[\s>/]/i, 'HTML'],
]

// Elements that run code or carry a document wherever they appear in the first kilobytes.
const EMBEDDED: [RegExp, Markup][] = [
  [/<svg[\s>/]/i, 'SVG'],
  [/<\?xml[\s?]/i, 'XML'],
  [/<(?:!doctype\s+html|html|head|body|script|iframe|object|embed|meta|base|form|style|link)[\s>/]/i, 'HTML'],
]

/**
 * R-REQ-04: the kind of markup a text file carries — at its start (after a BOM and blank space)
 * or as an active element within its first kilobytes — or null for plain text.
 */
export function sniffMarkup(text: string): Markup | null {
  const head = text.slice(0, MARKUP_SNIFF_CHARS)
  const start = head.replace(/^\uFEFF/, '').trimStart()
  for (const [pattern, markup] of LEADING) if (pattern.test(start)) return markup
  for (const [pattern, markup] of EMBEDDED) if (pattern.test(head)) return markup
  return null
}
