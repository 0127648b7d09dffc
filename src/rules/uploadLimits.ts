import { MAX_ATTACHMENT_BYTES } from './attachments'
import { RuleViolation } from './ruleViolation'

/**
 * CARGA-01: the largest portfolio file the admin and the API take. A core-system export of a million
 * policies with a certificate each is about 130 MB as CSV (100 000 are 12.8 MB); attachments keep
 * R-REQ-04's 10 MB.
 */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024

/** The form's other fields and its boundaries, on top of the file, in a multipart body. */
const MULTIPART_ALLOWANCE = 256 * 1024

export type UploadLimit = { ruleId: 'R-REQ-04' | 'CARGA-01'; bytes: number; message: string }

const ATTACHMENT_LIMIT: UploadLimit = { ruleId: 'R-REQ-04', bytes: MAX_ATTACHMENT_BYTES, message: 'El archivo supera el tamaño máximo de 10 MB.' }
const IMPORT_LIMIT: UploadLimit = { ruleId: 'CARGA-01', bytes: MAX_IMPORT_BYTES, message: 'El archivo de cartera supera el tamaño máximo de 200 MB.' }

/** R-REQ-04 / CARGA-01: the upload limit of an API path: portfolio loads have theirs, every other upload is an attachment. */
export const uploadLimitFor = (pathname: string): UploadLimit =>
  /^\/api\/portfolio-imports(\/|$)/.test(pathname) ? IMPORT_LIMIT : ATTACHMENT_LIMIT

/** Whether a multipart body of `contentLength` bytes carries a file over `limit` (refused before it is read). */
export const isBodyOverLimit = (contentLength: number, limit: UploadLimit): boolean => contentLength > limit.bytes + MULTIPART_ALLOWANCE

/** CARGA-01: a portfolio file within the import limit, whichever way it arrived (the Local API has no body to measure). */
export const assertImportFileSize = (filename: string, sizeBytes: number): void => {
  if (sizeBytes > MAX_IMPORT_BYTES) {
    throw new RuleViolation('CARGA-01', `El archivo ${filename} pesa ${Math.ceil(sizeBytes / (1024 * 1024))} MB y supera el tamaño máximo de 200 MB de una carga de cartera.`)
  }
}
