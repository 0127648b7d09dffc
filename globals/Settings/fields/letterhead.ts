import type { Field } from 'payload'

/**
 * Issue 11: the data every generated act prints in its letterhead and the account the debtor pays
 * into (001 §7.3.12 items 1 and 10). The branch's address, city and phone come from its record.
 */
export const letterheadFields: Field[] = [
  {
    name: 'insurer',
    label: 'Membrete de los actos',
    type: 'group',
    admin: { description: 'Entidad que expide los actos (001 §7.3.12, 1).' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', label: 'Razón social de la aseguradora', type: 'text', defaultValue: 'Positiva Compañía de Seguros S.A.' },
          { name: 'nit', label: 'NIT', type: 'text', defaultValue: '860.011.153-6' },
        ],
      },
    ],
  },
  {
    name: 'collectionAccount',
    label: 'Cuenta para el pago de las obligaciones',
    type: 'group',
    admin: { description: 'Se imprime en la LCD y el mandamiento de pago (001 §7.3.12, 10).' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'bank', label: 'Banco', type: 'text' },
          {
            name: 'accountType',
            label: 'Tipo de cuenta',
            type: 'select',
            defaultValue: 'Cuenta corriente',
            options: [
              { label: 'Cuenta corriente', value: 'Cuenta corriente' },
              { label: 'Cuenta de ahorros', value: 'Cuenta de ahorros' },
            ],
          },
          { name: 'number', label: 'Número', type: 'text' },
          { name: 'holder', label: 'Titular', type: 'text' },
        ],
      },
    ],
  },
]
