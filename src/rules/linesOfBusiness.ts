/** Lines of business (ramos) the insurer writes; `vehicle` lines require a plate (R-REQ-03). */
export const LINES_OF_BUSINESS = [
  { value: 'AU-LIVIANOS', label: 'Autos livianos', vehicle: true },
  { value: 'AU-TOTAL-CAR', label: 'Autos Total Car', vehicle: true },
  { value: 'AU-PESADOS', label: 'Vehículos pesados', vehicle: true },
  { value: 'MOTOS', label: 'Motos', vehicle: true },
  { value: 'SOAT', label: 'SOAT', vehicle: true },
  { value: 'HOGAR', label: 'Hogar', vehicle: false },
  { value: 'VIDA-GRUPO', label: 'Vida grupo', vehicle: false },
  { value: 'SALUD', label: 'Salud', vehicle: false },
  { value: 'CUMPLIMIENTO', label: 'Cumplimiento', vehicle: false },
  { value: 'RESP-CIVIL', label: 'Responsabilidad civil', vehicle: false },
  { value: 'PYME', label: 'Pyme multirriesgo', vehicle: false },
] as const

export type LineOfBusiness = (typeof LINES_OF_BUSINESS)[number]['value']

export const isVehicleLine = (line: string | null | undefined): boolean =>
  LINES_OF_BUSINESS.some((l) => l.value === line && l.vehicle)
