/** Path of the provider portal. */
export const PORTAL_PATH = '/portal/prestadores'

/** Absolute address of the provider portal for e-mails: the app's SERVER_URL plus the portal path. */
export const portalUrl = (): string => `${(process.env.SERVER_URL ?? 'http://localhost:3000').replace(/\/$/, '')}${PORTAL_PATH}`
