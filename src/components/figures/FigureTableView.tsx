import React from 'react'

import type { FigureTable } from './figureTables'

/** One table of figures (figureTables) in the admin's table style; used by server and client components. */
export const FigureTableView = ({ table }: { table: FigureTable }) => (
  <div className="table figures-field__table">
    <table>
      {table.caption && <caption>{table.caption}</caption>}
      <thead>
        <tr>
          {table.head.map((h, i) => (
            <th key={i} scope="col" className={h.numeric ? 'figures-field__num' : undefined}>
              {h.text}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.length === 0 ? (
          <tr>
            <td colSpan={table.head.length}>Sin datos.</td>
          </tr>
        ) : (
          table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} className={cell.numeric ? 'figures-field__num' : undefined}>
                  {cell.text}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  </div>
)
