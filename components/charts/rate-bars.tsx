"use client";

import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";

export type RateDatum = { label: string; rate: number | null; detail: string };

const tone = (rate: number | null) =>
  rate === null ? "#cbd5e1" : rate < 0.6 ? "#ef4444" : rate < 0.8 ? "#f59e0b" : "#16a34a";

/**
 * Horizontal bars of a share (0–1) per row, drawn with recharts; the same figures are in a
 * table for screen readers. Narrow enough for a phone: labels sit on their own axis.
 */
export function RateBars({ data, caption }: { data: RateDatum[]; caption: string }) {
  const rows = data.map((d) => ({ ...d, percent: d.rate === null ? 0 : Math.round(d.rate * 100) }));
  return (
    <div>
      <div aria-hidden style={{ height: Math.max(80, rows.length * 34) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 40, bottom: 0, left: 0 }}>
            <XAxis type="number" domain={[0, 100]} hide />
            <YAxis
              type="category"
              dataKey="label"
              width={110}
              tick={{ fontSize: 12, fill: "#334155" }}
              tickFormatter={(v: string) => (v.length > 8 ? `${v.slice(0, 8)}…` : v)}
            />
            <Bar dataKey="percent" radius={[3, 3, 3, 3]} barSize={14} isAnimationActive={false}>
              {rows.map((d) => (
                <Cell key={d.label} fill={tone(d.rate)} />
              ))}
              <LabelList
                dataKey="percent"
                position="right"
                formatter={(v) => `${v}%`}
                style={{ fontSize: 12, fill: "#475569" }}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{caption}</caption>
        <tbody>
          {data.map((d) => (
            <tr key={d.label}>
              <th scope="row">{d.label}</th>
              <td>{d.rate === null ? "暂无" : `${Math.round(d.rate * 100)}%`}</td>
              <td>{d.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
