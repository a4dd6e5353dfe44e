// Test inputs for the Markdown limits (markdown-limits.ts): Markdown that makes the parser take
// seconds or overflow its stack at the size of one plan field. Used by the tests only.

const rep = (s: string, n: number) => s.repeat(n);

/** The inputs that tied up the plan page, print page and Word export (8–18 KB each). */
export const reproducedCorpora = {
  "'- ' × 4000": rep("- ", 4000),
  "'*_' × 9000": rep("*_", 9000),
  "'>' × 9000": rep(">", 9000),
} satisfies Record<string, string>;

/** Other constructs the parser handles in quadratic time, or that overflow the stack. */
export const pathologicalCorpora = {
  "'- ' × 4000 then text": rep("- ", 4000) + "内容",
  "'1. ' × 3000": rep("1. ", 3000),
  "'- > ' × 2000": rep("- > ", 2000),
  "'-\\t' × 2500 then text": rep("-\t", 2500) + "a",
  "'[^a]: ' × 3000": rep("[^a]: ", 3000),
  "'*a' × 10000": rep("*a", 10000),
  "'~a' × 9000": rep("~a", 9000),
  "'a* ' × 6000": rep("a* ", 6000),
  "']' × 20000": rep("]", 20000),
  "'a<!-- ' × 3000": rep("a<!-- ", 3000),
  "'a\\n=\\n' × 5000": rep("a\n=\n", 5000),
  "'> a' then 5000 unindented lines": "> a\n" + rep("b\n", 5000),
  "'- a\\n' × 5000": rep("- a\n", 5000),
  "table of 3000 columns": `|${rep("a|", 3000)}\n|${rep("-|", 3000)}`,
  "table of 1000 columns × 4000 empty rows": `|${rep("a|", 1000)}\n|${rep("-|", 1000)}\n${rep("|\n", 4000)}`,
} satisfies Record<string, string>;
