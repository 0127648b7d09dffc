'use client'

import { TextField, useDocumentInfo, useDocumentTitle, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import React, { useEffect } from 'react'

/**
 * The title field of a collection whose title the server composes (titledWhileNew): shown as
 * Payload's text field; on the create view, the heading reads `heading` ("Informe nuevo") until
 * the save, instead of "[Sin título]".
 */
export const NewDocumentTitle = ({ heading, ...props }: TextFieldClientProps & { heading: string }) => {
  const { id } = useDocumentInfo()
  const { title, setDocumentTitle } = useDocumentTitle()
  const { t } = useTranslation()
  const untitled = `[${t('general:untitled')}]`
  // After the provider's own effect (a parent's runs after its children's), as Payload's SetDocumentTitle does;
  // and again whenever the provider resets the title.
  useEffect(() => {
    if ((id !== undefined && id !== null) || (title && title !== untitled)) return
    const frame = requestAnimationFrame(() => setDocumentTitle(heading))
    return () => cancelAnimationFrame(frame)
  }, [id, title, untitled, heading, setDocumentTitle])
  return <TextField {...props} readOnly={Boolean(props.readOnly || props.field?.admin?.readOnly)} />
}
