import type { PayloadRequest } from 'payload'

import type { ActKind } from '@/rules/acts/actKinds'
import type { ActData } from './actData'
import { renderActPdf } from './pdf/renderActPdf'
import { ACT_TEMPLATES } from './templates'

/** The act's PDF as an upload: rendered from its template and named after the act and the case. */
export const actPdfFile = async (data: ActData, kind: ActKind, suffix: string) => {
  const bytes = await renderActPdf(data.letterhead, ACT_TEMPLATES[kind](data))
  const name = `${kind.toLowerCase()}-${data.caseTitle}-${suffix}.pdf`.replace(/[^\w.-]+/g, '-')
  return { data: bytes, mimetype: 'application/pdf', name, size: bytes.length }
}

/** Sets `req.file` for the documents' upload checks (validateAttachment reads it) and returns it. */
export const asUpload = (req: PayloadRequest, file: Awaited<ReturnType<typeof actPdfFile>>) => {
  req.file = file
  return file
}

export type ActPdf = Awaited<ReturnType<typeof actPdfFile>>

export type { ActData }
