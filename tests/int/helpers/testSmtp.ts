import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'

import { freePort } from './freePort'

export type Mail = { to: string[]; raw: string }

/**
 * A real SMTP server on a free port, and the mail adapter pointed at it. `refuse(to)` decides,
 * per delivery, whether the server answers 451 (a relay that is down or throttling). Call it
 * before the Payload config loads: the adapter reads SMTP_* when it is built. `delayMs(to)` holds the
 * answer (a slow server, so two senders overlap); `close` then `reopen` take the server off the network
 * and back on the same port (an outage: connections refused).
 */
export const startTestSmtp = async ({
  refuse = () => false,
  delayMs = () => 0,
}: { refuse?: (to: string) => boolean; delayMs?: (to: string) => number } = {}) => {
  const inbox: Mail[] = []
  // A closed SMTPServer only answers "421 shutting down": reopening takes a new one on the same port.
  const newServer = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let raw = ''
        stream.on('data', (chunk) => (raw += chunk.toString('utf8')))
        stream.on('end', async () => {
          const to = session.envelope.rcptTo.map((r) => r.address)
          await new Promise((resolve) => setTimeout(resolve, delayMs(to.join(','))))
          if (refuse(to.join(','))) {
            callback(Object.assign(new Error('Servicio no disponible temporalmente'), { responseCode: 451 }))
            return
          }
          inbox.push({ to, raw })
          // As a relay does: the answer names the queue id the server gave the message.
          callback(null, `OK: queued as Q${inbox.length}`)
        })
      },
    })
  let server = newServer()
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(port)
  process.env.SMTP_SECURE = 'false'
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  const reopen = () => {
    server = newServer()
    return new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  }
  return { inbox, close, reopen }
}

/**
 * Mails queued by other files' sweeps share the test database, and the runner takes the oldest
 * ten first: a file that counts the mails it sends starts from an empty mail queue.
 */
export const clearMailQueue = (payload: Payload) =>
  payload.delete({ collection: 'payload-jobs', where: { queue: { equals: 'mail' } }, overrideAccess: true })
