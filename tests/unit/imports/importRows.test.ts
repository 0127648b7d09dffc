import { describe, expect, it } from 'vitest'

import { parseCsv } from '@/imports/readImportFile'
import { missingHeaders } from '@/rules/imports/importColumns'
import { checkPartyRow, refuseRepeatedParties, type StagedPartyRow } from '@/rules/imports/partyRows'
import { checkPolicyGroup, pesosOfCell, type StagedPolicyRow } from '@/rules/imports/policyRows'

const party = (overrides: Partial<StagedPartyRow>): StagedPartyRow => ({
  line: 2,
  id_type: 'CC',
  id_number: '52.345.678',
  check_digit: null,
  first_name: 'Ana',
  last_name: 'Rojas',
  business_name: null,
  branch_code: 'BOG',
  ...overrides,
})

const certificate = (overrides: Partial<StagedPolicyRow>): StagedPolicyRow => ({
  line: 2,
  policy_number: 'VG-1',
  policy_type: 'COLECTIVA',
  line_of_business: 'VIDA-GRUPO',
  plate: null,
  holder_id_type: 'NIT',
  holder_id_number: '900123456-8',
  issue_date: '10/01/2026',
  cover_start: '10/01/2026',
  cover_end: '10/01/2027',
  premium: '900.000',
  status: null,
  cancelled_at: null,
  clave: 'CL-1',
  branch_code: 'BOG',
  certificate_number: '1',
  insured: 'Empleado 1',
  amount_due: '500000',
  due_date: '01/03/2026',
  amount_paid: null,
  ...overrides,
})

describe('portfolio import rows (issue 13 item 1)', () => {
  it('R-REQ-02 a party row is normalized by the identification rule; a wrong NIT check digit is refused on DV', () => {
    expect(checkPartyRow(party({}))).toEqual({
      party: { line: 2, idType: 'CC', idNumber: '52345678', checkDigit: null, firstName: 'Ana', lastName: 'Rojas', businessName: null, branchCode: 'BOG' },
    })
    const bad = checkPartyRow(party({ line: 7, id_type: 'NIT', id_number: '900123456', check_digit: '3' }))
    expect(bad).toEqual({ errors: [{ line: 7, column: 'DV', reason: 'R-REQ-02: El dígito de verificación del NIT 900123456 debe ser 8, no 3.' }] })
    expect(checkPartyRow(party({ id_type: 'XX' }))).toMatchObject({ errors: [{ column: 'TIPO_DOC' }] })
    expect(checkPartyRow(party({ branch_code: null }))).toMatchObject({ errors: [{ column: 'SUCURSAL' }] })
  })

  it('R-REQ-02 the same party twice in a file: the later line is refused naming the first', () => {
    const a = (checkPartyRow(party({ line: 2 })) as { party: never }).party
    const b = (checkPartyRow(party({ line: 5, id_number: '52345678' })) as { party: never }).party
    const { parties, errors } = refuseRepeatedParties([a, b], new Map())
    expect(parties).toHaveLength(1)
    expect(errors).toEqual([{ line: 5, column: 'NUM_DOC', reason: 'R-REQ-02: el tercero CC 52345678 ya viene en la línea 2.' }])
  })

  it('R-CAR-04 a collective policy groups its certificate rows; the policy columns must agree on every row', () => {
    const ok = checkPolicyGroup([certificate({}), certificate({ line: 3, certificate_number: '2', amount_due: '400.000', amount_paid: '0' })])
    expect(ok).toMatchObject({ policy: { number: 'VG-1', type: 'COLECTIVA', premium: 900_000, holderIdNumber: '900123456', coverStart: '2026-01-10', certificates: [{ number: '1', amountDue: 500_000 }, { number: '2', amountDue: 400_000, order: 2 }] } })
    const differs = checkPolicyGroup([certificate({}), certificate({ line: 3, certificate_number: '2', clave: 'CL-9' })])
    expect(differs).toEqual({ errors: [{ line: 3, column: 'CLAVE', reason: 'R-CAR-04: la póliza VG-1 trae en CLAVE un valor distinto al de la línea 2.' }] })
  })

  it('R-CAR-04 a repeated certificate number is refused on its second line; an individual policy has only certificate 0', () => {
    expect(checkPolicyGroup([certificate({}), certificate({ line: 4 })])).toMatchObject({ errors: [{ line: 4, column: 'NUM_CERTIFICADO', reason: expect.stringContaining('R-CAR-04') }] })
    expect(checkPolicyGroup([certificate({ policy_type: 'INDIVIDUAL' })])).toMatchObject({ errors: [{ line: 2, column: 'NUM_CERTIFICADO' }] })
  })

  it('R-CAR-04 a certificate paid beyond its value is refused on VALOR_PAGADO', () => {
    expect(checkPolicyGroup([certificate({ amount_paid: '600000' })])).toMatchObject({ errors: [{ line: 2, column: 'VALOR_PAGADO', reason: expect.stringContaining('supera su valor') }] })
  })

  it('R-REQ-03 a vehicle line needs a valid plate; an unknown line of business is refused on RAMO', () => {
    const auto = { policy_type: 'INDIVIDUAL', certificate_number: '0', line_of_business: 'AU-LIVIANOS' }
    expect(checkPolicyGroup([certificate({ ...auto, plate: 'WMK-061' })])).toMatchObject({ policy: { plate: 'WMK061' } })
    expect(checkPolicyGroup([certificate({ ...auto })])).toMatchObject({ errors: [{ column: 'PLACA', reason: expect.stringContaining('R-REQ-03') }] })
    expect(checkPolicyGroup([certificate({ line_of_business: 'AVIONES' })])).toMatchObject({ errors: [{ column: 'RAMO' }] })
  })

  it('R-POL-01 the cover must end after it starts; a cancelled policy carries its date', () => {
    expect(checkPolicyGroup([certificate({ cover_end: '01/01/2026' })])).toMatchObject({ errors: [{ column: 'FIN_VIGENCIA', reason: expect.stringContaining('R-POL-01') }] })
    expect(checkPolicyGroup([certificate({ status: 'CANCELADA' })])).toMatchObject({ errors: [{ column: 'FECHA_CANCELACION' }] })
  })

  it('R-MON-01 amounts are whole pesos, with or without thousands dots; a date must be on the calendar', () => {
    expect([pesosOfCell('1.200.000'), pesosOfCell('1200000'), pesosOfCell('1200000,50'), pesosOfCell('-5'), pesosOfCell(null)]).toEqual([1_200_000, 1_200_000, null, null, null])
    expect(checkPolicyGroup([certificate({ amount_due: '500000.5' })])).toMatchObject({ errors: [{ column: 'VALOR_CERTIFICADO', reason: expect.stringContaining('R-MON-01') }] })
    expect(checkPolicyGroup([certificate({ due_date: '31/02/2026' })])).toMatchObject({ errors: [{ column: 'VENCIMIENTO' }] })
  })

  it('CARGA-01 CSV as the core exports it: separator from the header, quotes, line numbers; missing columns are named', () => {
    const file = parseCsv('\uFEFFTIPO_DOC;NUM_DOC;NOMBRES;SUCURSAL\r\nCC;123;"Ana; María";BOG\r\n\r\nCC;456;"Bruno\r\nDíaz";MED\r\n')
    expect(file.header).toEqual(['TIPO_DOC', 'NUM_DOC', 'NOMBRES', 'SUCURSAL'])
    expect(file.rows).toEqual([
      { line: 2, cells: ['CC', '123', 'Ana; María', 'BOG'] },
      { line: 4, cells: ['CC', '456', 'Bruno\r\nDíaz', 'MED'] },
    ])
    expect(missingHeaders('TERCEROS', file.header)).toEqual([])
    expect(missingHeaders('POLIZAS', file.header)).toContain('NUM_POLIZA')
  })
})
