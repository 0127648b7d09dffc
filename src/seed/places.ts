import type { Random } from './random'
import type { BranchCode } from './branches'

/** Cities each branch serves, with department and landline prefix (Colombia's 60X dialling plan). */
type City = { city: string; department: string; areaCode: string; weight: number }

export const CITIES_BY_BRANCH: Record<BranchCode, City[]> = {
  BOG: [
    { city: 'Bogotá', department: 'Bogotá, D.C.', areaCode: '601', weight: 60 },
    { city: 'Soacha', department: 'Cundinamarca', areaCode: '601', weight: 6 },
    { city: 'Chía', department: 'Cundinamarca', areaCode: '601', weight: 5 },
    { city: 'Zipaquirá', department: 'Cundinamarca', areaCode: '601', weight: 3 },
    { city: 'Fusagasugá', department: 'Cundinamarca', areaCode: '601', weight: 3 },
    { city: 'Facatativá', department: 'Cundinamarca', areaCode: '601', weight: 3 },
    { city: 'Girardot', department: 'Cundinamarca', areaCode: '601', weight: 2 },
    { city: 'Villavicencio', department: 'Meta', areaCode: '608', weight: 6 },
    { city: 'Tunja', department: 'Boyacá', areaCode: '608', weight: 5 },
    { city: 'Ibagué', department: 'Tolima', areaCode: '608', weight: 5 },
    { city: 'Neiva', department: 'Huila', areaCode: '608', weight: 4 },
    { city: 'Bucaramanga', department: 'Santander', areaCode: '607', weight: 5 },
  ],
  MED: [
    { city: 'Medellín', department: 'Antioquia', areaCode: '604', weight: 50 },
    { city: 'Envigado', department: 'Antioquia', areaCode: '604', weight: 8 },
    { city: 'Bello', department: 'Antioquia', areaCode: '604', weight: 7 },
    { city: 'Itagüí', department: 'Antioquia', areaCode: '604', weight: 7 },
    { city: 'Sabaneta', department: 'Antioquia', areaCode: '604', weight: 4 },
    { city: 'Rionegro', department: 'Antioquia', areaCode: '604', weight: 5 },
    { city: 'La Estrella', department: 'Antioquia', areaCode: '604', weight: 2 },
    { city: 'Pereira', department: 'Risaralda', areaCode: '606', weight: 6 },
    { city: 'Manizales', department: 'Caldas', areaCode: '606', weight: 6 },
    { city: 'Armenia', department: 'Quindío', areaCode: '606', weight: 4 },
    { city: 'Montería', department: 'Córdoba', areaCode: '604', weight: 4 },
    { city: 'Quibdó', department: 'Chocó', areaCode: '604', weight: 2 },
  ],
}

export const pickCity = (rng: Random, branch: BranchCode): City =>
  rng.weighted(CITIES_BY_BRANCH[branch].map((c) => [c, c.weight] as const))

const STREET_TYPES = [
  ['Calle', 40],
  ['Carrera', 40],
  ['Avenida Calle', 4],
  ['Avenida Carrera', 4],
  ['Transversal', 5],
  ['Diagonal', 5],
  ['Circular', 2],
] as const

const letterSuffix = (rng: Random) => (rng.chance(0.22) ? rng.pick(['A', 'B', 'C', 'BIS', 'A BIS']) : '')

/** A Colombian street address: "Carrera 43A # 12 Sur-45 Apto 502". */
export const streetAddress = (rng: Random, kind: 'home' | 'business'): string => {
  const type = rng.weighted(STREET_TYPES)
  const first = `${rng.int(1, 160)}${letterSuffix(rng)}`
  const south = rng.chance(0.12) ? ' Sur' : ''
  const second = `${rng.int(1, 140)}${letterSuffix(rng)}`
  const third = rng.int(2, 99)
  const complement =
    kind === 'home'
      ? rng.weighted([
          ['', 3],
          [` Apto ${rng.int(1, 22)}0${rng.int(1, 4)}`, 5],
          [` Casa ${rng.int(1, 60)}`, 1],
          [` Torre ${rng.int(1, 6)} Apto ${rng.int(1, 18)}0${rng.int(1, 8)}`, 2],
        ] as const)
      : rng.weighted([
          ['', 3],
          [` Oficina ${rng.int(2, 12)}0${rng.int(1, 9)}`, 4],
          [` Bodega ${rng.int(1, 30)}`, 2],
          [` Local ${rng.int(101, 140)}`, 2],
        ] as const)
  return `${type} ${first}${south} # ${second}-${third}${complement}`.replace(/\s+/g, ' ')
}

const MOBILE_PREFIXES = [
  '300', '301', '302', '304', '305', '310', '311', '312', '313', '314', '315', '316', '317', '318', '319',
  '320', '321', '322', '323', '324', '350', '351',
] as const

/** A Colombian mobile number: ten digits starting with 3. */
export const mobilePhone = (rng: Random): string => `${rng.pick(MOBILE_PREFIXES)}${rng.int(1, 9)}${rng.digits(6)}`

/** A landline with its 60X prefix: "601 7456123". */
export const landline = (rng: Random, areaCode: string): string => `${areaCode} ${rng.int(2, 7)}${rng.digits(6)}`
