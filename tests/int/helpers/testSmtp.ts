import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'

import { freePort } from './freePort'

export type Mail = { to: string[]; raw: string }

/**
 * A real SMTP server on a free port, and the mail adapter pointed at it. `refuse(to)` decides,
 * per delivery, whether the server answers 451 (a relay that is down or throttling). Call it
 * before the Payload config loads: the adapter reads SMTP_* when it is built.
 */
export const startTestSmtp = async ({ refuse = () => false }: { refuse?: (to: string) => boolean } = {}) => {
  const inbox: Mail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk) => (raw += chunk.toString('utf8')))
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address)
        if (refuse(to.join(','))) {
          callback(Object.assign(new Error('Servicio no disponible temporalmente'), { responseCode: 451 }))
          return
        }
        inbox.push({ to, raw })
        callback()
      })
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(port)
  process.env.SMTP_SECURE = 'false'
  return { inbox, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/**
 * Mails queued by other files' sweeps share the test database, and the runner takes the oldest
 * ten first: a file that counts the mails it sends starts from an empty mail queue.
 */
export const clearMailQueue = (payload: Payload) =>
  payload.delete({ collection: 'payload-jobs', where: { queue: { equals: 'mail' } }, overrideAccess: true })
