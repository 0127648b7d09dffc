import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Where the files of portfolio imports are kept: beside the documents' uploads when UPLOADS_DIR is set. */
export const IMPORTS_DIR = process.env.IMPORTS_DIR ?? (process.env.UPLOADS_DIR ? path.join(process.env.UPLOADS_DIR, 'imports') : path.resolve(dirname, '../../media/imports'))
