import { ROLES, type Role } from '@/auth/roles'
import type { BranchCode } from './branches'
import { PROVIDER_COMPANY } from './names'

/** Every demo user signs in with this password (demo only: change or remove these users in production). */
export const DEMO_PASSWORD = 'Cobranzas-Demo-2026!'

/** The user whose existence tells the seed that the demo data is already there. */
export const DEMO_ADMIN_EMAIL = 'admin@demo.co'

/** Broker claves of the demo: those with a demo user, and those of brokers without one. */
export const DEMO_CLAVES = {
  broker90833: ['90833'],
  broker71245: ['71245', '71246'],
  withoutUser: ['55501', '60412', '38817'],
} as const

export type DemoUser = {
  email: string
  role: Role
  /** What the user is, in Spanish (README, login screen hints, tests). */
  description: string
  name: string
  phone?: string
  branch?: BranchCode
  claves?: string[]
  nit?: string
  firmName?: string
}

/** One demo user (at least) per role of src/auth/roles.ts; all with DEMO_PASSWORD. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: DEMO_ADMIN_EMAIL,
    role: ROLES.admin,
    description: 'Administrador de la plataforma: ve y modifica todo.',
    name: 'Catalina Moreno Díaz',
  },
  {
    email: 'gerente.recaudo@demo.co',
    role: ROLES.collectionsManager,
    description: 'Gerente de Recaudo y Cartera: toda la cartera de ambas sucursales.',
    name: 'Andrés Felipe Ospina Rojas',
  },
  {
    email: 'gerente.bogota@demo.co',
    role: ROLES.branchManager,
    description: 'Gerente de la Sucursal Bogotá (BOG).',
    name: 'María Fernanda Castro Peña',
    branch: 'BOG',
  },
  {
    email: 'profesional.bogota@demo.co',
    role: ROLES.branchProfessional,
    description: 'Profesional de cartera de la Sucursal Bogotá (BOG).',
    name: 'Julián Andrés Vargas Suárez',
    branch: 'BOG',
  },
  {
    email: 'gerente.medellin@demo.co',
    role: ROLES.branchManager,
    description: 'Gerente de la Sucursal Medellín (MED).',
    name: 'Santiago Mejía Arango',
    branch: 'MED',
  },
  {
    email: 'profesional.medellin@demo.co',
    role: ROLES.branchProfessional,
    description: 'Profesional de cartera de la Sucursal Medellín (MED).',
    name: 'Daniela Zapata Gómez',
    branch: 'MED',
  },
  {
    email: 'firma.andina@demo.co',
    role: ROLES.externalFirm,
    description: 'Firma externa Cobranzas Andina S.A.S.: solo los deudores que tiene asignados.',
    name: 'Ricardo Salazar Beltrán',
    firmName: 'Cobranzas Andina S.A.S.',
  },
  {
    email: 'firma.pacifico@demo.co',
    role: ROLES.externalFirm,
    description: 'Firma externa Recaudos del Pacífico S.A.S.: solo los deudores que tiene asignados.',
    name: 'Luz Adriana Caicedo Mosquera',
    firmName: 'Recaudos del Pacífico S.A.S.',
  },
  {
    email: 'ejecutor@demo.co',
    role: ROLES.executorOfficer,
    description: 'Funcionario ejecutor del cobro coactivo.',
    name: 'Hernán Darío Quintero Pardo',
  },
  {
    email: 'juridico@demo.co',
    role: ROLES.legalManager,
    description: 'Gerente Jurídico.',
    name: 'Paula Andrea Londoño Uribe',
  },
  {
    email: 'editor@demo.co',
    role: ROLES.editor,
    description: 'Editor de avisos públicos.',
    name: 'Camilo Ernesto Rincón Vega',
  },
  {
    email: 'intermediario.90833@demo.co',
    role: ROLES.broker,
    description: 'Intermediario con la clave 90833 (portal, solo API).',
    name: 'Agencia de Seguros Cordillera Ltda.',
    claves: [...DEMO_CLAVES.broker90833],
  },
  {
    email: 'intermediario.71245@demo.co',
    role: ROLES.broker,
    description: 'Intermediario con las claves 71245 y 71246 (portal, solo API).',
    name: 'Asesores de Seguros del Oriente Antioqueño S.A.S.',
    claves: [...DEMO_CLAVES.broker71245],
  },
  {
    email: 'prestador@demo.co',
    role: ROLES.provider,
    description: `Prestador ${PROVIDER_COMPANY.name}, NIT ${PROVIDER_COMPANY.nit} (portal, solo API).`,
    name: PROVIDER_COMPANY.name,
    nit: PROVIDER_COMPANY.nit,
  },
]

export const FIRM_EMAILS = {
  BOG: 'firma.andina@demo.co',
  MED: 'firma.pacifico@demo.co',
} as const satisfies Record<BranchCode, string>
