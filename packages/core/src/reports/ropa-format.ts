import { legalFactsLine } from "../formatters/legal-facts.js";
import { markdownText } from "../formatters/markdown-escape.js";
import { CONTROLLER_COLUMNS, MISSING, PROCESSOR_COLUMNS, type Cell, type Ropa } from "./ropa.js";

export const ROPA_FORMATS = ["md", "csv", "json", "html"] as const;
export type RopaFormat = (typeof ROPA_FORMATS)[number];

/** The record in a format a DPO opens: Markdown, CSV (a spreadsheet), JSON, or an HTML page. */
export function formatRopa(ropa: Ropa, format: RopaFormat): string {
  switch (format) {
    case "md":
      return markdown(ropa);
    case "csv":
      return csv(ropa);
    case "json":
      return `${JSON.stringify({ version: 1, ...ropa }, null, 2)}\n`;
    case "html":
      return html(ropa);
  }
}

const VIEWS = [
  { key: "controller", title: "Records of processing activities of the controller (GDPR Art. 30(1))", columns: CONTROLLER_COLUMNS },
  { key: "processor", title: "Processors engaged, as the controller records them (GDPR Art. 30(2))", columns: PROCESSOR_COLUMNS },
] as const;

function rowsOf(ropa: Ropa, view: (typeof VIEWS)[number]): Array<Record<string, Cell>> {
  return view.key === "controller" ? ropa.controller : ropa.processor;
}

function preamble(ropa: Ropa): string[] {
  const missing = ropa.findings.length;
  return [
    `Built by dpa-lint from ${ropa.controller.length} vendor ${ropa.controller.length === 1 ? "setup" : "setups"}. ${legalFactsLine({ asOf: ropa.asOf, ...ropa.legalFacts }) ?? ""}`,
    missing > 0
      ? `${missing} ${missing === 1 ? "cell is" : "cells are"} ${MISSING}: the vendor setups do not say (each is an info finding org/ropa-incomplete naming the field to add).`
      : "Every cell is filled from the vendor setups.",
    ...(ropa.unreadable.length > 0
      ? [`Not included, because they could not be read or parsed (dpa-lint lint says why): ${ropa.unreadable.join(", ")}.`]
      : []),
  ];
}

function where(c: Cell): string {
  return c.source ? `${c.source.file}:${c.source.line}` : "";
}

function markdown(ropa: Ropa): string {
  const out = ["# Record of processing activities", "", ...preamble(ropa).map((l) => markdownText(l)), ""];
  for (const view of VIEWS) {
    out.push(`## ${view.title}`, "");
    out.push(`| ${view.columns.map(([, label, art]) => `${label} (Art. ${art})`).join(" | ")} |`);
    out.push(`|${view.columns.map(() => "---").join("|")}|`);
    for (const row of rowsOf(ropa, view)) {
      const cells = view.columns.map(([key]) => {
        const c = row[key] as Cell;
        return c.text === MISSING ? `**${MISSING}**` : `${markdownText(c.text)}${c.source ? ` <sub>${markdownText(where(c))}</sub>` : ""}`;
      });
      out.push(`| ${cells.join(" | ")} |`);
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/**
 * One table: the view, then each column and where its value comes from. A cell that a
 * spreadsheet would run as a formula (= + - @, tab, carriage return first) starts with a quote.
 */
function csv(ropa: Ropa): string {
  const keys = [...new Set([...CONTROLLER_COLUMNS, ...PROCESSOR_COLUMNS].map(([key]) => key))];
  const header = ["view", ...keys.flatMap((k) => [k, `${k} source`])];
  const lines = [header.map(csvCell).join(",")];
  for (const view of VIEWS)
    for (const row of rowsOf(ropa, view)) {
      const cells = keys.flatMap((k) => {
        const c = row[k];
        return c ? [c.text, where(c)] : ["", ""];
      });
      lines.push([view.key, ...cells].map(csvCell).join(","));
    }
  return `${lines.join("\r\n")}\r\n`;
}

function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function html(ropa: Ropa): string {
  const esc = (t: string): string => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const parts = [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8"><title>Record of processing activities</title>',
    "<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}th,td{border:1px solid #ccc;padding:.4em;vertical-align:top;text-align:left}small{color:#666;display:block}.missing{background:#fdd;font-weight:bold}</style>",
    "</head><body>",
    "<h1>Record of processing activities</h1>",
    ...preamble(ropa).map((l) => `<p>${esc(l)}</p>`),
  ];
  for (const view of VIEWS) {
    parts.push(`<h2>${esc(view.title)}</h2>`, "<table><thead><tr>");
    parts.push(view.columns.map(([, label, art]) => `<th>${esc(label)} <small>Art. ${esc(art)}</small></th>`).join(""));
    parts.push("</tr></thead><tbody>");
    for (const row of rowsOf(ropa, view)) {
      const cells = view.columns.map(([key]) => {
        const c = row[key] as Cell;
        return c.text === MISSING
          ? `<td class="missing">${MISSING}</td>`
          : `<td>${esc(c.text)}${c.source ? `<small>${esc(where(c))}</small>` : ""}</td>`;
      });
      parts.push(`<tr>${cells.join("")}</tr>`);
    }
    parts.push("</tbody></table>");
  }
  parts.push("</body></html>");
  return `${parts.join("\n")}\n`;
}
