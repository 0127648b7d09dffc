/** Given names and surnames common in Colombia, and fictitious company names, for the demo parties. */

export const MALE_NAMES = [
  'Juan', 'Carlos', 'Andrés', 'Luis', 'Jorge', 'José', 'Diego', 'Alejandro', 'Santiago', 'Sebastián',
  'Felipe', 'Camilo', 'Daniel', 'David', 'Miguel', 'Javier', 'Óscar', 'Fernando', 'Ricardo', 'Hernán',
  'Mauricio', 'Jaime', 'Álvaro', 'Gustavo', 'Germán', 'Édgar', 'Fabio', 'Rodrigo', 'Wilson', 'Jhon',
  'Esteban', 'Mateo', 'Nicolás', 'Julián', 'Cristian', 'Iván', 'Gabriel', 'Héctor', 'Orlando', 'Rubén',
  'Armando', 'Arturo', 'William', 'Hugo', 'Mario', 'Francisco', 'Eduardo', 'Guillermo', 'Pedro', 'Samuel',
] as const

export const FEMALE_NAMES = [
  'María', 'Ana', 'Luz', 'Claudia', 'Sandra', 'Paola', 'Carolina', 'Diana', 'Natalia', 'Andrea',
  'Catalina', 'Daniela', 'Valentina', 'Laura', 'Juliana', 'Marcela', 'Adriana', 'Patricia', 'Gloria', 'Martha',
  'Liliana', 'Alejandra', 'Ángela', 'Mónica', 'Paula', 'Lorena', 'Viviana', 'Yolanda', 'Beatriz', 'Isabel',
  'Camila', 'Manuela', 'Sofía', 'Mariana', 'Luisa', 'Tatiana', 'Johana', 'Lina', 'Ximena', 'Stella',
  'Rocío', 'Esperanza', 'Margarita', 'Carmen', 'Mercedes', 'Elizabeth', 'Jimena', 'Verónica', 'Silvia', 'Gabriela',
] as const

/** Second given names that read naturally after the first one. */
export const MALE_MIDDLE_NAMES = ['Carlos', 'Andrés', 'Felipe', 'David', 'Alberto', 'Eduardo', 'José', 'Manuel', 'Esteban', 'Fernando', 'Camilo', 'Darío', 'Enrique', 'Antonio'] as const
export const FEMALE_MIDDLE_NAMES = ['Fernanda', 'Alejandra', 'Cristina', 'Andrea', 'Paola', 'Marcela', 'Isabel', 'Lucía', 'Victoria', 'Eugenia', 'Patricia', 'Helena', 'Del Pilar', 'Camila'] as const

export const SURNAMES = [
  'Rodríguez', 'Gómez', 'González', 'Martínez', 'García', 'López', 'Hernández', 'Sánchez', 'Ramírez', 'Pérez',
  'Díaz', 'Muñoz', 'Rojas', 'Moreno', 'Jiménez', 'Vargas', 'Castro', 'Gutiérrez', 'Ortiz', 'Álvarez',
  'Ruiz', 'Suárez', 'Torres', 'Romero', 'Herrera', 'Valencia', 'Quintero', 'Restrepo', 'Osorio', 'Cardona',
  'Zapata', 'Mejía', 'Arango', 'Ospina', 'Londoño', 'Giraldo', 'Gaviria', 'Uribe', 'Echeverri', 'Montoya',
  'Salazar', 'Castaño', 'Henao', 'Betancur', 'Agudelo', 'Cárdenas', 'Parra', 'Beltrán', 'Pineda', 'Rincón',
  'Medina', 'Acosta', 'Aguilar', 'Bernal', 'Cortés', 'Duque', 'Guerrero', 'Mora', 'Niño', 'Peña',
  'Pardo', 'Sierra', 'Vega', 'Silva', 'Cifuentes', 'Buitrago', 'Forero', 'Camacho', 'Salamanca', 'Caicedo',
] as const

/**
 * Fictitious companies (any likeness to a real one is chance). `kind` steers which lines of
 * business they buy: carriers insure trucks, builders take surety bonds, and so on.
 */
export const COMPANIES: { name: string; kind: CompanyKind }[] = [
  { name: 'Transportes La Sabana S.A.S.', kind: 'carrier' },
  { name: 'Transportadora del Magdalena Medio S.A.S.', kind: 'carrier' },
  { name: 'Logística Integral del Norte S.A.S.', kind: 'carrier' },
  { name: 'Expreso Cordillera Central Ltda.', kind: 'carrier' },
  { name: 'Carga Pesada del Valle de Aburrá S.A.S.', kind: 'carrier' },
  { name: 'Servicios Especiales de Turismo Oriente S.A.S.', kind: 'carrier' },
  { name: 'Mudanzas y Acarreos El Dorado S.A.S.', kind: 'carrier' },
  { name: 'Tractocamiones Santa Fe S.A.', kind: 'carrier' },
  { name: 'Constructora Altos del Retiro S.A.S.', kind: 'builder' },
  { name: 'Obras Civiles y Vías de Antioquia S.A.S.', kind: 'builder' },
  { name: 'Ingeniería y Proyectos Sabana Norte S.A.S.', kind: 'builder' },
  { name: 'Urbanizadora Los Cerezos S.A.', kind: 'builder' },
  { name: 'Consorcio Vial Tequendama', kind: 'builder' },
  { name: 'Interventorías Técnicas del Centro S.A.S.', kind: 'builder' },
  { name: 'Montajes Eléctricos Guayacán S.A.S.', kind: 'builder' },
  { name: 'Acabados Arquitectónicos La Ceja S.A.S.', kind: 'builder' },
  { name: 'Distribuidora Andina de Alimentos S.A.S.', kind: 'trader' },
  { name: 'Comercializadora El Porvenir S.A.S.', kind: 'trader' },
  { name: 'Ferretería y Eléctricos San Cristóbal Ltda.', kind: 'trader' },
  { name: 'Droguería y Suministros Médicos La Esperanza S.A.S.', kind: 'trader' },
  { name: 'Almacenes Textiles Guayabal S.A.S.', kind: 'trader' },
  { name: 'Importadora de Repuestos Autonorte S.A.S.', kind: 'trader' },
  { name: 'Café Tostado Monteverde S.A.S.', kind: 'trader' },
  { name: 'Panificadora La Espiga Dorada S.A.S.', kind: 'trader' },
  { name: 'Agroindustrias San Gil S.A.', kind: 'industry' },
  { name: 'Metalmecánica Industrial de Bello S.A.S.', kind: 'industry' },
  { name: 'Plásticos y Empaques del Sur S.A.S.', kind: 'industry' },
  { name: 'Confecciones Itagüí Moda S.A.S.', kind: 'industry' },
  { name: 'Lácteos El Rosal S.A.', kind: 'industry' },
  { name: 'Flores de la Sabana de Bogotá S.A.S.', kind: 'industry' },
  { name: 'Química Industrial Andes S.A.S.', kind: 'industry' },
  { name: 'Muebles y Maderas Envigado S.A.S.', kind: 'industry' },
  { name: 'Clínica Odontológica Sonrisa Total S.A.S.', kind: 'services' },
  { name: 'Colegio Campestre Los Alpes S.A.S.', kind: 'services' },
  { name: 'Centro de Diagnóstico Imagen Plus S.A.S.', kind: 'services' },
  { name: 'Consultores Tributarios Asociados S.A.S.', kind: 'services' },
  { name: 'Hotel Boutique Parque Lleras S.A.S.', kind: 'services' },
  { name: 'Restaurantes Fogón Paisa S.A.S.', kind: 'services' },
  { name: 'Vigilancia y Seguridad Privada Centinela Ltda.', kind: 'services' },
  { name: 'Aseo Integral y Servicios Generales Brillo S.A.S.', kind: 'services' },
  { name: 'Soluciones Tecnológicas Nube Andina S.A.S.', kind: 'services' },
  { name: 'Gimnasios Cuerpo Activo S.A.S.', kind: 'services' },
  { name: 'Inversiones Palmarito Ltda.', kind: 'holding' },
  { name: 'Inversiones Gómez Arango y Cía. S.C.A.', kind: 'holding' },
  { name: 'Inmobiliaria Chapinero Alto S.A.S.', kind: 'holding' },
  { name: 'Administradora de Propiedad Horizontal El Poblado S.A.S.', kind: 'holding' },
  { name: 'Fundación Social Manos Unidas', kind: 'services' },
]

export type CompanyKind = 'carrier' | 'builder' | 'trader' | 'industry' | 'services' | 'holding' | 'health'

/** The health provider whose NIT the demo provider user (prestador) is scoped to. */
export const PROVIDER_COMPANY = { name: 'IPS Clínica Santa Lucía S.A.S.', kind: 'health' as CompanyKind, nit: '900581247' }

/** Lower case, no accents or spaces: for e-mail addresses. */
export const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
