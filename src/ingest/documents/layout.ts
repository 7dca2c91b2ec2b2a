/**
 * Reading order of a PDF page from where its text sits. A PDF draws text runs in whatever order its producer
 * chose; this puts them back in the order a person reads: runs on the same baseline form a line, lines are
 * grouped by the gaps between them, and a page in columns is read column by column (recursive XY-cut).
 */
import { getLexicon } from '../../redact/lexicon.js';

/** A run of text as PDF.js reports it, in page coordinates (points, y upwards, x the run's start). */
export interface TextRun {
  str: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
}

/** A line of a page as read: its segments (table cells, or the parts of a line split by a wide gap) joined by tabs. */
export interface PageLine {
  text: string;
  top: number;
  bottom: number;
  size: number;
  /** Its cells, in reading order, with where each starts and ends. */
  cells: { text: string; x0: number; x1: number }[];
}

interface Segment {
  text: string;
  /** Baseline. */
  y: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
  rtl: boolean;
}

/** A gap of this many font sizes between runs on a line separates cells or columns rather than words. */
const CELL_GAP = 1.2;
/** A line is justified when at least this many of its word spaces, drawn by the PDF, have one width. */
const JUSTIFIED_SPACES = 3;
/** Columns are only read one after the other when their lines are this many font sizes wide (prose, not cells). */
const COLUMN_LINE_WIDTH = 8;
/** A line of a column of prose ends within this many font sizes of the column's right edge. */
const FILLED_LINE = 4;
/** Segments whose baselines are this many font sizes apart or less stand on one line. */
const SAME_BASELINE = 0.1;
/** Two columns, not a table of labels and values, when fewer of the left's lines than this share a baseline with the right's. */
const SHARED_BASELINES = 0.3;
/** A vertical gap of this many font sizes between lines starts a new paragraph. */
const PARAGRAPH_GAP = 0.5;

const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/g;
const LETTER = /\p{L}/gu;

function isRtl(text: string): boolean {
  const rtl = text.match(RTL_CHAR)?.length ?? 0;
  return rtl > 0 && rtl * 2 >= (text.match(LETTER)?.length ?? 0);
}

/** Max and min without spreading, which overflows the stack on a page of many thousands of runs. */
const max = (values: number[]) => values.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
const min = (values: number[]) => values.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Runs on one baseline (within half a font size), left to right. */
function baselines(runs: TextRun[]): TextRun[][] {
  const sorted = runs.filter((r) => r.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextRun[][] = [];
  let current: TextRun[] = [];
  let y = Number.NaN;
  for (const run of sorted) {
    if (current.length > 0 && Math.abs(run.y - y) <= 0.5 * run.size) current.push(run);
    else {
      if (current.length > 0) lines.push(current);
      current = [run];
      y = run.y;
    }
  }
  if (current.length > 0) lines.push(current);
  return lines.map((line) => line.sort((a, b) => a.x - b.x));
}

/** Joins runs in reading order, adding a space where the gap between two runs is a word space. */
function joinRuns(runs: TextRun[], rtl: boolean): string {
  const ordered = rtl ? [...runs].reverse() : runs;
  let text = '';
  let previous: TextRun | undefined;
  for (const run of ordered) {
    if (previous) {
      const gap = rtl ? previous.x - (run.x + run.width) : run.x - (previous.x + previous.width);
      if (
        gap > 0.15 * Math.min(run.size, previous.size) &&
        !/\s/.test(text.at(-1) ?? ' ') &&
        !/^\s/.test(run.str)
      )
        text += ' ';
    }
    text += run.str;
    previous = run;
  }
  return text;
}

/**
 * The widths of a justified line's word spaces, when the PDF draws them: widths that three or more spaces
 * on the line share (a table row's gaps between cells differ; a column beside it may stretch its own).
 */
function justifiedSpaces(spaces: TextRun[]): Set<number> {
  const widths = new Map<number, number>();
  for (const s of spaces) widths.set(Math.round(s.width), (widths.get(Math.round(s.width)) ?? 0) + 1);
  return new Set([...widths].filter(([, count]) => count >= JUSTIFIED_SPACES).map(([width]) => width));
}

/**
 * Splits a line where the gap is wider than a word space: table cells, or two columns side by side. In a
 * justified line, a gap that one of its stretched word spaces fills is a word space however wide.
 */
function segments(line: TextRun[], spaces: TextRun[]): Segment[] {
  const groups: TextRun[][] = [];
  // the spaces on this line's baseline, once
  const y = line[0]?.y ?? 0;
  const size = line[0]?.size ?? 0;
  const own = spaces.filter((s) => Math.abs(s.y - y) <= 0.5 * size);
  const justified = justifiedSpaces(own);
  const spaced = (last: TextRun, run: TextRun) =>
    justified.size > 0 &&
    own.some(
      (s) =>
        s.x <= last.x + last.width + 0.5 &&
        s.x + s.width >= run.x - 0.5 &&
        justified.has(Math.round(s.width)),
    );
  for (const run of line) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    const gap = last ? run.x - (last.x + last.width) : 0;
    if (group && last && (gap < CELL_GAP * Math.max(run.size, last.size) || spaced(last, run)))
      group.push(run);
    else groups.push([run]);
  }
  return groups.map((runs) => {
    const size = max(runs.map((r) => r.size));
    const y = min(runs.map((r) => r.y));
    const raw = runs.map((r) => r.str).join('');
    const rtl = isRtl(raw);
    const last = runs.at(-1) as TextRun;
    return {
      text: joinRuns(runs, rtl).trim(),
      y,
      x0: runs[0]?.x ?? 0,
      x1: last.x + last.width,
      top: max(runs.map((r) => r.y + 0.8 * r.size)),
      bottom: y - 0.2 * size,
      size,
      rtl,
    };
  });
}

function mostlyRtl(segs: Segment[]): boolean {
  return segs.filter((s) => s.rtl).length * 2 > segs.length;
}

function lineOf(segs: Segment[]): PageLine {
  const ordered = [...segs].sort((a, b) => a.x0 - b.x0);
  if (mostlyRtl(segs)) ordered.reverse();
  return {
    text: ordered.map((s) => s.text).join('\t'),
    top: max(segs.map((s) => s.top)),
    bottom: min(segs.map((s) => s.bottom)),
    size: max(segs.map((s) => s.size)),
    cells: ordered.map((s) => ({ text: s.text, x0: s.x0, x1: s.x1 })),
  };
}

/**
 * A table row's cells wrapped onto the lines under it, joined to the row: each piece goes to the column it
 * starts under ("O COMIPA se compromete a organizar brigadas<tab>Operacional<tab>Mudar a vida das pessoas:"
 * / "comunitárias de mulheres para alerta e<tab>da prestação de ajuda ao fim"). A line goes on a row when
 * every piece stands under one of its columns, close below it, and it does not open a new row (text in the
 * first column, capitalised). In boxes set side by side, whose text is centred ("Pillar 4 · Relief and" /
 * "Recovery"), a piece stands under the middle of its column, and a line with fewer pieces than the row
 * has cells goes on it whatever its case.
 */
/**
 * Whether a line in a row's first column, capitalised, goes on that cell: its first word would not have fitted
 * after the cell's last ("… in Kasese and" / "Bundibugyo districts …", "City and Country where" /
 * "Headquartered"), as a cell wraps; a new row's label would have.
 */
function wrapsFirstCell(row: PageLine, line: PageLine): boolean {
  const [cell, next] = row.cells;
  const piece = line.cells[0];
  if (!cell || !next || !piece || piece.text.length === 0) return false;
  const word = piece.text.split(' ')[0] ?? '';
  const wordWidth = ((piece.x1 - piece.x0) * word.length) / piece.text.length;
  return cell.x1 + wordWidth > next.x0 - line.size;
}

function joinWrappedCells(lines: PageLine[]): PageLine[] {
  const out: PageLine[] = [];
  for (const line of lines) {
    const row = out.at(-1);
    const under = (piece: PageLine['cells'][number]) => {
      const left = row?.cells.findIndex((c) => Math.abs(c.x0 - piece.x0) <= line.size) ?? -1;
      if (left >= 0) return { column: left, centred: false };
      const middle = (c: { x0: number; x1: number }) => (c.x0 + c.x1) / 2;
      const centred = row?.cells.findIndex((c) => Math.abs(middle(c) - middle(piece)) <= line.size) ?? -1;
      return { column: centred, centred: centred >= 0 };
    };
    const pieces = line.cells.map(under);
    const first = pieces[0];
    const wrapped =
      row !== undefined &&
      row.cells.length >= 2 &&
      row.bottom - line.top <= PARAGRAPH_GAP * line.size &&
      pieces.every((p) => p.column >= 0) &&
      (pieces.some((p) => p.centred)
        ? line.cells.length < row.cells.length
        : !(first?.column === 0 && /^\p{Lu}|^\d/u.test(line.cells[0]?.text ?? '')) ||
          (line.cells.length === 1 && wrapsFirstCell(row, line)));
    if (!row || !wrapped) {
      out.push(line);
      continue;
    }
    const cells = row.cells.map((c) => ({ ...c }));
    for (const [i, piece] of line.cells.entries()) {
      const cell = cells[pieces[i]?.column ?? 0] as { text: string };
      cell.text = `${cell.text} ${piece.text}`.trim();
    }
    out[out.length - 1] = {
      ...row,
      cells,
      text: cells.map((c) => c.text).join('\t'),
      bottom: line.bottom,
    };
  }
  return out;
}

/** The most words of a form's label, the share of them level with their value, and how near level is. */
const FORM_LABEL_WORDS = 6;
const LABELS_BESIDE = 0.5;
const FORM_LEVEL = 0.4;

/** The widest band of x that no segment crosses, when both sides read as columns of prose. */
function columnSplit(segs: Segment[]): { left: Segment[]; right: Segment[]; gap: number } | undefined {
  const size = median(segs.map((s) => s.size));
  const byX = [...segs].sort((a, b) => a.x0 - b.x0);
  let right = Number.NEGATIVE_INFINITY;
  let best: { at: number; gap: number } | undefined;
  for (const s of byX) {
    const gap = s.x0 - right;
    if (right > Number.NEGATIVE_INFINITY && gap >= size && (!best || gap > best.gap))
      best = { at: s.x0, gap };
    right = Math.max(right, s.x1);
  }
  if (!best) return undefined;
  const { at, gap } = best;
  const left = segs.filter((s) => s.x0 < at);
  const rightSide = segs.filter((s) => s.x0 >= at);
  const prose = (side: Segment[]) =>
    side.length >= 3 && median(side.map((s) => s.x1 - s.x0)) >= COLUMN_LINE_WIDTH * size;
  // a column of prose fills its width, most lines ending near the gutter; a table's labels end anywhere
  // ("Nome da organização", "E-mail", "Região" beside their values), each on its value's baseline, where
  // columns of their own, in type of their own sizes, keep their own baselines (a stakeholder block in the
  // left column, justified prose in the right)
  const edge = Math.max(...left.map((s) => s.x1));
  const filled = left.filter((s) => s.x1 >= edge - FILLED_LINE * size).length >= 0.7 * left.length;
  const beside = (s: Segment) => rightSide.some((r) => Math.abs(r.y - s.y) <= SAME_BASELINE * size);
  const apart = () => left.filter(beside).length < SHARED_BASELINES * left.length;
  // (a form's labels of a few words, most level with their value, in type of another size, fill their column
  // alike: "Organisation Name *" beside "West Nile Women's Network for Peace")
  const level = (s: Segment) => rightSide.some((r) => Math.abs(r.top - s.top) <= FORM_LEVEL * size);
  // (not lines of a box of text beside another, which go on in lower case: "… mettre fin à" / "la violence …")
  const goesOn = left.some((s, i) => i > 0 && /^\p{Ll}/u.test(s.text.trim()));
  const labels = () =>
    !goesOn &&
    left.every((s) => s.text.trim().split(/\s+/u).length <= FORM_LABEL_WORDS) &&
    left.filter(level).length >= LABELS_BESIDE * left.length;
  return (filled || apart()) && !labels() && prose(left) && prose(rightSide)
    ? { left, right: rightSide, gap }
    : undefined;
}

/**
 * Cuts a page at its widest gap, recursively, and returns its lines in reading order: across the page between
 * bands of lines, or down it between columns when the gap between them is the wider (recursive XY-cut).
 */
function cut(segs: Segment[]): PageLine[] {
  if (segs.length <= 1) return segs.length === 1 ? [lineOf(segs)] : [];
  // Bands of segments on one baseline, top to bottom, each with the extra leading above it.
  const byBaseline = [...segs].sort((a, b) => b.y - a.y);
  const bands: { gap: number; segs: Segment[] }[] = [];
  let lowest = Number.POSITIVE_INFINITY;
  for (const s of byBaseline) {
    const band = bands.at(-1);
    if (band && lowest - s.y <= 0.5 * s.size) band.segs.push(s);
    else bands.push({ gap: band ? lowest - s.y - s.size : Number.NEGATIVE_INFINITY, segs: [s] });
    lowest = Math.min(lowest, s.y);
  }
  const widest = max(bands.slice(1).map((b) => b.gap));
  const columns = columnSplit(segs);
  if (columns && columns.gap >= widest) {
    const { left, right } = columns;
    return mostlyRtl(segs) ? [...cut(right), ...cut(left)] : [...cut(left), ...cut(right)];
  }
  if (bands.length === 1) return [lineOf(segs)];
  // Split at the widest gaps only, so that a block under a heading is cut into columns before into lines.
  const tolerance = 0.05 * median(segs.map((s) => s.size));
  const groups: Segment[][] = [];
  for (const band of bands) {
    const group = groups.at(-1);
    if (group && band.gap < widest - tolerance) group.push(...band.segs);
    else groups.push([...band.segs]);
  }
  const lines: PageLine[] = [];
  for (let g = 0; g < groups.length; g++) {
    const heads = groups[g] as Segment[];
    const columns = headsOverColumns(heads, groups[g + 1]);
    if (!columns) {
      lines.push(...cut(heads));
      continue;
    }
    const [first, second] = mostlyRtl(segs) ? [columns.right, columns.left] : [columns.left, columns.right];
    lines.push(...cut(first), ...cut(second));
    g++;
  }
  return lines;
}

/** The most lines of headlines and dates set over the columns of the stories they open. */
const HEAD_LINES = 4;

/**
 * Headlines set side by side over two columns, each over the story it opens (a newsletter's "Returnees from
 * Sabah …" beside "New three-year partnership …", their dates on the line below), and the columns under
 * them: each column with its own headlines, or undefined when the lines above are not such headlines (a
 * title across the page crosses the gutter; a table's rows run on).
 */
function headsOverColumns(
  heads: Segment[],
  below: Segment[] | undefined,
): { left: Segment[]; right: Segment[] } | undefined {
  // (the lines above are looked at first: the columns under them are split again when they are read)
  if (!below || heads.length < 2 || new Set(heads.map((s) => Math.round(s.y))).size > HEAD_LINES)
    return undefined;
  const columns = columnSplit(below);
  if (!columns) return undefined;
  const gutter = { from: max(columns.left.map((s) => s.x1)), to: min(columns.right.map((s) => s.x0)) };
  const left = heads.filter((s) => s.x1 <= gutter.from + s.size);
  const right = heads.filter((s) => s.x0 >= gutter.to - s.size);
  return left.length > 0 && right.length > 0 && left.length + right.length === heads.length
    ? { left: [...left, ...columns.left], right: [...right, ...columns.right] }
    : undefined;
}

/** The lines of a page in reading order. */
export function pageLines(runs: TextRun[]): PageLine[] {
  const spaces = runs.filter((r) => r.str !== '' && r.str.trim() === '');
  return joinWrappedCells(cut(baselines(runs).flatMap((line) => segments(line, spaces))));
}

/** Type this much larger than the page's body type is a heading's. */
const HEADING_SIZE = 1.2;

/**
 * A page's lines as text, each on its own line, with a blank line where a wider gap or a move to the next
 * column parts them; rows of a table (lines with cells) stay together, and a heading wrapped over lines in
 * type larger than the body's is one line ("Women mediators help settle 23" / "clan feuds in Basilan").
 */
export function linesToText(lines: PageLine[]): string {
  const body = median(lines.map((l) => l.size));
  let text = '';
  let previous: PageLine | undefined;
  let wrapped = false;
  for (const line of lines) {
    if (previous) {
      const gap = previous.bottom - line.top;
      const tableRows = previous.text.includes('\t') && line.text.includes('\t');
      const newColumn = gap < -previous.size;
      const heading = (l: PageLine) => l.size >= HEADING_SIZE * body && !l.text.includes('\t');
      const wrappedHeading = line.size === previous.size && heading(line) && heading(previous);
      // (a heading so wrapped stands apart from the lines in other type under it: a subtitle, the text)
      const underHeading = line.size !== previous.size && wrapped;
      wrapped = wrappedHeading;
      // (a compound's name wrapped at its hyphen goes on without a space: "Guiné-" / "Bissau")
      const compound = /\p{L}-$/u.test(previous.text) && /^\p{Lu}/u.test(line.text);
      text +=
        newColumn || underHeading || (!tableRows && gap > PARAGRAPH_GAP * previous.size)
          ? '\n\n'
          : wrappedHeading
            ? compound
              ? ''
              : ' '
            : '\n';
    }
    text += line.text;
    previous = line;
  }
  return text;
}

/** A line that breaks its last word with a hyphen ("… des res-"), and the line that goes on with it in lower case. */
const BROKEN_WORD = /(?<![\p{L}\p{M}])(\p{Lu}?[\p{Ll}\p{M}]+)[-\u00AD]$/u;
const GOING_ON = /^(\p{Ll}[\p{L}\p{M}]*\S*)(\s*)(.*)$/u;

/**
 * A page's text with the words that justified type breaks over two lines whole again ("res-" / "sortissants
 * du Soudan" as "ressortissants" / "du Soudan"): the word's end moves up, so lines stay as they were. A word
 * broken at the hyphen of a compound keeps it, where the part before is a word of its own ("non-" /
 * "refoulement", "self-" / "help"); one after an acronym ("BWPC-" / "trained") is left as it is.
 */
export function joinBrokenWords(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i] ?? '';
    const head = line.includes('\t') ? null : BROKEN_WORD.exec(line);
    const next = head ? GOING_ON.exec(lines[i + 1] ?? '') : null;
    if (!head || !next) continue;
    const compound = getLexicon().common.has((head[1] ?? '').toLocaleLowerCase());
    const [, end = '', space = '', rest = ''] = next;
    // (the rest of the line goes up too where it is only the sentence's stop: "heu-" / "res ;")
    const stop = !/[\p{L}\p{N}]/u.test(rest);
    lines[i] = `${line.slice(0, compound ? line.length : line.length - 1)}${end}${stop ? space + rest : ''}`;
    if (stop) lines.splice(i + 1, 1);
    else lines[i + 1] = rest;
  }
  return lines.join('\n');
}
