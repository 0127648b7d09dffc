const MAX_BASE_LENGTH = 80

/**
 * The name a document is stored and served under: the uploaded name in plain ASCII (no accents,
 * spaces or path) plus a random token, so two uploads of "soporte.pdf" — even at the same
 * instant, before either is recorded — never write to the same file.
 */
export const storedFilename = (uploadedName: string, token: string): string => {
  const name = uploadedName.split(/[\\/]/).pop() ?? ''
  const dot = name.lastIndexOf('.')
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
  const base =
    (dot > 0 ? name.slice(0, dot) : name)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, MAX_BASE_LENGTH) || 'documento'
  return ext ? `${base}-${token}.${ext}` : `${base}-${token}`
}
