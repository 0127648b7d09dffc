import type { Party } from '@/payload-types'
import { nitCheckDigit } from '@/rules/identification'
import type { BranchCode } from './branches'
import { COMPANIES, FEMALE_MIDDLE_NAMES, FEMALE_NAMES, MALE_MIDDLE_NAMES, MALE_NAMES, PROVIDER_COMPANY, SURNAMES, slug, type CompanyKind } from './names'
import { landline, mobilePhone, pickCity, streetAddress } from './places'
import type { Random } from './random'

export const PERSON_COUNT = 192
export const COMPANY_COUNT = COMPANIES.length + 1 // + the health provider of the prestador user

/** What the writer needs for a party; branch and firm are codes/e-mails, turned into ids when written. */
export type PartyData = Pick<
  Party,
  | 'idType'
  | 'idNumber'
  | 'checkDigit'
  | 'firstName'
  | 'lastName'
  | 'businessName'
  | 'addresses'
  | 'emails'
  | 'phones'
  | 'cannotBeLocated'
  | 'insolvencyStatus'
  | 'insolvencySince'
  | 'reportedToBdme'
  | 'bdmeReportedAt'
>

export type PartyPlan = {
  /** Position in the plan; policies point at their holder with it. */
  key: number
  kind: 'person' | 'company'
  companyKind?: CompanyKind
  branch: BranchCode
  /** E-mail of the external firm user it is assigned to. */
  firmEmail?: string
  data: PartyData
}

const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org'] as const

/**
 * Cédulas as people actually carry them: 8-digit numbers in the ranges each region issued
 * (Bogotá 79–80 M men / 51–53 M women, Antioquia 70–71 M and 98 M men / 42–43 M women), and
 * 10-digit 1.0xx.xxx.xxx for people registered since 2004.
 */
const cedula = (rng: Random, branch: BranchCode, female: boolean): string => {
  if (rng.chance(0.35)) return String(rng.int(1_010_000_000, 1_152_999_999))
  if (branch === 'BOG') return String(female ? rng.int(51_550_000, 53_180_000) : rng.int(79_100_000, 80_950_000))
  return String(female ? rng.int(42_750_000, 43_990_000) : rng.weighted([[rng.int(70_050_000, 71_790_000), 3], [rng.int(98_520_000, 98_790_000), 1]] as const))
}

const NIT_PREFIXES = [['800', 3], ['811', 2], ['830', 3], ['860', 2], ['890', 2], ['900', 6], ['901', 4]] as const

const personEmail = (rng: Random, first: string, last: string): string => {
  const f = slug(first)
  const l = slug(last.split(' ')[0]!)
  const local = rng.weighted([
    [`${f}.${l}`, 3],
    [`${f}${l}${rng.int(1, 99)}`, 2],
    [`${f[0]}${l}${rng.int(60, 99)}`, 2],
    [`${l}.${f}${rng.int(1, 9)}`, 1],
  ] as const)
  return `${local}@${rng.pick(EMAIL_DOMAINS)}`
}

const addressesFor = (rng: Random, branch: BranchCode, kind: 'home' | 'business') => {
  const main = pickCity(rng, branch)
  const addresses = [{ address: streetAddress(rng, kind), city: main.city, department: main.department, isNotificationAddress: true }]
  if (rng.chance(0.25)) {
    const other = rng.chance(0.7) ? main : pickCity(rng, branch)
    addresses.push({
      address: streetAddress(rng, kind === 'home' ? 'business' : 'home'),
      city: other.city,
      department: other.department,
      isNotificationAddress: false,
    })
  }
  return { addresses, areaCode: main.areaCode }
}

const noFlags = {
  cannotBeLocated: false,
  insolvencyStatus: 'NINGUNO',
  insolvencySince: null,
  reportedToBdme: false,
  bdmeReportedAt: null,
} as const

const buildPerson = (rng: Random, key: number, branch: BranchCode, takeId: (type: 'CC' | 'CE', make: () => string) => string): PartyPlan => {
  const female = rng.chance(0.5)
  const given = female ? FEMALE_NAMES : MALE_NAMES
  const middle = female ? FEMALE_MIDDLE_NAMES : MALE_MIDDLE_NAMES
  const first = rng.pick(given)
  const firstName = rng.chance(0.45) ? `${first} ${rng.pick(middle.filter((m) => m !== first))}` : first
  const lastName = `${rng.pick(SURNAMES)} ${rng.pick(SURNAMES)}`
  const foreigner = rng.chance(0.05)
  const idType = foreigner ? 'CE' : 'CC'
  const idNumber = takeId(idType, () => (foreigner ? String(rng.int(300_000, 1_299_999)) : cedula(rng, branch, female)))
  const { addresses } = addressesFor(rng, branch, 'home')
  const emails = rng.chance(0.9) ? [{ email: personEmail(rng, firstName, lastName), authorizedForNotices: rng.chance(0.8) }] : []
  const phones = [{ number: mobilePhone(rng) }, ...(rng.chance(0.2) ? [{ number: mobilePhone(rng) }] : [])]
  return {
    key,
    kind: 'person',
    branch,
    data: { idType, idNumber, checkDigit: null, firstName, lastName, businessName: null, addresses, emails, phones, ...noFlags },
  }
}

const buildCompany = (
  rng: Random,
  key: number,
  branch: BranchCode,
  company: { name: string; kind: CompanyKind; nit?: string },
  takeId: (type: 'NIT', make: () => string) => string,
): PartyPlan => {
  const idNumber = company.nit ?? takeId('NIT', () => `${rng.weighted(NIT_PREFIXES)}${rng.digits(6)}`)
  const { addresses, areaCode } = addressesFor(rng, branch, 'business')
  const domain = `${slug(company.name.split(' ').slice(0, 3).join(''))}.example.com`
  const emails = [
    { email: `${rng.pick(['cartera', 'contabilidad', 'tesoreria', 'gerencia'])}@${domain}`, authorizedForNotices: true },
    ...(rng.chance(0.4) ? [{ email: `notificaciones@${domain}`, authorizedForNotices: true }] : []),
  ]
  const phones = [{ number: landline(rng, areaCode) }, { number: mobilePhone(rng) }]
  return {
    key,
    kind: 'company',
    companyKind: company.kind,
    branch,
    data: {
      idType: 'NIT',
      idNumber,
      checkDigit: nitCheckDigit(idNumber),
      firstName: null,
      lastName: null,
      businessName: company.name,
      addresses,
      emails,
      phones,
      ...noFlags,
    },
  }
}

// A company named after a place belongs to the branch that serves it.
const MEDELLIN_NAMES = /Antioqu|Bello|Itagüí|Envigado|Poblado|Lleras|La Ceja|Aburrá|Paisa|Guayabal|Oriente|Retiro/
const BOGOTA_NAMES = /Sabana|Bogotá|Chapinero|Santa Fe|Tequendama|San Cristóbal|Autonorte|El Rosal|San Gil|Magdalena/
const companyBranch = (name: string): BranchCode | undefined =>
  MEDELLIN_NAMES.test(name) ? 'MED' : BOGOTA_NAMES.test(name) ? 'BOG' : undefined

/** ~240 parties: ~80 % people (CC, a few CE), ~20 % companies (NIT with its DIAN check digit). */
export const buildParties = (rng: Random): PartyPlan[] => {
  const taken = new Set<string>([`NIT:${PROVIDER_COMPANY.nit}`])
  const takeId = (type: string, make: () => string) => {
    for (;;) {
      const number = make()
      if (!taken.has(`${type}:${number}`)) {
        taken.add(`${type}:${number}`)
        return number
      }
    }
  }
  const companies = rng.shuffle([...COMPANIES, PROVIDER_COMPANY])
  const kinds = rng.shuffle([...Array(PERSON_COUNT).fill('person'), ...Array(companies.length).fill('company')] as ('person' | 'company')[])
  const branchOf = (): BranchCode => (rng.chance(0.55) ? 'BOG' : 'MED')
  let nextCompany = 0
  return kinds.map((kind, key) => {
    const branch = branchOf()
    if (kind === 'person') return buildPerson(rng, key, branch, takeId)
    const company = companies[nextCompany++]!
    return buildCompany(rng, key, companyBranch(company.name) ?? branch, company, takeId)
  })
}
