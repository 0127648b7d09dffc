/** The two demo branches; every other demo record hangs from one of them. */
export const DEMO_BRANCHES = [
  {
    code: 'BOG',
    name: 'Sucursal Bogotá',
    city: 'Bogotá',
    address: 'Calle 72 # 10-07',
    phone: '601 7427700',
    email: 'sucursal.bogota@demo.co',
  },
  {
    code: 'MED',
    name: 'Sucursal Medellín',
    city: 'Medellín',
    address: 'Carrera 43A # 1-50',
    phone: '604 3124400',
    email: 'sucursal.medellin@demo.co',
  },
] as const

export type BranchCode = (typeof DEMO_BRANCHES)[number]['code']

export const DEMO_BRANCH_CODES: BranchCode[] = DEMO_BRANCHES.map((b) => b.code)
