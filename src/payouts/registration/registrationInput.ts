import { z } from 'zod'

const text = (field: string, max = 100) =>
  z.string({ error: `${field} es obligatorio y va como texto.` }).trim().min(1, `${field} es obligatorio.`).max(max)

/** "Consultar": the IPS's NIT, with its check digit as a "-D" suffix or apart. */
export const NitInput = z.object({
  nit: text('nit', 20),
  checkDigit: z.union([z.string(), z.number()]).optional().nullable(),
})

/** "Validar": the habilitación code chosen and the legal representative's ID. */
export const ValidateInput = NitInput.extend({
  habilitationCode: text('habilitationCode', 20),
  representativeId: text('representativeId', 20),
})

/** "Aceptar": everything the registration form sends. The user name is the e-mail the provider signs in with. */
export const RegisterInput = ValidateInput.extend({
  policiesAccepted: z.boolean({ error: 'policiesAccepted debe ser true o false.' }),
  email: z.email({ error: 'email debe ser un correo electrónico válido (es el usuario con el que iniciará sesión).' }).max(120),
  password: z.string({ error: 'password es obligatoria.' }).max(200),
  passwordConfirmation: z.string({ error: 'passwordConfirmation es obligatoria.' }).max(200),
})

export type RegisterInput = z.infer<typeof RegisterInput>
