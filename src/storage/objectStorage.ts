/**
 * Where uploaded files live: the local disk (each upload collection's staticDir, UPLOADS_DIR) unless
 * S3_BUCKET is set, then an S3-compatible object storage (AWS S3, MinIO, any S3 API) shared by every
 * app server and the worker. The environment is read here only (docs/deploy.md):
 *   S3_BUCKET             the bucket (unset or empty: local disk)
 *   S3_REGION             its region (us-east-1 when unset; MinIO accepts any)
 *   S3_ENDPOINT           http(s) URL of a server other than AWS (MinIO, a cloud's S3 API)
 *   S3_ACCESS_KEY_ID      with S3_SECRET_ACCESS_KEY, or neither (then the SDK's default chain: IAM role…)
 *   S3_FORCE_PATH_STYLE   true for servers that serve buckets as paths (MinIO, s3rver)
 */
export type ObjectStorage = {
  bucket: string
  /** The S3 client's configuration (@aws-sdk/client-s3's S3ClientConfig). */
  client: {
    region: string
    endpoint?: string
    forcePathStyle: boolean
    credentials?: { accessKeyId: string; secretAccessKey: string }
  }
}

type Env = Record<string, string | undefined>

const text = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim())

const flag = (name: string, value: string | undefined): boolean => {
  const v = text(value)?.toLowerCase()
  if (v === undefined || v === 'false' || v === '0') return false
  if (v === 'true' || v === '1') return true
  throw new Error(`${name} debe ser true o false (recibido: ${value}).`)
}

/**
 * The object storage the environment names, or null for the local disk. A half-configured storage
 * (a key without its secret, an endpoint that is not a URL) stops the start instead of writing files
 * where no other server will find them.
 */
export const parseObjectStorageEnv = (env: Env): ObjectStorage | null => {
  const bucket = text(env.S3_BUCKET)
  if (!bucket) return null
  const endpoint = text(env.S3_ENDPOINT)
  if (endpoint !== undefined) {
    let url: URL
    try {
      url = new URL(endpoint)
    } catch {
      throw new Error(`S3_ENDPOINT debe ser una URL http(s) (recibido: ${endpoint}).`)
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`S3_ENDPOINT debe ser una URL http(s) (recibido: ${endpoint}).`)
  }
  const accessKeyId = text(env.S3_ACCESS_KEY_ID)
  const secretAccessKey = text(env.S3_SECRET_ACCESS_KEY)
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('S3_ACCESS_KEY_ID y S3_SECRET_ACCESS_KEY van juntas: indique ambas, o ninguna para usar las credenciales del entorno (rol IAM).')
  }
  return {
    bucket,
    client: {
      region: text(env.S3_REGION) ?? 'us-east-1',
      ...(endpoint ? { endpoint } : {}),
      forcePathStyle: flag('S3_FORCE_PATH_STYLE', env.S3_FORCE_PATH_STYLE),
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    },
  }
}

/** This process's storage, read once when the config loads. */
export const objectStorage: ObjectStorage | null = parseObjectStorageEnv(process.env)

/** Each upload collection's folder (key prefix) in the bucket. */
export const UPLOAD_PREFIXES = {
  documents: 'documents',
  'portfolio-imports': 'imports',
} as const

export type UploadCollection = keyof typeof UPLOAD_PREFIXES
