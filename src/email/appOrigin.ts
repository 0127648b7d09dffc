/** Absolute origin of the application for links in e-mails: SERVER_URL, or the local server. */
export const appOrigin = (): string => (process.env.SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')
