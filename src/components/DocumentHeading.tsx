'use client'

import { useDocumentInfo, useDocumentTitle, useTranslation } from '@payloadcms/ui'
import React, { useEffect } from 'react'

type Props = { whileNew: string; savedPrefix?: string }

/**
 * The heading of a document view (documentHeading's ui field; renders nothing itself): `whileNew`
 * ("Informe nuevo") on the create view instead of Payload's "[Sin título]", and, for a collection
 * titled by its id, `savedPrefix` before the number ("Pago n.º 15") instead of the bare id.
 */
export const DocumentHeading = ({ whileNew, savedPrefix }: Props): React.ReactNode => {
  const { id } = useDocumentInfo()
  const { title, setDocumentTitle } = useDocumentTitle()
  const { t } = useTranslation()
  const untitled = `[${t('general:untitled')}]`
  const saved = id !== undefined && id !== null
  // Only Payload's own placeholders are replaced: a composed title ("Informe · Noviembre") stays.
  const wanted = !saved ? (title && title !== untitled ? null : whileNew) : savedPrefix && title === String(id) ? `${savedPrefix} ${id}` : null
  // After the provider's own effect (a parent's runs after its children's), as Payload's SetDocumentTitle
  // does; and again whenever the provider resets the title.
  useEffect(() => {
    if (!wanted) return
    const frame = requestAnimationFrame(() => setDocumentTitle(wanted))
    return () => cancelAnimationFrame(frame)
  }, [wanted, setDocumentTitle])
  return null
}
