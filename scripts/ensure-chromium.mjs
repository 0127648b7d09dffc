// The browser tests drive Debian's chromium (never a downloaded one): make sure it is there
// before `npm test` starts, installing the distribution's package when we may.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

if (!existsSync(path)) {
  if (process.getuid?.() === 0) {
    console.log(`${path} no existe: instalando el paquete chromium de Debian…`)
    execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' })
  } else {
    console.error(
      `Las pruebas de navegador (tests/e2e) necesitan Chromium en ${path}.\n` +
        'Instálelo con:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'o indique otro ejecutable con CHROMIUM_PATH=/ruta/a/chromium.',
    )
    process.exit(1)
  }
}
