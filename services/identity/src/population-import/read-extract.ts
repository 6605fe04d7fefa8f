import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { columnPositions, EXTRACT_COLUMNS, judgeExtractRow, type ExtractRow, type ImportRefusal } from '../domain/population-extract.ts';

/** The file is larger than the limit (counted as it streams in). */
export class ExtractTooLarge extends Error {}
/** The file is not CSV the parser can read (an unclosed quote, a record too long…), at this line. */
export class ExtractNotCsv extends Error {
  readonly line: number;
  constructor(line: number) {
    super('not CSV');
    this.line = line;
  }
}
/** The header lacks columns the import needs. */
export class ExtractMissingColumns extends Error {
  readonly missing: string[];
  constructor(missing: string[]) {
    super('missing columns');
    this.missing = missing;
  }
}

export type ExtractSink = {
  /** A row fit to import (its personnummer not seen earlier in the file). */
  accepted: (row: ExtractRow) => Promise<void>;
  /** A row refused, with its line in the file (the header is line 1). */
  refused: (line: number, reason: ImportRefusal) => Promise<void>;
};

/**
 * Reads the extract as it streams in: UTF-8 (a byte-order mark is allowed), semicolon-separated,
 * a header row, then one person per row. Each row is judged and handed on at once, so memory
 * holds one row and the set of personnummer seen (to refuse a second row for the same person).
 * Returns the number of data rows read.
 */
export async function readExtract(body: Readable, maxBytes: number, sink: ExtractSink): Promise<number> {
  let bytes = 0;
  const parser = parse({ delimiter: ';', bom: true, relax_column_count: true, skip_empty_lines: true, max_record_size: 4096, info: true });
  body.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > maxBytes) {
      body.unpipe(parser);
      body.pause();
      parser.destroy(new ExtractTooLarge());
    }
  });
  body.on('error', (error) => parser.destroy(error));
  body.pipe(parser);
  let positions: Parameters<typeof judgeExtractRow>[1] | null = null;
  let headerLength = 0;
  let rows = 0;
  const seen = new Set<string>();
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!positions) {
        const header = columnPositions(record);
        if (!header.ok) throw new ExtractMissingColumns(header.missing);
        positions = header.positions;
        headerLength = record.length;
        continue;
      }
      rows++;
      const judged = judgeExtractRow(record, positions, headerLength);
      if (!judged.ok) await sink.refused(info.lines, judged.reason);
      else if (seen.has(judged.row.personalIdentityNumber)) await sink.refused(info.lines, 'DUPLICATE_PERSONAL_IDENTITY_NUMBER');
      else {
        seen.add(judged.row.personalIdentityNumber);
        await sink.accepted(judged.row);
      }
    }
  } catch (error) {
    if (error instanceof ExtractTooLarge || error instanceof ExtractMissingColumns) throw error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('CSV_')) throw new ExtractNotCsv(Number((error as { lines?: number }).lines ?? 0));
    throw error;
  }
  if (!positions) throw new ExtractMissingColumns(Object.values(EXTRACT_COLUMNS));
  return rows;
}
