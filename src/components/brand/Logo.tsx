import { PRODUCT_NAME } from '@/constants/product'
import { BrandMark } from './BrandMark'

/** The login page's logo (admin.components.graphics.Logo): the product's mark and name, not Payload's. */
export const Logo = () => (
  <div className="brand-logo">
    <BrandMark size={56} />
    <span className="brand-logo__text">
      <strong>{PRODUCT_NAME}</strong>
      <span>Cobranza y cartera de la aseguradora</span>
    </span>
  </div>
)
