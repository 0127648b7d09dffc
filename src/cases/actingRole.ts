import type { PayloadRequest } from 'payload'

/** The acting user's role, or null when the system itself writes (the daily sweep, the seed's own steps). */
export const actingRole = (req: PayloadRequest): string | null => (req.user ? String(req.user.role) : null)
