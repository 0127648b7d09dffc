/**
 * `npm run create-admin`: creates the first (or another) administrator — the only way, since
 * Payload's open first-user registration is off. Reads ADMIN_EMAIL, ADMIN_PASSWORD and ADMIN_NAME
 * from the environment, or asks for the missing ones; the password follows SEC-PWD. Refuses when a
 * user with that e-mail exists. Against DATABASE_URL, or the embedded database of a local run.
 */
import '@/db/loadEnv'

import { stdin, stdout } from 'process'
import { createInterface } from 'readline/promises'

import { ensureLocalDatabase } from '@/db/localDatabase'

const ask = async (question: string): Promise<string> => {
  const prompt = createInterface({ input: stdin, output: stdout })
  try {
    return (await prompt.question(question)).trim()
  } finally {
    prompt.close()
  }
}

const fromEnvOrPrompt = async (name: string, question: string): Promise<string> =>
  process.env[name]?.trim() || (stdin.isTTY ? ask(question) : '')

const database = await ensureLocalDatabase()
let code = 0
try {
  const email = await fromEnvOrPrompt('ADMIN_EMAIL', 'Correo del administrador: ')
  const name = await fromEnvOrPrompt('ADMIN_NAME', 'Nombre completo: ')
  const password = await fromEnvOrPrompt('ADMIN_PASSWORD', 'Contraseña (mínimo 12 caracteres): ')
  if (!email || !name || !password) throw new Error('Faltan ADMIN_EMAIL, ADMIN_NAME o ADMIN_PASSWORD.')

  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { closePayload } = await import('@/db/closePayload')
  const { createAdmin } = await import('@/auth/createAdmin')
  const payload = await getPayload({ config })
  try {
    await payload.db.migrate()
    const admin = await createAdmin(payload, { email, name, password })
    console.log(`Administrador creado: ${admin.email} (id ${admin.id}).`)
  } finally {
    await closePayload(payload)
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  code = 1
}
await database?.stop()
process.exit(code)
