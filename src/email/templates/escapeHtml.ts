/** Text from the database (names, case titles, labels) shown in an HTML e-mail: never markup. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Plain paragraphs as HTML, each escaped; a link is added by the template, escaped too. */
export const paragraphs = (lines: string[]): string => lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')

/** An escaped link whose text is its address, as in the text version. */
export const link = (href: string): string => `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`
