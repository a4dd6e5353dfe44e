// Limits on the Markdown of a plan's long fields, so that showing a plan never ties up the server.
//
// The Markdown parser (micromark, used for the page and for Word) slows down sharply, or runs out
// of stack, on a few constructs that no lesson plan needs: lists and quotes nested hundreds deep,
// thousands of `*` `_` `~`, `]` or `<!--` in one paragraph, thousands of lines, list items or
// `===` headings, hundreds of unindented lines inside one list item, and tables whose rows are all
// padded out to thousands of columns. `markdownProblem` finds these in one pass over the text, in time linear in
// its length, without regular expressions. A plan that has one is refused at save; a stored plan
// that has one is shown as plain text (see `renderableMarkdown`).
//
// The limits are far above what a plan uses and low enough that a 20,000-character field within
// them parses in about the time ordinary prose of that length takes (at most about 1.5× as long,
// over the corpora in markdown-corpora.ts and randomly repeated mixtures of Markdown syntax).

/** Longest long-text field, in characters (the plan schema enforces it at save). */
export const MARKDOWN_MAX_LENGTH = 20_000;

export const MARKDOWN_LIMITS = {
  /** Lines in one field (several of the parser's costs grow with lines × constructs). */
  lines: 2000,
  /** Lists, quotes and footnotes inside each other. */
  depth: 8,
  /** `*` `_` `~` characters in a row. */
  markerRun: 200,
  /** Runs of `*` `_` `~` in one paragraph. */
  emphasisPerParagraph: 400,
  /** `]` in one paragraph. */
  bracketsPerParagraph: 400,
  /** `<!` and `<?` in one paragraph: each makes the parser look ahead for its end (`-->`, `?>` …). */
  htmlPerParagraph: 50,
  /** List items in one field. */
  listItems: 1000,
  /** Lines of only `=` or `-` right under text (they turn the text into a heading), in one field. */
  setextHeadings: 200,
  /** Unindented lines that continue one list item or quote. */
  lazyLines: 200,
  /** Columns of one table. */
  tableColumns: 50,
  /** Table cells in one field: every row is padded out to its table's columns. */
  tableCells: 5000,
} as const;

/**
 * Where the text first goes past a limit. `line` counts from 1; `count` is how many were seen when
 * the limit was passed (the whole run for `markerRun`, the table's columns for `tableColumns`).
 */
export type MarkdownProblem = {
  kind:
    | "lines"
    | "depth"
    | "markerRun"
    | "emphasis"
    | "brackets"
    | "html"
    | "listItems"
    | "setextHeadings"
    | "lazyLines"
    | "tableColumns"
    | "tableCells";
  line: number;
  count: number;
};

const L = MARKDOWN_LIMITS;

/** What to fix, in the words a teacher uses; `field` names the field (“教学内容”, 环节“导入”的“教师活动”). */
export function markdownLimitMessage(field: string, p: MarkdownProblem): string {
  switch (p.kind) {
    case "lines":
      return `${field}超过 ${L.lines} 行。请精简，或删去多余的空行。`;
    case "depth":
      return `${field}第 ${p.line} 行开头的列表或引用标记（“>”“-”“*”“+”或编号）嵌套超过 ${L.depth} 层。请减少这一行开头的标记；若想画分隔线，请单独一行写“---”。`;
    case "markerRun":
      return `${field}第 ${p.line} 行有 ${p.count} 个连在一起的“*”“_”“~”符号，最多 ${L.markerRun} 个。请删去多余的符号。`;
    case "emphasis":
      return `${field}从第 ${p.line} 行开始的一段里，“*”“_”“~”符号超过 ${L.emphasisPerParagraph} 处。请删去多余的符号，或用空行把这段分成几段。`;
    case "brackets":
      return `${field}从第 ${p.line} 行开始的一段里，方括号“]”超过 ${L.bracketsPerParagraph} 个。请删去多余的方括号，或用空行把这段分成几段。`;
    case "html":
      return `${field}从第 ${p.line} 行开始的一段里，“<!”或“<?”超过 ${L.htmlPerParagraph} 处。请删去它们（HTML 注释和声明本来也不会显示）。`;
    case "listItems":
      return `${field}的列表项超过 ${L.listItems} 项（第 ${p.line} 行超出）。请精简，或分到其他栏目。`;
    case "setextHeadings":
      return `${field}里紧接在文字下面、只由“=”或“-”组成的行超过 ${L.setextHeadings} 行（第 ${p.line} 行超出），这样的行会把上一行变成标题。请删去这些行，或在它们上面空一行。`;
    case "lazyLines":
      return `${field}从第 ${p.line} 行起，一个列表项或引用后面接着超过 ${L.lazyLines} 行没有缩进的文字。请在列表或引用结束的地方空一行。`;
    case "tableColumns":
      return `${field}第 ${p.line} 行的表格有 ${p.count} 列，最多 ${L.tableColumns} 列。请减少列数。`;
    case "tableCells":
      return `${field}里表格的单元格（行数 × 列数）超过 ${L.tableCells} 个（第 ${p.line} 行超出）。请把表格拆小或减少列数。`;
  }
}

/** True when the text can be rendered as Markdown within the limits; otherwise show it as plain text. */
export function renderableMarkdown(text: string): boolean {
  return text.length <= MARKDOWN_MAX_LENGTH && markdownProblem(text) === null;
}

type Container = { quote: true } | { quote: false; content: number };

const SPACE = 0x20;
const TAB = 0x09;
const isSpace = (c: number) => c === SPACE || c === TAB;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isEmphasisMarker = (c: number) => c === 0x2a /* * */ || c === 0x5f /* _ */ || c === 0x7e; /* ~ */

/**
 * The first construct in `text` that exceeds MARKDOWN_LIMITS, or null. One pass, O(length):
 * each character is looked at a bounded number of times (the container scan stops at the depth
 * limit, and every inner loop advances through the line).
 */
export function markdownProblem(text: string): MarkdownProblem | null {
  const stack: Container[] = [];
  let lineNo = 0;
  let paragraphLine = 1;
  let emphasis = 0;
  let brackets = 0;
  let html = 0;
  let previousText = false; // the previous line was paragraph text
  let listItems = 0;
  let setext = 0;
  let lazy = 0;
  let lazyLine = 0;
  let fence: { marker: number; length: number; depth: number } | null = null;
  let table: { columns: number } | null = null;
  let cells = 0;

  let start = 0;
  const length = text.length;
  while (start <= length) {
    // The line [start, end), ended by \n, \r\n or \r.
    let end = start;
    while (end < length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
    const next = end < length && text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
    // (An empty last line, after a final line break, is not counted.)
    if (++lineNo > L.lines && start < length) return { kind: "lines", line: lineNo, count: lineNo };

    let i = start;
    let col = 0;
    // Advances over spaces and tabs from i; returns the position and column reached.
    const skipSpaces = (from: number, fromCol: number): [number, number] => {
      let j = from;
      let c = fromCol;
      while (j < end && isSpace(text.charCodeAt(j))) {
        c = text.charCodeAt(j) === TAB ? c + 4 - (c % 4) : c + 1;
        j++;
      }
      return [j, c];
    };

    // 1. Which open containers does this line continue?
    let matched = 0;
    for (; matched < stack.length; matched++) {
      const container = stack[matched]!;
      const [j, jc] = skipSpaces(i, col);
      if (container.quote) {
        if (jc - col > 3 || j >= end || text.charCodeAt(j) !== 0x3e /* > */) break;
        i = j + 1;
        col = jc + 1;
        if (i < end && isSpace(text.charCodeAt(i))) {
          col = text.charCodeAt(i) === TAB ? col + 4 - (col % 4) : col + 1;
          i++;
        }
      } else if (j >= end) {
        // A blank line stays inside a list item.
        continue;
      } else if (jc >= container.content) {
        // Take the item's indentation, leaving any more for what follows.
        while (i < end && col < container.content && isSpace(text.charCodeAt(i))) {
          col = text.charCodeAt(i) === TAB ? col + 4 - (col % 4) : col + 1;
          i++;
        }
      } else break;
    }

    // Inside fenced code nothing is Markdown until the closing fence.
    if (fence) {
      if (matched < fence.depth) fence = null;
      else {
        const [j] = skipSpaces(i, col);
        let k = j;
        while (k < end && text.charCodeAt(k) === fence.marker) k++;
        if (k - j >= fence.length && skipSpaces(k, 0)[0] === end) fence = null;
        stack.length = matched;
        previousText = false;
        start = next;
        continue;
      }
    }

    // 2. New containers opened on this line (stops as soon as there are too many).
    const opened: Container[] = [];
    for (;;) {
      const [j, jc] = skipSpaces(i, col);
      if (jc - col > 3 || j >= end) break;
      const c = text.charCodeAt(j);
      let markerEnd = -1;
      if (c === 0x3e /* > */) {
        opened.push({ quote: true });
        i = j + 1;
        col = jc + 1;
        if (i < end && isSpace(text.charCodeAt(i))) {
          col = text.charCodeAt(i) === TAB ? col + 4 - (col % 4) : col + 1;
          i++;
        }
      } else if (c === 0x2d /* - */ || c === 0x2b /* + */ || c === 0x2a /* * */) {
        if (j + 1 < end && !isSpace(text.charCodeAt(j + 1))) break;
        markerEnd = j + 1;
        // An empty item cannot interrupt a paragraph: `text` then `-` is a heading underline.
        if (previousText && opened.length === 0 && skipSpaces(markerEnd, 0)[0] >= end) break;
      } else if (isDigit(c)) {
        let k = j;
        while (k < end && k - j < 10 && isDigit(text.charCodeAt(k))) k++;
        const d = text.charCodeAt(k);
        if (
          k - j > 9 ||
          (d !== 0x2e /* . */ && d !== 0x29) /* ) */ ||
          (k + 1 < end && !isSpace(text.charCodeAt(k + 1)))
        )
          break;
        markerEnd = k + 1;
        if (previousText && opened.length === 0 && skipSpaces(markerEnd, 0)[0] >= end) break;
      } else if (c === 0x5b /* [ */ && text.charCodeAt(j + 1) === 0x5e /* ^ */) {
        // A footnote definition, [^label]: — its label is at most 999 characters.
        let k = j + 2;
        while (k < end && k - j < 1002 && text.charCodeAt(k) !== 0x5d /* ] */) k++;
        if (k >= end || text.charCodeAt(k) !== 0x5d || text.charCodeAt(k + 1) !== 0x3a /* : */) break;
        opened.push({ quote: false, content: jc + 4 });
        // Any spaces after the colon are skipped: what follows starts afresh.
        [i, col] = skipSpaces(k + 2, jc + (k + 2 - j));
      } else break;

      if (markerEnd >= 0) {
        // A list item: its content starts after the marker and 1–4 spaces.
        const markerCol = jc + (markerEnd - j);
        const [k, kc] = skipSpaces(markerEnd, markerCol);
        const gap = kc - markerCol;
        const content = k >= end || gap > 4 ? markerCol + 1 : kc;
        opened.push({ quote: false, content });
        listItems++;
        if (listItems > L.listItems) return { kind: "listItems", line: lineNo, count: listItems };
        if (k >= end || gap > 4) {
          i = markerEnd;
          col = markerCol;
        } else {
          i = k;
          col = kc;
        }
      }
      if (matched + opened.length > L.depth) return { kind: "depth", line: lineNo, count: matched + opened.length };
    }

    const [restStart, restCol] = skipSpaces(i, col);
    const blank = restStart >= end;

    // 3. Lazy continuation: an unindented line that carries on the paragraph of a list item or quote.
    if (opened.length === 0 && matched < stack.length && !blank && previousText) {
      if (lazy++ === 0) lazyLine = lineNo;
      if (lazy > L.lazyLines) return { kind: "lazyLines", line: lazyLine, count: lazy };
    } else if (opened.length > 0 || matched < stack.length) {
      // The containers changed: a new paragraph (and a new table) begins.
      stack.length = matched;
      stack.push(...opened);
      lazy = 0;
      emphasis = 0;
      brackets = 0;
      html = 0;
      paragraphLine = lineNo;
      table = null;
      previousText = false;
    }

    if (blank) {
      previousText = false;
      emphasis = 0;
      brackets = 0;
      html = 0;
      table = null;
      paragraphLine = lineNo + 1;
      start = next;
      continue;
    }

    // 4. What the rest of the line is: a fence, a heading underline, a table row, or text.
    const first = text.charCodeAt(restStart);
    if ((first === 0x60 /* ` */ || first === 0x7e) /* ~ */ && restCol - col <= 3) {
      let k = restStart;
      while (k < end && text.charCodeAt(k) === first) k++;
      // After a backtick fence, the info string may not contain a backtick (else it is inline code).
      let info = k;
      if (first === 0x60) while (info < end && text.charCodeAt(info) !== 0x60) info++;
      if (k - restStart >= 3 && (first !== 0x60 || info >= end)) {
        fence = { marker: first, length: k - restStart, depth: stack.length };
        previousText = false;
        table = null;
        start = next;
        continue;
      }
    }

    if (previousText && (first === 0x3d /* = */ || first === 0x2d) /* - */) {
      let k = restStart;
      while (k < end && text.charCodeAt(k) === first) k++;
      if (skipSpaces(k, 0)[0] === end) {
        setext++;
        if (setext > L.setextHeadings) return { kind: "setextHeadings", line: lineNo, count: setext };
        previousText = false;
        start = next;
        continue;
      }
    }

    // A table's rows are padded out to its columns, so count cells, not characters. (Its markers
    // are counted as one paragraph's: more than the parser, which takes cell by cell, but this way
    // a line that only looks like a table row cannot restart the count.)
    if (table) cells += table.columns;
    else if (previousText) {
      const columns = delimiterRowColumns(text, restStart, end);
      if (columns > L.tableColumns) return { kind: "tableColumns", line: lineNo, count: columns };
      if (columns > 0) {
        table = { columns };
        cells += 2 * columns; // the header row and this delimiter row
      }
    }
    if (cells > L.tableCells) return { kind: "tableCells", line: lineNo, count: cells };

    // Text: count what the inline parser looks back over.
    for (let k = restStart; k < end;) {
      const c = text.charCodeAt(k);
      if (c === 0x5c /* \ */) k += 2;
      else if (isEmphasisMarker(c)) {
        const runStart = k;
        while (k < end && isEmphasisMarker(text.charCodeAt(k))) {
          const marker = text.charCodeAt(k);
          while (k < end && text.charCodeAt(k) === marker) k++;
          emphasis++;
        }
        if (k - runStart > L.markerRun) return { kind: "markerRun", line: lineNo, count: k - runStart };
        if (emphasis > L.emphasisPerParagraph) return { kind: "emphasis", line: paragraphLine, count: emphasis };
      } else {
        if (c === 0x5d /* ] */ && ++brackets > L.bracketsPerParagraph)
          return { kind: "brackets", line: paragraphLine, count: brackets };
        if (c === 0x3c /* < */) {
          const d = text.charCodeAt(k + 1);
          if ((d === 0x21 /* ! */ || d === 0x3f) /* ? */ && ++html > L.htmlPerParagraph)
            return { kind: "html", line: paragraphLine, count: html };
        }
        k++;
      }
    }
    previousText = true;
    start = next;
  }
  return null;
}

/**
 * The number of columns if [from, end) is a table's delimiter row (like `| --- | :-: |`), else 0.
 * It needs a pipe, and only pipes, colons, dashes and spaces, with a dash in every cell.
 */
function delimiterRowColumns(text: string, from: number, end: number): number {
  let columns = 0;
  let pipes = 0;
  let cellHasDash = false;
  let cellHasContent = false;
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x7c /* | */) {
      pipes++;
      if (cellHasContent) {
        if (!cellHasDash) return 0;
        columns++;
      }
      cellHasDash = false;
      cellHasContent = false;
    } else if (c === 0x2d /* - */) cellHasDash = cellHasContent = true;
    else if (c === 0x3a /* : */) cellHasContent = true;
    else if (!isSpace(c)) return 0;
  }
  if (cellHasContent) {
    if (!cellHasDash) return 0;
    columns++;
  }
  return pipes > 0 ? columns : 0;
}
