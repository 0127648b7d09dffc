import type { Notice } from '@/payload-types'

/**
 * Plain paragraphs as the Lexical document a rich-text field stores: how the seed and the tests
 * write a notice's text without the editor.
 */
export const lexicalParagraphs = (...paragraphs: string[]): Notice['text'] => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
    })),
  },
})
