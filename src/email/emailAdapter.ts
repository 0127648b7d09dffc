import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import path from 'path'

/**
 * SMTP when SMTP_HOST is set (Mailpit in docker-compose, the insurer's relay in production).
 * Without it, a local run still sends real RFC 822 messages, written as .eml files to an outbox
 * folder that a developer can open, instead of reaching out to any external service.
 */
export const emailAdapter = () => {
  const defaultFromAddress = process.env.MAIL_FROM_ADDRESS ?? 'cartera@aseguradora.local'
  const defaultFromName = process.env.MAIL_FROM_NAME ?? 'Recaudo y Cartera'
  if (process.env.SMTP_HOST) {
    return nodemailerAdapter({
      defaultFromAddress,
      defaultFromName,
      transportOptions: {
        host: process.env.SMTP_HOST,
        port: Number(process.env.SMTP_PORT ?? 587),
        secure: process.env.SMTP_SECURE === 'true',
        auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
      },
    })
  }
  const outbox = process.env.MAIL_OUTBOX_DIR ?? path.resolve(process.cwd(), '.data/outbox')
  return nodemailerAdapter({
    defaultFromAddress,
    defaultFromName,
    skipVerify: true,
    transport: nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }).use(
      'stream',
      // Keep each message as a file so nothing sent during a local run is lost.
      async (mail, done) => {
        try {
          const { mkdir, writeFile } = await import('fs/promises')
          await mkdir(outbox, { recursive: true })
          const message = await mail.message.build()
          await writeFile(path.join(outbox, `${Date.now()}-${mail.data.messageId ?? 'mail'}.eml`), message)
          done()
        } catch (error) {
          done(error as Error)
        }
      },
    ),
  })
}
