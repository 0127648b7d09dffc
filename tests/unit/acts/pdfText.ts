import { extractText, getDocumentProxy } from 'unpdf'

/** The text of a PDF as a reader extracts it, whitespace collapsed (line breaks, no-break spaces). */
export const pdfText = async (bytes: Uint8Array): Promise<{ text: string; pages: number }> => {
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const { text, totalPages } = await extractText(pdf, { mergePages: true })
  return { text: text.replace(/\s+/g, ' '), pages: totalPages }
}
