/** What the debtor asks: the new term (months from the grant), the exceptional circumstances, and the day the request was filed. */
export type ExtensionInput = { termMonths: number; reason: string; requestedOn?: string }

/** The names of the extension's steps, in the order they run. */
export const EXTENSION_STEPS = ['authorize', 'lockAgreement', 'decide', 'reschedule', 'record'] as const

export type ExtensionStep = (typeof EXTENSION_STEPS)[number]
