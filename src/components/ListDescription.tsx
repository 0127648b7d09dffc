/**
 * A collection's description for its list only (admin.components.beforeList), for texts about the
 * list (its order, how to act on a row): `admin.description` would also show it on every document.
 */
export const ListDescription = ({ text }: { text: string }) => (
  <p className="view-description list-description" data-list-description>
    {text}
  </p>
)
