import { appOrigin } from '@/email/appOrigin'

/** Path of the provider portal. */
export const PORTAL_PATH = '/portal/prestadores'

/** Absolute address of the provider portal for e-mails: the app's SERVER_URL plus the portal path. */
export const portalUrl = (): string => `${appOrigin()}${PORTAL_PATH}`
