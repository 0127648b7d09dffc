/** The product's name, as the admin's title, login page and public pages show it. */
export const PRODUCT_NAME = 'Recaudo y Cartera'
